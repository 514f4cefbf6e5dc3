package dev.empathy.compose;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A situation that says how long the customer has gone without something, named by its
 * consequence ({@code consequence.*} in {@code clauses_<language>.properties}): "no hot water for
 * 5 days" → "five days without hot water", "my internet OUT for 3 DAYS" → "three days without your
 * internet", "3 weeks waiting for a refund" → "three weeks of waiting for a refund". Only what the
 * customer typed is said: a situation of any other shape, or a language without the data, gets
 * null and is named as before.
 *
 * <pre>{@code
 * Consequence.forLocale(Locale.US).of("no hot water for 5 days");   // "five days without hot water"
 * }</pre>
 */
record Consequence(
    ImmutableMap<String, String> units, ImmutableMap<String, String> numbers, ImmutableSet<String> missing,
    ImmutableSet<String> failed, ImmutableSet<String> spans, ImmutableSet<String> waiting, ImmutableSet<String> waitingFor,
    String without, String of, ImmutableSet<String> possessives, ImmutableSet<String> emotions,
    String[] unitWords, String[] numberWords) {
  private static final Map<String, Consequence> BY_LANGUAGE = new ConcurrentHashMap<>();
  private static final Splitter LIST = Splitter.on(',').trimResults().omitEmptyStrings();

  static Consequence forLocale(Locale locale) {
    return BY_LANGUAGE.computeIfAbsent(locale.getLanguage(), Consequence::load);
  }

  private static Consequence load(String language) {
    String path = ClauseData.path(language);
    Properties p = ClauseData.of(language);
    ImmutableMap<String, String> units = pairs(path, "consequence.units", p);
    ImmutableMap<String, String> numbers = pairs(path, "consequence.numbers", p);
    return new Consequence(units, numbers,
        words(p, "consequence.missing"), words(p, "consequence.failed"), words(p, "consequence.spans"),
        words(p, "consequence.waiting"), words(p, "consequence.waitingFor"),
        p.getProperty("consequence.without", "").strip(), p.getProperty("consequence.of", "").strip(),
        words(p, "consequence.possessives"), words(p, "consequence.emotions"),
        // the keys as arrays, walked on every situation without an iterator (the compose benchmark's bytes per reply)
        units.keySet().toArray(new String[0]), numbers.keySet().toArray(new String[0]));
  }

  private static ImmutableSet<String> words(Properties p, String key) {
    return LIST.splitToStream(p.getProperty(key, "")).map(CallerClauses::folded).collect(ImmutableSet.toImmutableSet());
  }

  private static ImmutableMap<String, String> pairs(String path, String key, Properties p) {
    ImmutableMap.Builder<String, String> b = ImmutableMap.builder();
    for (String pair : LIST.split(p.getProperty(key, ""))) {
      int eq = pair.indexOf('=');
      if (eq <= 0 || eq == pair.length() - 1) {
        throw new IllegalStateException(path + ": " + key + " entry \"" + pair + "\" must read \"word=words\"");
      }
      b.put(CallerClauses.folded(pair.substring(0, eq).strip()), pair.substring(eq + 1).strip());
    }
    return b.buildOrThrow();
  }

  /** True when an acknowledgement of {@code emotion} names a stretch of time by its consequence ({@code consequence.emotions}). */
  boolean namesFor(dev.empathy.Emotion emotion) {
    return emotion != null && emotions.contains(emotion.label());
  }

  /**
   * The situation named by how long the customer has gone without something, or null when it
   * does not say so in one of the shapes the data knows (a figure and a unit after a span word,
   * something missing or failed before it; or a figure, a unit and a waiting word first).
   */
  String of(String situation) {
    if (without.isEmpty() || units.isEmpty() || situation == null || situation.length() > 200) {
      return null;
    }
    if (!endsWithUnit(situation) && !opensWithFigure(situation)) {
      return null; // most situations name no stretch of time: no words are cut out to look
    }
    List<String> w = new ArrayList<>(12);
    for (String t : situation.strip().split(" +")) {
      if (t.isEmpty()) {
        continue;
      }
      w.add(t);
    }
    int n = w.size();
    if (n < 3) {
      return null;
    }
    // "3 weeks waiting for a refund" → "three weeks of waiting for a refund"
    String lead = duration(w.get(0), w.get(1));
    if (lead != null && !of.isEmpty() && n >= 4 && waiting.contains(CallerClauses.folded(w.get(2)))
        && waitingFor.contains(CallerClauses.folded(w.get(3))) && n > 4 && allLetters(w, 2, n)) {
      return lead + " " + of + " " + String.join(" ", w.subList(2, n));
    }
    // "... for 5 days": the rest names what was missing or failed
    String tail = n >= 4 && spans.contains(CallerClauses.folded(w.get(n - 3))) ? duration(w.get(n - 2), w.get(n - 1)) : null;
    if (tail == null || !allLetters(w, 0, n - 3)) {
      return null;
    }
    List<String> thing = w.subList(0, n - 3);
    if (thing.size() >= 2 && missing.contains(CallerClauses.folded(thing.get(0)))) {
      // "no hot water for 5 days"
      return tail + " " + without + " " + lower(thing.subList(1, thing.size()));
    }
    if (thing.size() >= 2 && thing.size() <= 4 && failed.contains(CallerClauses.folded(thing.get(thing.size() - 1)))) {
      // "your internet out for 3 days": only a possessive's thing, so it stays the customer's own
      List<String> owned = thing.subList(0, thing.size() - 1);
      if (owned.size() >= 2 && possessives.contains(CallerClauses.folded(owned.get(0)))) {
        return tail + " " + without + " " + lower(owned);
      }
    }
    return null;
  }

  /** True when the text's last word is one of {@link #units}. */
  private boolean endsWithUnit(String text) {
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    int start = end;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return end > start && known(unitWords, text, start, end);
  }

  /** True when the text opens with one of {@link #numbers}, then a space. */
  private boolean opensWithFigure(String text) {
    int end = 0;
    while (end < text.length() && text.charAt(end) != ' ') {
      end++;
    }
    return end > 0 && end < text.length() && known(numberWords, text, 0, end);
  }

  private static boolean known(String[] words, String text, int start, int end) {
    for (String w : words) {
      if (w.length() == end - start && text.regionMatches(true, start, w, 0, w.length())) {
        return true;
      }
    }
    return false;
  }

  /** "3", "DAYS" → "three days"; null when the words are not a figure the data spells and a unit. */
  private String duration(String figure, String unit) {
    String number = numbers.get(figure);
    String u = units.get(CallerClauses.folded(unit));
    if (number == null || u == null) {
      return null;
    }
    String[] forms = u.split("\\|");
    return number + " " + (forms.length == 2 && "1".equals(figure) ? forms[0] : forms[forms.length - 1]);
  }

  private static boolean allLetters(List<String> w, int from, int to) {
    for (int i = from; i < to; i++) {
      String t = w.get(i);
      for (int c = 0; c < t.length(); c++) {
        char ch = t.charAt(c);
        if (!Character.isLetter(ch) && ch != '’' && ch != '\'' && ch != '-') {
          return false;
        }
      }
    }
    return true;
  }

  /** The words joined, a word typed in capitals written in lower case ("INTERNET" → "internet"). */
  private static String lower(List<String> words) {
    StringBuilder sb = new StringBuilder();
    for (String t : words) {
      boolean shouted = t.length() > 1 && t.equals(t.toUpperCase(Locale.ROOT)) && !t.equals(t.toLowerCase(Locale.ROOT));
      sb.append(sb.length() == 0 ? "" : " ").append(shouted ? t.toLowerCase(Locale.ROOT) : t);
    }
    return sb.toString();
  }
}
