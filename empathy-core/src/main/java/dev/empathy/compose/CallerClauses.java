package dev.empathy.compose;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Recognises a caller's situation typed as a sentence ("my package is lost") where the phrases
 * expect a noun phrase ("the lost package"), and restates the customer's first person in the
 * second ("I was charged twice" → "you were charged twice"). The word lists are data, one file
 * per language ({@code clauses_<language>.properties}); a language without one has no clause
 * handling, and its situations are inserted as given.
 */
final class CallerClauses {
  private static final Map<String, CallerClauses> BY_LANGUAGE = new ConcurrentHashMap<>();
  private static final CallerClauses NONE =
      new CallerClauses(new Lexicon(ImmutableMap.of()), ImmutableMap.of(), "", "", new String[0]);
  private static final Splitter LIST = Splitter.on(',').trimResults().omitEmptyStrings();

  // What a word is, as flags in one lexicon: a word of a clause is looked up once, whatever the
  // checks ask of it.
  static final int SUBJECT = 1;
  static final int VERB = 1 << 1;
  static final int RELATIVE = 1 << 2;
  static final int RELATIVE_SUBJECT = 1 << 3;
  static final int NOTE_START = 1 << 4;
  static final int NOTE_PAST = 1 << 5;
  static final int CAPITALIZED = 1 << 6;

  private static final String[] KEYS = {
    "subjects", "verbs", "relatives", "relativeSubjects", "noteStarts", "notePast", "capitalized"
  };

  private final Lexicon lexicon;
  private final ImmutableMap<String, String> restate;
  private final String noteSubject;
  private final String notePastSuffix;
  private final String[] notePastExceptions;
  /** The lower-case first characters of the always-capitalised words, each once. */
  private final char[] capitalizedFirsts;

  private CallerClauses(
      Lexicon lexicon,
      ImmutableMap<String, String> restate,
      String noteSubject,
      String notePastSuffix,
      String[] notePastExceptions) {
    this.lexicon = lexicon;
    this.restate = restate;
    this.noteSubject = noteSubject;
    this.notePastSuffix = notePastSuffix;
    this.notePastExceptions = notePastExceptions;
    this.capitalizedFirsts = lexicon.firstChars(CAPITALIZED);
  }

  /** The last rules asked for by locale: a composer is made per reply, its locale rarely changes. */
  private static volatile Last last;

  private record Last(ULocale locale, CallerClauses clauses) {}

  /** The rules for {@code locale}'s language, or none; cached for the last locale asked for. */
  static CallerClauses forLocale(ULocale locale) {
    Last l = last;
    if (l != null && l.locale == locale) {
      return l.clauses;
    }
    CallerClauses clauses = forLocale(locale.toLocale());
    last = new Last(locale, clauses);
    return clauses;
  }

  /** The rules for {@code locale}'s language, or none. */
  static CallerClauses forLocale(Locale locale) {
    return BY_LANGUAGE.computeIfAbsent(locale.getLanguage(), CallerClauses::load);
  }

  private static CallerClauses load(String language) {
    String path = "/dev/empathy/compose/clauses_" + language + ".properties";
    try (InputStream in = CallerClauses.class.getResourceAsStream(path)) {
      if (in == null) {
        return NONE;
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      ImmutableMap.Builder<String, String> restate = ImmutableMap.builder();
      for (String pair : LIST.split(p.getProperty("restate", ""))) {
        int eq = pair.indexOf('=');
        if (eq <= 0) {
          throw new IllegalStateException(path + ": restate entry \"" + pair + "\" must be words=words");
        }
        restate.put(fold(pair.substring(0, eq).strip()), pair.substring(eq + 1).strip());
      }
      Map<String, Integer> flags = new java.util.HashMap<>();
      for (int k = 0; k < KEYS.length; k++) {
        int flag = 1 << k;
        for (String w : LIST.split(p.getProperty(KEYS[k], ""))) {
          flags.merge(fold(w), flag, (a, b) -> a | b);
        }
      }
      return new CallerClauses(
          new Lexicon(ImmutableMap.copyOf(flags)),
          restate.buildOrThrow(),
          p.getProperty("noteSubject", "").strip(),
          fold(p.getProperty("notePastSuffix", "").strip()),
          LIST.splitToStream(p.getProperty("notePastExceptions", "")).map(CallerClauses::fold).toArray(String[]::new));
    } catch (IOException e) {
      throw new UncheckedIOException(path, e);
    }
  }

  private static String fold(String word) {
    return word.toLowerCase(Locale.ROOT).replace('\'', '’');
  }

  /** True when {@code text} reads as a sentence rather than a noun phrase. Allocates nothing. */
  boolean isClause(String text) {
    if (!lexicon.has(SUBJECT | VERB)) {
      return false;
    }
    int n = text.length();
    int i = 0;
    boolean first = true;
    boolean firstIsTopic = false;
    boolean afterPronoun = false; // the previous word is a pronoun inside the phrase
    while (true) {
      while (i < n && !isWordChar(text.charAt(i))) {
        i++;
      }
      if (i >= n) {
        return false; // fewer than two words, or no verb outside a relative clause
      }
      int start = i;
      int hash = 0;
      char c;
      while (i < n && isWordChar(c = text.charAt(i))) {
        hash = Lexicon.step(hash, c);
        i++;
      }
      int flags = lexicon.flags(text, start, i, hash);
      if (first) {
        firstIsTopic = (flags & (SUBJECT | VERB)) != 0;
        first = false;
        continue;
      }
      if (firstIsTopic) {
        return true; // one word is a topic, whatever it is; two make a sentence here
      }
      if ((flags & RELATIVE) != 0) {
        return false; // "the refund that was never paid": the verb belongs to a relative clause
      }
      if ((flags & VERB) != 0 && !afterPronoun) {
        return true; // a verb right after a pronoun is a relative clause: "a payment you don't recognise"
      }
      afterPronoun = (flags & RELATIVE_SUBJECT) != 0;
    }
  }

  /**
   * The customer's words addressed back to them: "I was charged twice" → "you were charged
   * twice", "my order" → "your order". Text between words is kept as typed; a restated word that
   * started with a capital keeps it only at the start of the text.
   */
  String restate(String text) {
    if (restate.isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 8);
    int i = 0;
    while (i < text.length()) {
      int start = i;
      while (i < text.length() && isWordChar(text.charAt(i))) {
        i++;
      }
      if (i == start) {
        out.append(text.charAt(i++));
        continue;
      }
      String word = text.substring(start, i);
      // Two-word entries first ("i was" → "you were").
      int next = i;
      while (next < text.length() && text.charAt(next) == ' ') {
        next++;
      }
      int nextEnd = next;
      while (nextEnd < text.length() && isWordChar(text.charAt(nextEnd))) {
        nextEnd++;
      }
      String pair = nextEnd > next ? restate.get(fold(word) + " " + fold(text.substring(next, nextEnd))) : null;
      if (pair != null) {
        out.append(pair);
        i = nextEnd;
        continue;
      }
      String single = restate.get(fold(word));
      out.append(single != null ? single : word);
    }
    return out.toString();
  }

  /**
   * An agent's note without a subject, given one: "Refunded the second charge" → "I refunded the
   * second charge", "will send a replacement today" → "I will send a replacement today". Text
   * that has a subject, or a verb of its own after the first word, is returned as typed.
   */
  String withSubject(String note) {
    if (noteSubject.isEmpty()) {
      return note;
    }
    int first = 0;
    while (first < note.length() && !isWordChar(note.charAt(first))) {
      first++;
    }
    int firstEnd = first;
    while (firstEnd < note.length() && isWordChar(note.charAt(firstEnd))) {
      firstEnd++;
    }
    if (firstEnd == first || !isNoteStart(note, first, firstEnd)) {
      return note; // most actions start with their subject ("I’ve refunded…"): decided here
    }
    // Only the note's first clause counts: "checked your account: the payment is pending".
    int clauseEnd = note.length();
    for (int i = firstEnd; i < note.length(); i++) {
      char c = note.charAt(i);
      if (c == ':' || c == ';' || c == '—' || c == '–' || c == '(' || c == '.') {
        clauseEnd = i;
        break;
      }
    }
    int words = 1;
    for (int i = firstEnd; i < clauseEnd; ) {
      while (i < clauseEnd && !isWordChar(note.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < clauseEnd && isWordChar(note.charAt(i))) {
        i++;
      }
      if (i > start) {
        words++;
        if ((lexicon.flags(note, start, i) & (VERB | SUBJECT)) != 0) {
          return note; // "Attached is the label", "Sorry I missed it"
        }
      }
    }
    if (words < 2) {
      return note;
    }
    int cp = note.codePointAt(first);
    String rest = note.substring(first + Character.charCount(cp));
    String head = Character.isUpperCase(cp) ? new String(Character.toChars(Character.toLowerCase(cp))) : new String(Character.toChars(cp));
    return note.substring(0, first) + noteSubject + " " + head + rest;
  }

  /**
   * The text with the language's always-capitalised words capitalised where they were typed in
   * lower case: "i reset your session" → "I reset your session". Allocates only when it changes
   * something.
   */
  String capitalize(String text) {
    char[] fixed = null;
    // Only where a word can start: String.indexOf runs far faster than a loop over characters.
    for (char first : capitalizedFirsts) {
      for (int i = text.indexOf(first); i >= 0; i = text.indexOf(first, i + 1)) {
        if (i > 0 && isWordChar(text.charAt(i - 1))) {
          continue;
        }
        int end = i + 1;
        while (end < text.length() && isWordChar(text.charAt(end))) {
          end++;
        }
        if ((lexicon.flags(text, i, end) & CAPITALIZED) != 0) {
          if (fixed == null) {
            fixed = text.toCharArray();
          }
          fixed[i] = Character.toUpperCase(first);
        }
      }
    }
    return fixed == null ? text : new String(fixed);
  }

  private boolean isNoteStart(String text, int start, int end) {
    if ((lexicon.flags(text, start, end) & (NOTE_START | NOTE_PAST)) != 0) {
      return true;
    }
    int suffix = notePastSuffix.length();
    if (suffix == 0 || end - start <= suffix + 2 || !text.regionMatches(true, end - suffix, notePastSuffix, 0, suffix)) {
      return false;
    }
    for (String exception : notePastExceptions) {
      int from = end - exception.length();
      if (from >= start && Lexicon.sameFolded(text, from, exception, exception.length())) {
        return false;
      }
    }
    for (int i = start; i < end; i++) {
      if (!Character.isLetter(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** ASCII letters, digits and the apostrophe: a table, as every character of a clause is tested. */
  private static final boolean[] ASCII_WORD = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_WORD[c] = Character.isLetterOrDigit(c) || c == '\'';
    }
  }

  static boolean isWordChar(char c) {
    return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c) || c == '’';
  }

  /**
   * Folded words with what each is (a set of flags), looked up by a range of a text without
   * cutting it out: the composer checks every reply's clauses, and should not allocate to do it.
   * A word is folded to lower case, with ' and ’ alike.
   */
  static final class Lexicon {
    private final String[] words;
    private final int[] flags;
    private final int allFlags;
    /** Which word lengths occur: a word of another length is rejected before it is hashed. */
    private final boolean[] lengths;
    /** Open-addressing table of word indexes + 1 by folded hash; 0 is an empty slot. */
    private final int[] table;

    Lexicon(ImmutableMap<String, Integer> flagsByWord) {
      this.words = flagsByWord.keySet().toArray(String[]::new);
      this.flags = flagsByWord.values().stream().mapToInt(Integer::intValue).toArray();
      int all = 0;
      int max = 0;
      for (int i = 0; i < words.length; i++) {
        all |= flags[i];
        max = Math.max(max, words[i].length());
      }
      this.allFlags = all;
      this.lengths = new boolean[max + 1];
      for (String w : words) {
        lengths[w.length()] = true;
      }
      int size = Integer.highestOneBit(Math.max(4, words.length * 4) - 1) << 1;
      this.table = new int[size];
      for (int i = 0; i < words.length; i++) {
        int slot = finish(hash(words[i], 0, words[i].length())) & (size - 1);
        while (table[slot] != 0) {
          slot = (slot + 1) & (size - 1);
        }
        table[slot] = i + 1;
      }
    }

    /** True when some word has one of {@code anyOf}. */
    boolean has(int anyOf) {
      return (allFlags & anyOf) != 0;
    }

    /** The lower-case first characters of the words that have {@code flag}, each once. */
    char[] firstChars(int flag) {
      StringBuilder firsts = new StringBuilder();
      for (int i = 0; i < words.length; i++) {
        if ((flags[i] & flag) != 0 && !words[i].isEmpty() && firsts.indexOf(words[i].substring(0, 1)) < 0) {
          firsts.append(words[i].charAt(0));
        }
      }
      return firsts.toString().toCharArray();
    }

    /** The flags of {@code text[start, end)}, case-folded; 0 when it is not a word here. */
    int flags(String text, int start, int end) {
      int length = end - start;
      if (length >= lengths.length || !lengths[length]) {
        return 0;
      }
      return flags(text, start, end, hash(text, start, end));
    }

    /**
     * {@link #flags(String, int, int)} for a word whose hash was folded in while it was scanned,
     * one {@link #step} per character.
     */
    int flags(String text, int start, int end, int hash) {
      int length = end - start;
      if (length >= lengths.length || !lengths[length]) {
        return 0;
      }
      int mask = table.length - 1;
      for (int slot = finish(hash) & mask; table[slot] != 0; slot = (slot + 1) & mask) {
        int index = table[slot] - 1;
        String w = words[index];
        if (w.length() == length && sameFolded(text, start, w, length)) {
          return flags[index];
        }
      }
      return 0;
    }

    /** The hash so far with character {@code c} folded in. */
    static int step(int hash, char c) {
      return 31 * hash + fold(c);
    }

    private static int hash(String text, int start, int end) {
      int h = 0;
      for (int i = start; i < end; i++) {
        h = step(h, text.charAt(i));
      }
      return h;
    }

    private static int finish(int h) {
      return h ^ (h >>> 16);
    }

    private static char fold(char c) {
      if (c < 128) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c == '\'' ? '’' : c;
      }
      return Character.toLowerCase(c);
    }

    static boolean sameFolded(String text, int from, String word, int length) {
      for (int i = 0; i < length; i++) {
        if (fold(text.charAt(from + i)) != word.charAt(i)) {
          return false;
        }
      }
      return true;
    }
  }
}
