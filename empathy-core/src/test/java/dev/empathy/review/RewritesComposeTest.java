package dev.empathy.review;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.empathy.Empathy;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rewrites compose: over every labelled draft the team has (the four draft sets and the brand
 * replies), applying each suggestion to its sentence, one after another and re-reviewing in
 * between, ends with a text that has none of the original findings (same rule on the same words).
 * Suggestions that are instructions to the agent ("[Say what you know …]") are not text and are not
 * applied; every other suggestion, fixed or built from the sentence, is.
 */
class RewritesComposeTest {
  private static final int MAX_STEPS = 40;
  private static final Map<String, Empathy> BY_LOCALE = new HashMap<>();
  private static final Map<String, RuleBook> BOOKS = new HashMap<>();
  private static final java.util.concurrent.atomic.AtomicInteger APPLIED = new java.util.concurrent.atomic.AtomicInteger();

  @org.junit.jupiter.api.AfterAll
  static void suggestionsWereApplied() {
    // The property is about real rewrites: the labelled drafts hold hundreds of them.
    assertTrue(APPLIED.get() >= 200, "only " + APPLIED.get() + " suggestions applied");
  }

  static Stream<Arguments> drafts() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (String set : List.of("drafts.jsonl", "drafts-blind.jsonl", "drafts-wild.jsonl", "replies-brand.jsonl")) {
      for (JsonNode n : DraftLines.read("/dev/empathy/review/" + set)) {
        String locale = n.has("locale") ? n.get("locale").asText() : "en-US";
        String channel = n.has("channel") ? n.get("channel").asText() : null;
        out.add(Arguments.of(set + " " + n.get("id").asText(), locale, channel, n.get("text").asText()));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("drafts")
  void applyingEverySuggestionLeavesNoneOfTheSameFindings(String id, String locale, String channel, String draft) {
    Empathy empathy = BY_LOCALE.computeIfAbsent(locale, l -> Empathy.builder().locale(l).build());
    ReviewContext context = channel == null ? ReviewContext.none() : ReviewContext.builder().channel(channel).build();
    RuleBook book = BOOKS.computeIfAbsent(locale, l -> RuleBook.load(Locale.forLanguageTag(l), ReviewOptions.defaults()));
    Set<String> original = new HashSet<>();
    for (FrictionFinding f : empathy.review(draft, context).findings()) {
      if (applicable(f)) {
        original.add(key(f));
      }
    }
    String text = draft;
    Set<String> applied = new HashSet<>();
    for (int step = 0; step < MAX_STEPS; step++) {
      FrictionFinding next = null;
      for (FrictionFinding f : empathy.review(text, context).findings()) {
        if (applicable(f) && original.contains(key(f)) && applied.add(key(f) + "@" + f.start())) {
          next = f;
          break;
        }
      }
      if (next == null) {
        break;
      }
      DraftReading r = new DraftReading(text, book);
      int s = r.sentence(next.start());
      int from = Math.min(next.start(), r.sentenceStart(s));
      int to = Math.max(next.end(), r.sentenceEnd(s));
      String tail = text.substring(from, to);
      String trailing = tail.substring(tail.stripTrailing().length());
      text = text.substring(0, from) + next.suggestion() + trailing + text.substring(to);
      APPLIED.incrementAndGet();
    }
    List<String> left = new ArrayList<>();
    for (FrictionFinding f : empathy.review(text, context).findings()) {
      if (applicable(f) && original.contains(key(f))) {
        left.add(f.rule() + " \"" + f.text() + "\"");
      }
    }
    assertTrue(left.isEmpty(), id + ": still " + left + " in:\n" + text);
  }

  /** A suggestion that is text to send, not an instruction to the agent. */
  private static boolean applicable(FrictionFinding f) {
    String g = f.suggestion().strip();
    return !g.isEmpty() && !(g.startsWith("[") && g.endsWith("]")) && !f.rule().equals("channel.too_long");
  }

  private static String key(FrictionFinding f) {
    return f.rule() + "\u0000" + f.text().toLowerCase(Locale.ROOT);
  }
}
