package dev.empathy.signal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which lexicon a message is written for, when it is not the requested locale's: a customer of a
 * Spanish shop may write in English, a tweet to an English brand may be in French. It also knows
 * some languages that have no lexicon (Dutch, Italian, Polish, Swedish, Turkish…, by their
 * function words, and Russian, Greek, Korean, Chinese…, by their script), so that such a
 * message is not read with another language's words ({@link Lexicon#bundled}). All of it is data
 * ({@code languages.tsv}): the commonest function words of each language, the letters and marks
 * only one language writes ("ñ", "¿", "ã", "ß"), the scripts, and, for short messages with too
 * few function words ("Pedido no llegó", "Colis jamais reçu"), letter sequences typical of a
 * language's words ("ción", "ão", "eaux", "lich", "ij"), each worth half a function word. Kana is
 * Japanese. It reads the first {@value #SAMPLE} characters and answers only when one language
 * clearly leads; when another language leads but not clearly, {@link Guess#maybe()} names it, so
 * the reading can say it is unsure. Immutable and thread-safe; a scan costs a few hundred
 * nanoseconds (the letter sequences are looked at only when the function words leave it open),
 * far less than reading the message.
 *
 * <p>Weighed against a library (Lingua, optimaize language-detector): they recognise 75 languages
 * from n-gram models of tens of megabytes and take milliseconds to load and microseconds per
 * message; we only need to choose among the six lexicons we have, and to recognise a dozen
 * languages we cannot read, on short informal text: function words, letters and a few hundred
 * letter sequences decide that well enough at a fraction of the size and time.
 */
final class LanguageGuess {
  static final int SAMPLE = 280;
  /** Score of a function word, a language's own letter; a letter sequence scores 1. */
  private static final int WORD = 2;
  /** Score needed before a guess overrides the requested locale (three function words). */
  private static final int CLEAR = 3 * WORD;
  /** ... or this much, when no other language has half as much. */
  private static final int CLEAR_SHORT = 2 * WORD;
  /** Score of a language leading unclearly that makes the guess {@link Guess#maybe()}. */
  private static final int MAYBE = 2;

  /** Letters of one script, at least this many and half of all, make a message that script's language. */
  private static final int MIN_SCRIPT_LETTERS = 3;
  /** Longest word looked up. */
  private static final int LONGEST = 24;

  /**
   * What the text reads as.
   *
   * @param tag the lexicon tag (or a tag without a lexicon, "nl") the text is clearly written in,
   *     or {@code null} when that is the requested one or unclear
   * @param maybe when {@code tag} is null: a language that leads without leading clearly (a short
   *     message with a word or two of it), or {@code null}
   */
  record Guess(String tag, String maybe) {
    static final Guess NONE = new Guess(null, null);
  }

  /** Function words, and the languages (bits of {@link #tags}) writing each. */
  private final Map<String, Long> languageOf;
  private final List<String> tags;
  /** Characters only one language writes ("ñ", "¿", "ã", "ß"), and whose each is. */
  private final String chars;
  private final int[] charTags;
  /** Scripts that only languages without a lexicon write (Cyrillic, Hangul, Han without kana…), and whose each is. */
  private final Map<Character.UnicodeScript, String> scripts;
  /** Letter sequences opening, closing or inside a word, and whose each is (-1: two languages'). */
  private final Map<String, Integer> prefixes;
  private final Map<String, Integer> suffixes;
  private final Map<String, Integer> inner;
  private final int longestPiece;
  /** Letters a language's writers never type ("í", "ã", "ñ" in English), per lexicon tag. */
  private final Map<String, String> unwritten;

  private LanguageGuess(
      Map<String, Long> languageOf, List<String> tags, String chars, int[] charTags, Map<Character.UnicodeScript, String> scripts,
      Map<String, Integer> prefixes, Map<String, Integer> suffixes, Map<String, Integer> inner, Map<String, String> unwritten) {
    this.unwritten = unwritten;
    this.languageOf = languageOf;
    this.tags = tags;
    this.chars = chars;
    this.charTags = charTags;
    this.scripts = scripts;
    this.prefixes = prefixes;
    this.suffixes = suffixes;
    this.inner = inner;
    int longest = 0;
    for (Map<String, Integer> m : List.of(prefixes, suffixes, inner)) {
      for (String k : m.keySet()) {
        longest = Math.max(longest, k.length());
      }
    }
    this.longestPiece = longest;
    this.words = KnownWords.ofWords(languageOf.keySet());
  }

  /** {@link #languageOf}'s words, found by their characters (no string per word read). */
  private final KnownWords words;

  /**
   * The languages writing the word {@code text[start, end)} ({@code end - start <= LONGEST}
   * letters below U+3000), as {@code languageOf.get} of the word in lower case answers: lower case
   * is taken per character into {@code lower}, which is what {@code toLowerCase(Locale.ROOT)} does
   * to these letters except İ and Σ (their lower case depends on more than the letter).
   */
  private Long tagOf(String text, int start, int end, char[] lower) {
    int n = 0;
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (c == '\u0130' || c == '\u03A3') {
        return languageOf.get(text.substring(start, end).toLowerCase(Locale.ROOT));
      }
      lower[n++] = Character.toLowerCase(c);
    }
    String known = words.find(lower, n);
    return known == null ? null : languageOf.get(known);
  }

  static LanguageGuess load() {
    List<String[]> rows = new ArrayList<>();
    for (String row : Lexicon.lines("languages.tsv", false)) {
      if (!row.isBlank() && !row.startsWith("#")) {
        rows.add(row.split("\t"));
      }
    }
    List<String> tags = new ArrayList<>();
    for (String[] f : rows) {
      String tag = f[0].equals("chars") || f[0].equals("grams") ? f[1] : f[0].equals("script") || f[0].equals("unwritten") ? null : f[0];
      if (tag != null && !tags.contains(tag)) {
        tags.add(tag); // a language told by its letters only ("uk": і, ї, є) is listed too
      }
    }
    tags.add("ja");
    if (tags.size() > Long.SIZE) {
      throw new IllegalStateException("languages.tsv: at most " + Long.SIZE + " languages");
    }
    Map<String, Long> words = new HashMap<>();
    StringBuilder chars = new StringBuilder();
    List<Integer> charTags = new ArrayList<>();
    Map<Character.UnicodeScript, String> scripts = new EnumMap<>(Character.UnicodeScript.class);
    Map<String, Integer> prefixes = new HashMap<>();
    Map<String, Integer> suffixes = new HashMap<>();
    Map<String, Integer> inner = new HashMap<>();
    Map<String, String> unwritten = new HashMap<>();
    for (String[] f : rows) {
      switch (f[0]) {
        case "unwritten" -> unwritten.merge(f[1], f[2], String::concat);
        case "chars" -> {
          chars.append(f[2]);
          for (int k = 0; k < f[2].length(); k++) {
            charTags.add(tags.indexOf(f[1]));
          }
        }
        case "script" -> scripts.put(Character.UnicodeScript.valueOf(f[2].strip()), f[1]);
        case "grams" -> {
          int t = tags.indexOf(f[1]);
          for (String g : f[2].split("\\|")) {
            boolean opens = g.startsWith("^");
            boolean closes = g.endsWith("$");
            String piece = g.substring(opens ? 1 : 0, g.length() - (closes ? 1 : 0));
            if (piece.isEmpty() || opens && closes) {
              throw new IllegalStateException("languages.tsv: grams " + f[1] + ": '" + g + "' is no letter sequence (a whole word is a function word)");
            }
            (opens ? prefixes : closes ? suffixes : inner).merge(piece, t, (a, b) -> a.equals(b) ? a : -1);
          }
        }
        default -> {
          for (String w : f[1].split("\\|")) {
            words.merge(w, 1L << tags.indexOf(f[0]), (a, b) -> a | b);
          }
        }
      }
    }
    int[] ct = charTags.stream().mapToInt(Integer::intValue).toArray();
    return new LanguageGuess(
        Map.copyOf(words), List.copyOf(tags), chars.toString(), ct, Map.copyOf(scripts),
        Map.copyOf(prefixes), Map.copyOf(suffixes), Map.copyOf(inner), Map.copyOf(unwritten));
  }

  /**
   * The lexicon tag the text is clearly written for, or {@code null} when it is {@code current}
   * or unclear.
   */
  String guess(String text, String current) {
    return read(text, current).tag();
  }

  /** What {@code text} reads as, the analyzer's lexicon being {@code current}'s. */
  Guess read(String text, String current) {
    int n = Math.min(text.length(), SAMPLE);
    int[] score = new int[tags.size()];
    int kana = 0;
    int letters = 0;
    Map<Character.UnicodeScript, Integer> inScript = null;
    int[] spans = new int[16];
    char[] lower = new char[LONGEST];
    int words = 0;
    int start = -1;
    String foreign = unwritten.getOrDefault(current, "");
    int foreignWords = 0;
    boolean foreignInWord = false;
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : ' ';
      if (c >= 0xA1 && !foreignInWord && !foreign.isEmpty() && foreign.indexOf(Character.toLowerCase(c)) >= 0) {
        foreignInWord = true;
        foreignWords++;
      }
      if (Character.isLetter(c)) {
        letters++;
        if (c >= 0x370 && !scripts.isEmpty()) {
          String tag = scripts.get(Character.UnicodeScript.of(c));
          if (tag != null) {
            if (inScript == null) {
              inScript = new EnumMap<>(Character.UnicodeScript.class);
            }
            inScript.merge(Character.UnicodeScript.of(c), 1, Integer::sum);
          }
        }
      }
      int own = c >= 0xA1 ? chars.indexOf(Character.toLowerCase(c)) : -1;
      if (own >= 0) {
        score[charTags[own]] += WORD;
      }
      if (Character.isLetter(c) && c < 0x3000) {
        if (start < 0) {
          start = i;
        }
        continue;
      }
      if (c >= 0x3040 && c <= 0x30FF) {
        kana++;
      }
      foreignInWord = false;
      if (start >= 0) {
        if (i - start <= LONGEST) {
          Long tag = tagOf(text, start, i, lower);
          if (tag != null) {
            // A word of one language scores a word; one several languages write ("la", "de"), half.
            int worth = Long.bitCount(tag) == 1 ? WORD : 1;
            for (int t = 0; t < score.length; t++) {
              if ((tag & 1L << t) != 0) {
                score[t] += worth;
              }
            }
          } else if (i - start >= 2) {
            if (2 * words + 1 >= spans.length) {
              spans = java.util.Arrays.copyOf(spans, spans.length * 2);
            }
            spans[2 * words] = start;
            spans[2 * words + 1] = i;
            words++;
          }
        }
        start = -1;
      }
    }
    if (kana >= 2) {
      return current.equals("ja") ? Guess.NONE : new Guess("ja", null);
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
        if (most.getKey() == Character.UnicodeScript.CYRILLIC && uk >= 0 && score[uk] > 0) {
          tag = "uk";
        }
        return tag.equals(current) ? Guess.NONE : new Guess(tag, null);
      }
    }
    int mine = tags.indexOf(current);
    if (mine >= 0 && foreignWords > 0) {
      // Words spelt with letters the requested language never writes ("díganlo", "días" sent as
      // English) take back what the words it shares with the others ("no", "a", "van") gave it.
      score[mine] = Math.max(0, score[mine] - WORD * foreignWords);
    }
    if (decided(score, mine) != Decision.OPEN) {
      return verdict(score, score, mine, current);
    }
    int[] worded = score.clone();
    // Too few function words to tell: the words' letters speak.
    for (int w = 0; w < words; w++) {
      pieces(text.substring(spans[2 * w], spans[2 * w + 1]).toLowerCase(Locale.ROOT), score);
    }
    return verdict(score, worded, mine, current);
  }

  private enum Decision { CLEAR, OPEN }

  private Decision decided(int[] score, int mine) {
    int best = best(score);
    return mine >= 0 && best == mine && score[mine] >= CLEAR && score[mine] >= 2 * second(score, best) + WORD ? Decision.CLEAR : Decision.OPEN;
  }

  /**
   * The verdict on the scores; {@code worded} are the scores of function words and letters alone,
   * before letter sequences were counted.
   */
  private Guess verdict(int[] score, int[] worded, int mine, String current) {
    int best = best(score);
    int second = second(score, best);
    int own = mine < 0 ? 0 : score[mine];
    String tag = tags.get(best);
    boolean clear = score[best] >= CLEAR && score[best] >= 2 * second + WORD
        || score[best] >= CLEAR_SHORT && 2 * second < score[best]
        || score[best] >= MAYBE + 1 && 2 * second < score[best] && own == 0
        // Nothing at all of the requested language, two words of another we can read, and a word
        // more than a third: a short message in a neighbour's words ("pedido atrasado de novo,
        // ninguém responde" sent as English) is better read with the closest lexicon we have.
        || own == 0 && score[best] >= CLEAR_SHORT && score[best] >= second + WORD && Lexicon.bundled(tag);
    if (score[best] == 0 || tag.equals(current)) {
      return Guess.NONE;
    }
    if (clear) {
      return new Guess(tag, null);
    }
    // Unsure only when the requested language shows less than a word of its own: a Spanish message
    // with a Portuguese-looking word or two ("Os voy a denunciar") is Spanish enough. And only when
    // the other language has more words or letters of its own than the requested one: letter
    // sequences alone lead in strings of names and terms ("Version d'AppStream", "git for-each-ref"),
    // where the requested language has nothing to show either.
    boolean leads = wordedLead(worded, best, mine);
    return leads && score[best] >= MAYBE && score[best] >= own + WORD && own < WORD ? new Guess(null, tag) : Guess.NONE;
  }

  private static boolean wordedLead(int[] worded, int best, int mine) {
    return worded[best] > (mine < 0 ? 0 : worded[mine]);
  }

  private static int best(int[] score) {
    int best = 0;
    for (int t = 1; t < score.length; t++) {
      if (score[t] > score[best]) {
        best = t;
      }
    }
    return best;
  }

  private static int second(int[] score, int best) {
    int second = 0;
    for (int t = 0; t < score.length; t++) {
      if (t != best && score[t] > second) {
        second = score[t];
      }
    }
    return second;
  }

  /** Adds one to each language one of whose letter sequences {@code word} holds. */
  private void pieces(String word, int[] score) {
    long seen = 0;
    int len = word.length();
    for (int k = 1; k <= Math.min(longestPiece, len); k++) {
      seen = mark(prefixes.get(word.substring(0, k)), seen);
      seen = mark(suffixes.get(word.substring(len - k)), seen);
      for (int i = 0; i + k <= len; i++) {
        seen = mark(inner.get(word.substring(i, i + k)), seen);
      }
    }
    for (int t = 0; seen != 0; t++, seen >>>= 1) {
      if ((seen & 1) != 0) {
        score[t]++;
      }
    }
  }

  private static long mark(Integer tag, long seen) {
    return tag == null || tag < 0 ? seen : seen | 1L << tag;
  }
}
