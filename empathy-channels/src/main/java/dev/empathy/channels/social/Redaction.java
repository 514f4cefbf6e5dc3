package dev.empathy.channels.social;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import dev.empathy.channels.fit.ChannelData;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How a public post says a sentence whose private data went to the DM, in one language
 * ({@code redaction.properties}): the words that only name a datum and a preposition before it
 * leave with it, and the placeholder ends the sentence instead of standing where the datum was.
 */
final class Redaction {
  /** Where a datum was, until its sentence is closed. */
  static final char HOLE = '\uE000';
  private static final ImmutableMap<String, String> DATA = ChannelData.properties(Redaction.class, "redaction.properties");
  private static final Map<String, Redaction> CACHE = new ConcurrentHashMap<>();
  /** A sentence's end: its punctuation and the blanks after it. */
  private static final Pattern END = Pattern.compile("[.!?。！？]+[\\s\\u00a0]*$");
  /** Where a sentence ends inside a text: punctuation then a blank or the text's end. */
  private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])(?:\\s+|$)|(?<=[。！？])");
  /** What is left beside a removed datum: a comma or colon before the sentence's end, doubled blanks, a blank before a comma. */
  private static final Pattern DANGLING = Pattern.compile("[\\s\\u00a0]*[,;:、][\\s\\u00a0]*$");

  private final List<String> labels;
  private final Set<String> prepositions;
  private final boolean spaces;

  private Redaction(String language) {
    labels = list(language + ".labels").stream()
        .sorted(Comparator.comparingInt(String::length).reversed()).collect(Collectors.toUnmodifiableList());
    prepositions = list(language + ".prepositions").stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    spaces = !DATA.getOrDefault(language + ".spaces", "yes").strip().equals("no");
  }

  /** The words of {@code locale}'s language (none for a language without data). */
  static Redaction forLocale(Locale locale) {
    return CACHE.computeIfAbsent(locale.getLanguage(), Redaction::new);
  }

  /**
   * Where the datum starting at {@code start} begins with the words that only name it ("the card
   * ending 3391": at "ending") and a preposition just before them ("a label to dana@…": at "to").
   */
  int start(String t, int start) {
    int s = start;
    for (boolean moved = true; moved; ) {
      moved = false;
      int b = blanksBefore(t, s);
      if (b > 0 && t.charAt(b - 1) == ':') {
        b = blanksBefore(t, b - 1);
      }
      for (String label : labels) {
        int from = b - label.length();
        if (from >= 0 && t.regionMatches(true, from, label, 0, label.length())
            && (!spaces || from == 0 || !Character.isLetterOrDigit(t.charAt(from - 1)))) {
          s = from;
          moved = true;
          break;
        }
      }
    }
    int b = blanksBefore(t, s);
    if (b < s || !spaces) {
      int w = b;
      while (w > 0 && Character.isLetter(t.charAt(w - 1))) {
        w--;
      }
      if (w < b && (w == 0 || !Character.isLetterOrDigit(t.charAt(w - 1)))
          && prepositions.contains(t.substring(w, b).toLowerCase(Locale.ROOT))) {
        s = w;
      }
    }
    return s;
  }

  /**
   * {@code text} with each sentence that holds a {@link #HOLE} closed: the holes and what they
   * left dangling go, and {@code placeholder} ends the sentence before its punctuation.
   */
  String close(String text, String placeholder) {
    if (text.indexOf(HOLE) < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + placeholder.length());
    Matcher m = SENTENCE.matcher(text);
    int from = 0;
    while (from < text.length()) {
      int to = m.find(from) && m.end() > from ? m.end() : text.length();
      if (to == from) {
        to = text.length();
      }
      String sentence = text.substring(from, to);
      out.append(sentence.indexOf(HOLE) < 0 ? sentence : closeSentence(sentence, placeholder));
      from = to;
    }
    return out.toString();
  }

  private String closeSentence(String sentence, String placeholder) {
    Matcher end = END.matcher(sentence);
    int bodyEnd = end.find() ? end.start() : sentence.length();
    String ending = sentence.substring(bodyEnd);
    String trailing = "";
    int lead = 0;
    while (lead < sentence.length() && Character.isWhitespace(sentence.charAt(lead))) {
      lead++;
    }
    String body = sentence.substring(lead, bodyEnd).replace(String.valueOf(HOLE), spaces ? " " : "");
    body = body.replaceAll("[ \\t]{2,}", " ").replaceAll(" (?=[,;:.、。])", "").strip();
    body = body.replaceAll("^[,;:、]\\s*", "");
    body = DANGLING.matcher(body).replaceAll("");
    if (ending.isEmpty() && !sentence.isEmpty() && Character.isWhitespace(sentence.charAt(sentence.length() - 1))) {
      trailing = " ";
    }
    if (!body.codePoints().anyMatch(Character::isLetterOrDigit)) {
      return sentence.substring(0, lead) + placeholder + ending + trailing;
    }
    return sentence.substring(0, lead) + body + (spaces ? " " : "") + placeholder + ending + trailing;
  }

  /** The index before the blanks that end at {@code at}. */
  private static int blanksBefore(String t, int at) {
    int i = at;
    while (i > 0 && (t.charAt(i - 1) == ' ' || t.charAt(i - 1) == '\u00a0')) {
      i--;
    }
    return i;
  }

  private static List<String> list(String key) {
    return Splitter.on(',').trimResults().omitEmptyStrings().splitToList(DATA.getOrDefault(key, ""));
  }
}
