package dev.empathy.signal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which lexicon a message is written for, when it is not the requested locale's: a customer of a
 * Spanish shop may write in English, a tweet to an English brand may be in French. It also knows
 * some languages that have no lexicon (Dutch, Italian, Polish, Swedish, Turkish…, by their
 * function words, and Russian, Greek, Korean, Chinese…, by their script), so that such a
 * message is not read with another language's words ({@link Lexicon#bundled}). Reads the
 * commonest function words ({@code languages.tsv}, data per lexicon) in the first {@value #SAMPLE}
 * characters, the letters and marks only one language writes ("ñ", "¿", "ã", "ß"), and kana for
 * Japanese; answers only when one language clearly leads, so a short or
 * mixed message stays with the requested locale. Immutable and thread-safe; a scan costs a few
 * hundred nanoseconds, far less than reading the message.
 *
 * <p>Weighed against a library (Lingua, optimaize language-detector): they recognise 75 languages
 * from n-gram models of tens of megabytes and take milliseconds to load and microseconds per
 * message; we only need to choose among the six lexicons we have, on short informal text, and
 * function words decide that well enough at a fraction of the size and time.
 */
final class LanguageGuess {
  static final int SAMPLE = 280;
  /** Function words needed before a guess overrides the requested locale. */
  private static final int MIN_HITS = 3;
  /** ... or this many, when no other language (the requested one included) has any. */
  private static final int MIN_SHORT_HITS = 2;

  /** Letters of one script, at least this many and half of all, make a message that script's language. */
  private static final int MIN_SCRIPT_LETTERS = 3;

  private final Map<String, String> languageOf;
  private final List<String> tags;
  /** Characters only one language writes ("ñ", "¿", "ã", "ß"), and whose each is. */
  private final String chars;
  private final List<String> charTags;
  /** Scripts that only languages without a lexicon write (Cyrillic, Hangul, Han without kana…), and whose each is. */
  private final Map<Character.UnicodeScript, String> scripts;

  private LanguageGuess(
      Map<String, String> languageOf, List<String> tags, String chars, List<String> charTags, Map<Character.UnicodeScript, String> scripts) {
    this.languageOf = languageOf;
    this.tags = tags;
    this.chars = chars;
    this.charTags = charTags;
    this.scripts = scripts;
  }

  static LanguageGuess load() {
    Map<String, String> map = new HashMap<>();
    java.util.ArrayList<String> tags = new java.util.ArrayList<>();
    StringBuilder chars = new StringBuilder();
    java.util.ArrayList<String> charTags = new java.util.ArrayList<>();
    Map<Character.UnicodeScript, String> scripts = new java.util.EnumMap<>(Character.UnicodeScript.class);
    for (String row : Lexicon.lines("languages.tsv", false)) {
      if (row.isBlank() || row.startsWith("#")) {
        continue;
      }
      String[] f = row.split("\t");
      if (f[0].equals("chars")) {
        chars.append(f[2]);
        for (int k = 0; k < f[2].length(); k++) {
          charTags.add(f[1]);
        }
        continue;
      }
      if (f[0].equals("script")) {
        scripts.put(Character.UnicodeScript.valueOf(f[2].strip()), f[1]);
        continue;
      }
      tags.add(f[0]);
      for (String w : f[1].split("\\|")) {
        map.put(w, f[0]);
      }
    }
    tags.add("ja");
    for (String t : charTags) {
      if (!tags.contains(t)) {
        tags.add(t); // a language told by its letters only ("uk": і, ї, є)
      }
    }
    return new LanguageGuess(Map.copyOf(map), List.copyOf(tags), chars.toString(), List.copyOf(charTags), Map.copyOf(scripts));
  }

  /**
   * The lexicon tag the text is clearly written for, or {@code null} when it is {@code current}
   * or unclear.
   */
  String guess(String text, String current) {
    int n = Math.min(text.length(), SAMPLE);
    int[] hits = new int[tags.size()];
    int kana = 0;
    int letters = 0;
    Map<Character.UnicodeScript, Integer> inScript = null;
    int start = -1;
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        letters++;
        if (c >= 0x370 && !scripts.isEmpty()) {
          String tag = scripts.get(Character.UnicodeScript.of(c));
          if (tag != null) {
            if (inScript == null) {
              inScript = new java.util.EnumMap<>(Character.UnicodeScript.class);
            }
            inScript.merge(Character.UnicodeScript.of(c), 1, Integer::sum);
          }
        }
      }
      if (Character.isLetter(c) && c < 0x3000) {
        if (start < 0) {
          start = i;
        }
        int own = c >= 0xA1 ? chars.indexOf(Character.toLowerCase(c)) : -1;
        if (own >= 0) {
          hits[tags.indexOf(charTags.get(own))]++;
        }
        continue;
      }
      if (c >= 0x3040 && c <= 0x30FF) {
        kana++;
      }
      int own = c >= 0xA1 ? chars.indexOf(Character.toLowerCase(c)) : -1;
      if (own >= 0) {
        hits[tags.indexOf(charTags.get(own))]++;
      }
      if (start >= 0) {
        String tag = i - start <= 16 ? languageOf.get(text.substring(start, i).toLowerCase(Locale.ROOT)) : null;
        if (tag != null) {
          hits[tags.indexOf(tag)]++;
        }
        start = -1;
      }
    }
    if (kana >= 2) {
      return current.equals("ja") ? null : "ja";
    }
    if (inScript != null) {
      // Mostly one script that only languages without a lexicon write: Cyrillic, Hangul, Han
      // without kana (a Japanese analyzer keeps kanji-only text), Arabic, Greek...
      Map.Entry<Character.UnicodeScript, Integer> most = null;
      for (Map.Entry<Character.UnicodeScript, Integer> en : inScript.entrySet()) {
        if (most == null || en.getValue() > most.getValue()) {
          most = en;
        }
      }
      if (most.getValue() >= MIN_SCRIPT_LETTERS && 2 * most.getValue() >= letters
          && !(most.getKey() == Character.UnicodeScript.HAN && current.equals("ja"))) {
        String tag = scripts.get(most.getKey());
        int uk = tags.indexOf("uk");
        if (most.getKey() == Character.UnicodeScript.CYRILLIC && uk >= 0 && hits[uk] > 0) {
          tag = "uk";
        }
        return tag.equals(current) ? null : tag;
      }
    }
    int best = -1;
    int second = 0;
    for (int t = 0; t < hits.length; t++) {
      if (best < 0 || hits[t] > hits[best]) {
        second = best < 0 ? 0 : hits[best];
        best = t;
      } else if (hits[t] > second) {
        second = hits[t];
      }
    }
    int mine = tags.indexOf(current);
    // A short message may hold only two function words ("gracias, me alegraron el día"): enough
    // when nothing in it is the requested language's.
    boolean clear = hits[best] >= MIN_HITS && hits[best] >= 2 * second + 1
        || hits[best] >= MIN_SHORT_HITS && second == 0 && (mine < 0 || hits[mine] == 0);
    if (best < 0 || !clear) {
      return null;
    }
    String tag = tags.get(best);
    return tag.equals(current) ? null : tag;
  }
}
