package dev.empathy.compose;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
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
      new CallerClauses(
          WordSet.EMPTY, WordSet.EMPTY, WordSet.EMPTY, ImmutableMap.of(), "",
          WordSet.EMPTY, "", WordSet.EMPTY, WordSet.EMPTY, WordSet.EMPTY, WordSet.EMPTY);
  private static final Splitter LIST = Splitter.on(',').trimResults().omitEmptyStrings();

  private final WordSet subjects;
  private final WordSet verbs;
  private final WordSet relatives;
  private final ImmutableMap<String, String> restate;
  private final String noteSubject;
  private final WordSet noteStarts;
  private final String notePastSuffix;
  private final WordSet notePastExceptions;
  private final WordSet notePast;
  private final WordSet capitalized;
  private final WordSet relativeSubjects;

  private CallerClauses(
      WordSet subjects,
      WordSet verbs,
      WordSet relatives,
      ImmutableMap<String, String> restate,
      String noteSubject,
      WordSet noteStarts,
      String notePastSuffix,
      WordSet notePastExceptions,
      WordSet notePast,
      WordSet capitalized,
      WordSet relativeSubjects) {
    this.subjects = subjects;
    this.verbs = verbs;
    this.relatives = relatives;
    this.restate = restate;
    this.noteSubject = noteSubject;
    this.noteStarts = noteStarts;
    this.notePastSuffix = notePastSuffix;
    this.notePastExceptions = notePastExceptions;
    this.notePast = notePast;
    this.capitalized = capitalized;
    this.relativeSubjects = relativeSubjects;
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
      return new CallerClauses(
          words(p, "subjects"),
          words(p, "verbs"),
          words(p, "relatives"),
          restate.buildOrThrow(),
          p.getProperty("noteSubject", "").strip(),
          words(p, "noteStarts"),
          fold(p.getProperty("notePastSuffix", "").strip()),
          words(p, "notePastExceptions"),
          words(p, "notePast"),
          words(p, "capitalized"),
          words(p, "relativeSubjects"));
    } catch (IOException e) {
      throw new UncheckedIOException(path, e);
    }
  }

  private static WordSet words(Properties p, String key) {
    return new WordSet(ImmutableSet.copyOf(LIST.splitToStream(p.getProperty(key, "")).map(CallerClauses::fold).iterator()));
  }

  private static String fold(String word) {
    return word.toLowerCase(Locale.ROOT).replace('\'', '’');
  }

  /** True when {@code text} reads as a sentence rather than a noun phrase. Allocates nothing. */
  boolean isClause(String text) {
    if (verbs.isEmpty() && subjects.isEmpty()) {
      return false;
    }
    int i = 0;
    int index = 0;
    boolean firstIsSubject = false;
    boolean verbFirst = false;
    boolean afterPronoun = false; // the previous word is a pronoun inside the phrase
    while (true) {
      while (i < text.length() && !isWordChar(text.charAt(i))) {
        i++;
      }
      if (i >= text.length()) {
        return false; // fewer than two words, or no verb outside a relative clause
      }
      int start = i;
      while (i < text.length() && isWordChar(text.charAt(i))) {
        i++;
      }
      if (index == 0) {
        firstIsSubject = subjects.contains(text, start, i);
        verbFirst = verbs.contains(text, start, i);
      } else {
        if (firstIsSubject || verbFirst) {
          return true; // one word is a topic, whatever it is; two make a sentence here
        }
        if (relatives.contains(text, start, i)) {
          return false; // "the refund that was never paid": the verb belongs to a relative clause
        }
        if (verbs.contains(text, start, i) && !afterPronoun) {
          return true; // a verb right after a pronoun is a relative clause: "a payment you don't recognise"
        }
        afterPronoun = relativeSubjects.contains(text, start, i);
      }
      index++;
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
        if (verbs.contains(note, start, i) || subjects.contains(note, start, i)) {
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
    for (char first : capitalized.lowerFirstChars()) {
      for (int i = text.indexOf(first); i >= 0; i = text.indexOf(first, i + 1)) {
        if (i > 0 && isWordChar(text.charAt(i - 1))) {
          continue;
        }
        int end = i + 1;
        while (end < text.length() && isWordChar(text.charAt(end))) {
          end++;
        }
        if (capitalized.contains(text, i, end)) {
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
    if (noteStarts.contains(text, start, end) || notePast.contains(text, start, end)) {
      return true;
    }
    int suffix = notePastSuffix.length();
    if (suffix == 0 || end - start <= suffix + 2 || !text.regionMatches(true, end - suffix, notePastSuffix, 0, suffix)) {
      return false;
    }
    if (notePastExceptions.endsOneOf(text, start, end)) {
      return false;
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

  private static boolean isWordChar(char c) {
    return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c) || c == '’';
  }

  /**
   * A small set of folded words, looked up by a range of a text without cutting it out: the
   * composer checks every reply's clauses, and should not allocate to do it.
   */
  static final class WordSet {
    static final WordSet EMPTY = new WordSet(ImmutableSet.of());

    private final String[] words;
    /** Which word lengths occur: a word of another length is rejected before it is hashed. */
    private final boolean[] lengths;
    /** Which folded ASCII characters start a word; most words of a text fail this first test. */
    private final boolean[] asciiFirst = new boolean[128];
    private final boolean nonAsciiFirst;
    private final char[] lowerFirstChars;
    /** Open-addressing table of word indexes + 1 by folded hash; 0 is an empty slot. */
    private final int[] table;

    WordSet(ImmutableSet<String> words) {
      this.words = words.toArray(String[]::new);
      boolean nonAscii = false;
      for (String w : this.words) {
        if (!w.isEmpty() && w.charAt(0) < 128) {
          asciiFirst[w.charAt(0)] = true;
        } else if (!w.isEmpty()) {
          nonAscii = true;
        }
      }
      this.nonAsciiFirst = nonAscii;
      StringBuilder firsts = new StringBuilder();
      for (String w : this.words) {
        if (!w.isEmpty() && firsts.indexOf(w.substring(0, 1)) < 0) {
          firsts.append(w.charAt(0));
        }
      }
      this.lowerFirstChars = firsts.toString().toCharArray();
      int size = Integer.highestOneBit(Math.max(4, this.words.length * 4) - 1) << 1;
      this.table = new int[size];
      for (int i = 0; i < this.words.length; i++) {
        String w = this.words[i];
        int slot = hash(w, 0, w.length()) & (size - 1);
        while (table[slot] != 0) {
          slot = (slot + 1) & (size - 1);
        }
        table[slot] = i + 1;
      }
      int max = words.stream().mapToInt(String::length).max().orElse(0);
      this.lengths = new boolean[max + 1];
      for (String w : this.words) {
        lengths[w.length()] = true;
      }
    }

    boolean isEmpty() {
      return words.length == 0;
    }

    /** The lower-case characters words start with, each once. */
    char[] lowerFirstChars() {
      return lowerFirstChars;
    }

    /** True when {@code text[start, end)} is one of the words, case-folded, ' and ’ alike. */
    boolean contains(String text, int start, int end) {
      int length = end - start;
      if (length >= lengths.length || !lengths[length]) {
        return false;
      }
      char first = fold(text.charAt(start));
      if (first < 128 ? !asciiFirst[first] : !nonAsciiFirst) {
        return false;
      }
      // Open addressing on the folded hash: one pass over the word, then one comparison.
      int mask = table.length - 1;
      for (int slot = hash(text, start, end) & mask; table[slot] != 0; slot = (slot + 1) & mask) {
        String w = words[table[slot] - 1];
        if (w.length() == length && sameFolded(text, start, w, 0, length)) {
          return true;
        }
      }
      return false;
    }

    private static char fold(char c) {
      if (c < 128) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c == '\'' ? '’' : c;
      }
      return Character.toLowerCase(c);
    }

    private static int hash(String text, int start, int end) {
      int h = 0;
      for (int i = start; i < end; i++) {
        h = 31 * h + fold(text.charAt(i));
      }
      return h ^ (h >>> 16);
    }

    /** True when {@code text[start, end)} ends with one of the words. */
    boolean endsOneOf(String text, int start, int end) {
      for (String w : words) {
        if (w.length() <= end - start && sameFolded(text, end - w.length(), w, 0, w.length())) {
          return true;
        }
      }
      return false;
    }

    private static boolean sameFolded(String text, int from, String word, int wordFrom, int length) {
      for (int i = 0; i < length; i++) {
        if (fold(text.charAt(from + i)) != word.charAt(wordFrom + i)) {
          return false;
        }
      }
      return true;
    }
  }
}
