package dev.empathy.channels.sms;

import com.google.common.collect.ImmutableSet;
import dev.empathy.compose.Block;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where caller-supplied text (the customer's situation, the agent's actions, …) sits inside
 * a block's resolved text, from the block's facts and items, so a channel can leave those
 * characters exactly as typed while it adjusts the library's own phrasing around them.
 */
final class CallerSpans {
  /** Facts whose values came from the caller (the rest are labels, dates and counts). */
  private static final ImmutableSet<String> CALLER_FACTS =
      ImmutableSet.of("situation", "summary", "detail", "followUp", "name", "owner", "signOff", "signature");
  private static final Pattern TRAILING = Pattern.compile("[\\s.!。！…]+$");

  private CallerSpans() {}

  /** The positions of {@code text} that belong to caller-supplied values of {@code block}. */
  static BitSet of(Block block, String text) {
    List<String> values = new ArrayList<>(block.items());
    block.facts().forEach((k, v) -> {
      if (CALLER_FACTS.contains(k)) {
        values.add(v);
      }
    });
    BitSet covered = new BitSet(text.length());
    String lower = text.toLowerCase(Locale.ROOT);
    for (String v : values) {
      String core = TRAILING.matcher(v.strip()).replaceAll("");
      if (core.isEmpty()) {
        continue;
      }
      String needle = core.toLowerCase(Locale.ROOT);
      if (needle.length() != core.length() || lower.length() != text.length()) {
        markRegex(text, core, covered); // case mapping changed lengths: match case-insensitively
        continue;
      }
      for (int at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
        covered.set(at, at + needle.length());
      }
    }
    return covered;
  }

  private static void markRegex(String text, String core, BitSet covered) {
    Matcher m = Pattern.compile(Pattern.quote(core), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
    while (m.find()) {
      covered.set(m.start(), m.end());
    }
  }
}
