package dev.empathy.compose;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
          ImmutableSet.of(), ImmutableSet.of(), ImmutableSet.of(), ImmutableMap.of(), "",
          ImmutableSet.of(), "", ImmutableSet.of(), ImmutableSet.of());
  private static final Splitter LIST = Splitter.on(',').trimResults().omitEmptyStrings();

  private final ImmutableSet<String> subjects;
  private final ImmutableSet<String> verbs;
  private final ImmutableSet<String> relatives;
  private final ImmutableMap<String, String> restate;
  private final String noteSubject;
  private final ImmutableSet<String> noteStarts;
  private final String notePastSuffix;
  private final ImmutableSet<String> notePastExceptions;
  private final ImmutableSet<String> notePast;

  private CallerClauses(
      ImmutableSet<String> subjects,
      ImmutableSet<String> verbs,
      ImmutableSet<String> relatives,
      ImmutableMap<String, String> restate,
      String noteSubject,
      ImmutableSet<String> noteStarts,
      String notePastSuffix,
      ImmutableSet<String> notePastExceptions,
      ImmutableSet<String> notePast) {
    this.subjects = subjects;
    this.verbs = verbs;
    this.relatives = relatives;
    this.restate = restate;
    this.noteSubject = noteSubject;
    this.noteStarts = noteStarts;
    this.notePastSuffix = notePastSuffix;
    this.notePastExceptions = notePastExceptions;
    this.notePast = notePast;
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
          words(p, "notePast"));
    } catch (IOException e) {
      throw new UncheckedIOException(path, e);
    }
  }

  private static ImmutableSet<String> words(Properties p, String key) {
    return ImmutableSet.copyOf(LIST.splitToStream(p.getProperty(key, "")).map(CallerClauses::fold).iterator());
  }

  private static String fold(String word) {
    return word.toLowerCase(Locale.ROOT).replace('\'', '’');
  }

  /** True when {@code text} reads as a sentence rather than a noun phrase. */
  boolean isClause(String text) {
    if (verbs.isEmpty() && subjects.isEmpty()) {
      return false;
    }
    List<String> words = words(text);
    if (words.size() < 2) {
      return false; // one word is a topic, whatever it is
    }
    if (subjects.contains(words.get(0))) {
      return true;
    }
    for (String w : words) {
      if (relatives.contains(w)) {
        return false; // "the refund that was never paid": the verb belongs to a relative clause
      }
      if (verbs.contains(w)) {
        return true;
      }
    }
    return false;
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
    // Only the note's first clause counts: "checked your account: the payment is pending".
    int clauseEnd = note.length();
    for (char stop : new char[] {':', ';', '—', '–', '(', '.'}) {
      int at = note.indexOf(stop);
      if (at > 0 && at < clauseEnd) {
        clauseEnd = at;
      }
    }
    List<String> words = words(note.substring(0, clauseEnd));
    if (words.size() < 2 || !isNoteStart(words.get(0))) {
      return note;
    }
    for (int i = 1; i < words.size(); i++) {
      if (verbs.contains(words.get(i)) || subjects.contains(words.get(i))) {
        return note; // "Attached is the label", "Sorry I missed it"
      }
    }
    int first = 0;
    while (first < note.length() && !isWordChar(note.charAt(first))) {
      first++;
    }
    if (first >= note.length()) {
      return note;
    }
    int cp = note.codePointAt(first);
    String lowered = Character.isUpperCase(cp) && !note.startsWith(noteSubject + " ", first)
        ? new String(Character.toChars(Character.toLowerCase(cp))) + note.substring(first + Character.charCount(cp))
        : note.substring(first);
    return note.substring(0, first) + noteSubject + " " + lowered;
  }

  private boolean isNoteStart(String word) {
    if (noteStarts.contains(word) || notePast.contains(word)) {
      return true;
    }
    if (notePastSuffix.isEmpty() || word.length() <= notePastSuffix.length() + 2 || !word.endsWith(notePastSuffix)) {
      return false;
    }
    for (String exception : notePastExceptions) {
      if (word.endsWith(exception)) {
        return false;
      }
    }
    return word.chars().allMatch(Character::isLetter);
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      while (i < text.length() && !isWordChar(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < text.length() && isWordChar(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        words.add(fold(text.substring(start, i)));
      }
    }
    return words;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '\'' || c == '’';
  }
}
