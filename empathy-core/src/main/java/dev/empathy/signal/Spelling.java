package dev.empathy.signal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How customers really spell the lexicon's words: each long word also matches its slips, so
 * "frustating", "recieved" and "dissapointed" read as the words they mean. Applied once, when a
 * lexicon is compiled, by widening each phrase's words into alternatives; matching stays one pass.
 *
 * <ul>
 *   <li>A Latin-script word of {@value #MIN_TYPO_LETTERS} letters or more also matches itself with
 *       one letter left out or two neighbouring letters swapped: slips a hurried typist makes, and
 *       rarely another word at that length. A slip that is itself a word of the lexicon ("contact"
 *       for "contract", "morning" for "mourning") is not added.
 *   <li>A letter stretched in a phrase ("soooo") also reads once, as {@link MessageBody} reads it.
 *   <li>Other misspellings and txt-speak ("definately", "thx") are data: {@code
 *       spelling_<locale>.tsv}, one line per word: {@code word<TAB>variant|variant}.
 * </ul>
 *
 * A phrase whose widening would pass {@value #MAX_VARIANTS} combinations keeps its own spelling.
 */
final class Spelling {
  static final int MIN_TYPO_LETTERS = 8;
  /** {@code String.split("\\s+")}, compiled once: a cold start splits thousands of phrases. */
  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
  /** Spaces, alternatives and options between a phrase's words (compiled once, not per row). */
  private static final java.util.regex.Pattern WORD_SEPARATORS = java.util.regex.Pattern.compile("[\\s|?]+");
  private static final int MAX_VARIANTS = 512;

  private final Map<String, List<String>> variants;
  /** Every word the lexicon itself uses: a slip that is one of them is a word, not a slip. */
  private final Set<String> vocabulary;
  /** Slips already worked out while this lexicon is compiled (a Spelling lives only that long). */
  private final Map<String, List<String>> slipsOf = new HashMap<>();

  private Spelling(Map<String, List<String>> variants, Set<String> vocabulary) {
    this.variants = variants;
    this.vocabulary = vocabulary;
  }

  /** The spelling data for lexicon {@code tag}, whose entries are {@code lexiconRows}. */
  static Spelling load(String tag, List<String> lexiconRows) {
    Set<String> vocabulary = new java.util.HashSet<>();
    for (String row : lexiconRows) {
      String[] f = row.split("\t");
      if (f.length > 1 && !row.startsWith("#")) {
        for (String word : WORD_SEPARATORS.split(f[1].toLowerCase(Locale.ROOT))) {
          vocabulary.add(word);
        }
      }
    }
    Map<String, List<String>> map = new HashMap<>();
    String file = "spelling_" + tag + ".tsv";
    List<String> rows = Lexicon.lines(file, true);
    for (int i = 0; i < rows.size(); i++) {
      String row = rows.get(i);
      if (row.isBlank() || row.startsWith("#")) {
        continue;
      }
      String[] f = row.split("\t");
      if (f.length != 2) {
        throw new IllegalStateException("/dev/empathy/signal/" + file + ":" + (i + 1) + ": expected word<TAB>variant|variant");
      }
      List<String> list = map.computeIfAbsent(f[0].strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>());
      for (String v : f[1].split("\\|")) {
        if (!v.isBlank()) {
          list.add(v.strip().toLowerCase(Locale.ROOT));
        }
      }
    }
    return new Spelling(map, vocabulary);
  }

  /** One letter left out or two swapped, minus the lexicon's own words ("contract" is not a slip for "contact"). */
  private List<String> slipsOf(String word) {
    Set<String> slips = new LinkedHashSet<>();
    slips(word, slips);
    slips.removeAll(vocabulary);
    return List.copyOf(slips);
  }

  /** Whether the lexicon uses {@code word} (lower case). */
  boolean knows(String word) {
    return vocabulary.contains(word);
  }

  /** {@code phrase} in the matcher's syntax, with each word's slips added as alternatives. */
  String widen(String phrase) {
    String[] parts = WHITESPACE.split(phrase.strip());
    StringBuilder out = new StringBuilder(phrase.length() * 4);
    long combinations = 1;
    for (String raw : parts) {
      boolean opt = raw.length() > 1 && raw.endsWith("?");
      String body = opt ? raw.substring(0, raw.length() - 1) : raw;
      Set<String> alts = new LinkedHashSet<>();
      if (body.equals("*") || body.startsWith("#") || body.length() <= 1) {
        alts.add(body);
        if (body.equals("#")) {
          alts.addAll(variants.getOrDefault("<number>", List.of())); // "three weeks" = "3 weeks"
        }
      } else {
        for (String alt : body.split("\\|")) {
          alts.add(alt);
          String lower = alt.toLowerCase(Locale.ROOT);
          alts.addAll(variants.getOrDefault(lower, List.of()));
          String once = MessageBody.collapseRuns(lower);
          if (!once.equals(lower)) {
            alts.add(once); // the message side reads "soooo" as "so"; so must the phrase side
          }
          if (isLongLatinWord(lower)) {
            alts.addAll(slipsOf.computeIfAbsent(lower, this::slipsOf));
          }
        }
      }
      combinations *= alts.size() + (opt ? 1 : 0);
      if (combinations > MAX_VARIANTS) {
        return phrase;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(String.join("|", alts));
      if (opt) {
        out.append('?');
      }
    }
    return out.toString();
  }

  private static boolean isLongLatinWord(String w) {
    if (w.length() < MIN_TYPO_LETTERS) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!Character.isLetter(c) || Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
        return false;
      }
    }
    return true;
  }

  /** One letter left out, or two neighbouring letters swapped (never the first letter). */
  private static void slips(String w, Set<String> out) {
    for (int i = 1; i < w.length(); i++) {
      if (w.charAt(i) != w.charAt(i - 1)) {
        out.add(w.substring(0, i) + w.substring(i + 1));
      }
    }
    for (int i = 1; i + 1 < w.length(); i++) {
      if (w.charAt(i) != w.charAt(i + 1)) {
        out.add(w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2));
      }
    }
  }
}
