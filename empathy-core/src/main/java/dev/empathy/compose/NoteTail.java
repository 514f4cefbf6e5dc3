package dev.empathy.compose;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * A remark an agent types after a note's last comma, said as a clause of its own instead of a
 * fragment (data in {@code clauses_<language>.properties}, {@code noteTail.*}), told by its first
 * word:
 *
 * <ul>
 *   <li>nothing to pay or do ("no charge", "no further charges") → "…, and there’s no charge",
 *       "…, and there are no further charges";
 *   <li>a state ("valid 24 hours", "open till 8pm") → "… and is valid for 24 hours";
 *   <li>an arrival in shorthand ("ETA 40 min") → "… and should be with you in about 40 minutes".
 * </ul>
 *
 * Words a note leaves out are put back first ({@code noteTail.missing}: "driver on way" → "driver
 * on the way"). Any other tail gives null, and the note is said as typed.
 *
 * <pre>{@code
 * new NoteTail(ClauseData.of("en")).said("no charge", ", and ");   // ", and there’s no charge"
 * }</pre>
 */
final class NoteTail {
  private static final Splitter LIST = Splitter.on(',').trimResults().omitEmptyStrings();
  private static final Splitter WORDS = Splitter.on(' ').omitEmptyStrings();

  private final ImmutableSet<String> none;
  private final ImmutableSet<String> noneModifiers;
  private final String noneSingular;
  private final String nonePlural;
  private final ImmutableSet<String> states;
  private final String stateSubject;
  private final String statePersonal;
  private final String durationPreposition;
  private final ImmutableSet<String> eta;
  private final String etaSaid;
  private final ImmutableSet<String> etaSkipped;
  /** What a note says before an arrival in shorthand ({@code noteTail.eta.after}: "on the way"). */
  private final ImmutableSet<String> etaAfter;
  /** Units in shorthand and full, by folded word: singular and plural. */
  private final ImmutableMap<String, String[]> units;
  private final ImmutableMap<String, String> missing;
  private final String backWord;
  private final ImmutableSet<String> backPeople;
  private final String backSaid;
  private final String backDayPreposition;
  private final ImmutableSet<String> backDays;
  private final ImmutableSet<String> backBareTimes;
  private final ImmutableSet<String> backParts;
  private final String article;

  NoteTail(Properties p) {
    this.none = words(p.getProperty("noteTail.none", ""));
    this.noneModifiers = words(p.getProperty("noteTail.none.modifiers", ""));
    this.noneSingular = p.getProperty("noteTail.none.singular", "").strip();
    this.nonePlural = p.getProperty("noteTail.none.plural", "").strip();
    this.states = words(p.getProperty("noteTail.states", ""));
    this.stateSubject = p.getProperty("noteTail.states.subject", "").strip();
    this.statePersonal = p.getProperty("noteTail.states.personalSubject", "").strip();
    this.durationPreposition = p.getProperty("noteDurationPreposition", "").strip();
    this.eta = words(p.getProperty("noteTail.eta", ""));
    this.etaSaid = p.getProperty("noteTail.eta.said", "").strip();
    this.etaSkipped = words(p.getProperty("noteTail.eta.skipped", ""));
    this.etaAfter = words(p.getProperty("noteTail.eta.after", ""));
    ImmutableMap.Builder<String, String[]> u = ImmutableMap.builder();
    for (String pair : LIST.split(p.getProperty("noteTail.units", ""))) {
      int eq = pair.indexOf('=');
      int bar = pair.indexOf('|', eq + 1);
      if (eq <= 0 || bar < 0) {
        throw new IllegalStateException("noteTail.units entry \"" + pair + "\" must read \"unit=singular|plural\"");
      }
      u.put(fold(pair.substring(0, eq)), new String[] {pair.substring(eq + 1, bar).strip(), pair.substring(bar + 1).strip()});
    }
    this.units = u.buildKeepingLast();
    ImmutableMap.Builder<String, String> m = ImmutableMap.builder();
    for (String pair : LIST.split(p.getProperty("noteTail.missing", ""))) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new IllegalStateException("noteTail.missing entry \"" + pair + "\" must read \"typed=said\"");
      }
      m.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
    }
    this.missing = m.buildKeepingLast();
    this.backWord = fold(p.getProperty("noteBack.word", ""));
    this.backPeople = words(p.getProperty("noteBack.people", ""));
    this.backSaid = p.getProperty("noteBack.said", "").strip();
    this.backDayPreposition = p.getProperty("noteBack.dayPreposition", "").strip();
    this.backDays = words(p.getProperty("noteBack.days", ""));
    this.backBareTimes = words(p.getProperty("noteBack.bareTimes", ""));
    this.backParts = words(p.getProperty("noteBack.parts", ""));
    this.article = p.getProperty("noteArticle", "").strip();
  }

  /**
   * A person coming back at a time, typed as a note ("fitter back Tuesday to sand and refinish",
   * "engineer back Saturday morning to fit"), said as a sentence: "The fitter will be back on
   * Tuesday to sand and refinish"; null for any other note ({@code noteBack.*}).
   */
  String back(String note) {
    if (backWord.isEmpty() || backSaid.isEmpty() || article.isEmpty()) {
      return null;
    }
    List<String> w = WORDS.splitToList(note.strip());
    int at = w.indexOf(backWord);
    if (at < 1 || at > 2 || at + 1 >= w.size() || !backPeople.contains(fold(w.get(at - 1)))) {
      return null;
    }
    for (int i = 0; i < at; i++) {
      if (!w.get(i).chars().allMatch(Character::isLowerCase)) {
        return null; // "Tim back Friday": a name takes no article
      }
    }
    String when = fold(w.get(at + 1));
    boolean day = backDays.contains(when);
    if (!day && !backBareTimes.contains(when)) {
      return null;
    }
    StringBuilder sb = new StringBuilder(note.length() + 24);
    sb.append(Character.toUpperCase(article.charAt(0))).append(article.substring(1)).append(' ')
        .append(String.join(" ", w.subList(0, at))).append(' ').append(backSaid).append(' ');
    if (day && !backDayPreposition.isEmpty()) {
      sb.append(backDayPreposition).append(' ');
    }
    sb.append(w.get(at + 1));
    int rest = at + 2;
    if (rest < w.size() && backParts.contains(fold(w.get(rest)))) {
      sb.append(' ').append(w.get(rest++));
    }
    if (rest < w.size()) {
      sb.append(' ').append(String.join(" ", w.subList(rest, w.size())));
    }
    return sb.toString();
  }

  /** {@code note} with the words it leaves out put back ("driver on way" → "driver on the way"); the same instance when none. */
  String withMissingWords(String note) {
    String t = note;
    for (var e : missing.entrySet()) {
      int at = indexOfWords(t, e.getKey());
      if (at >= 0) {
        t = t.substring(0, at) + e.getValue() + t.substring(at + e.getKey().length());
      }
    }
    return t;
  }

  /** The index of the last ", " in {@code note} that opens a tail {@link #said} says, or -1. */
  int at(String note) {
    int at = note.lastIndexOf(", ");
    if (at <= 0 || !hasLetter(note, 0, at)) {
      return -1;
    }
    String said = said(note.substring(at + 2), ", ");
    if (said != null && eta.contains(fold(WORDS.splitToList(note.substring(at + 2)).get(0)))) {
      // an arrival only after someone on the way: "crew dispatched, ETA 20 min" keeps its own form
      String head = fold(note.substring(0, at));
      boolean onTheWay = false;
      for (String way : etaAfter) {
        onTheWay |= head.endsWith(" " + way) || head.equals(way);
      }
      return onTheWay ? at : -1;
    }
    return said != null ? at : -1;
  }

  /**
   * {@code tail} said as a clause joined to the step before it by {@code joint} (", and "), or
   * null when it is no tail of ours; an arrival is joined without a comma ("… and should be with
   * you in about 40 minutes").
   */
  String said(String tail, String joint) {
    return said(tail, joint, false);
  }

  /**
   * As {@link #said(String, String)}; after a step said in our own person ({@code personal}: "I’ve
   * upgraded you to an SUV") a state takes its own subject ("…, and it’s ready at desk 4"), never
   * "…and is ready", which would say it of us.
   */
  String said(String tail, String joint, boolean personal) {
    List<String> w = WORDS.splitToList(tail.strip());
    if (w.isEmpty() || w.size() > 7) {
      return null;
    }
    String first = fold(w.get(0));
    if (none.contains(first) && w.size() >= 2 && !noneSingular.isEmpty()) {
      int head = 1;
      while (head < w.size() - 1 && noneModifiers.contains(fold(w.get(head)))) {
        head++;
      }
      String noun = fold(w.get(head));
      if (!noun.chars().allMatch(Character::isLetter)) {
        return null;
      }
      boolean plural = noun.endsWith("s") && !noun.endsWith("ss") && !noun.endsWith("us");
      return joint + (plural ? nonePlural : noneSingular) + " " + lowerFirst(tail.strip());
    }
    if (states.contains(first) && !stateSubject.isEmpty()) {
      String rest = String.join(" ", w.subList(1, w.size()));
      String span = w.size() >= 3 ? span(w.get(1), w.get(2)) : null;
      if (span != null && w.size() == 3 && !durationPreposition.isEmpty()) {
        rest = durationPreposition + " " + span; // "valid 24 hours" → "valid for 24 hours"
      }
      // joined without a comma: "…processed and is valid to 12/2027, and I’ve posted it" keeps one ", and"
      if (personal) {
        return statePersonal.isEmpty() ? null : joint + statePersonal + " " + first + (rest.isEmpty() ? "" : " " + rest);
      }
      return " " + stateSubject + " " + first + (rest.isEmpty() ? "" : " " + rest);
    }
    if (eta.contains(first) && w.size() >= 2 && !etaSaid.isEmpty()) {
      int n = 1;
      while (n < w.size() && etaSkipped.contains(fold(w.get(n)))) {
        n++;
      }
      String span = n + 2 == w.size() ? span(w.get(n), w.get(n + 1)) : n + 1 == w.size() ? glued(w.get(n)) : null;
      return span == null ? null : " " + etaSaid + " " + span;
    }
    return null;
  }

  /** "40 min" → "40 minutes", "1 hr" → "1 hour"; null when {@code count} is no count or {@code unit} no unit. */
  private String span(String count, String unit) {
    if (count.isEmpty() || !count.chars().allMatch(c -> Character.isDigit(c) || c == '-' || c == '.')
        || !Character.isDigit(count.charAt(0)) || !Character.isDigit(count.charAt(count.length() - 1))) {
      return null;
    }
    String[] forms = units.get(fold(unit));
    return forms == null ? null : count + " " + (count.equals("1") ? forms[0] : forms[1]);
  }

  /** "40min" → "40 minutes"; null when the word is no count glued to a unit. */
  private String glued(String word) {
    if (word.startsWith("~")) {
      word = word.substring(1); // "~2h": about is said already
    }
    int d = 0;
    while (d < word.length() && (Character.isDigit(word.charAt(d)) || word.charAt(d) == '-')) {
      d++;
    }
    return d == 0 || d == word.length() ? null : span(word.substring(0, d), word.substring(d));
  }

  private static int indexOfWords(String text, String words) {
    for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
      int end = at + words.length();
      if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
        return at;
      }
    }
    return -1;
  }

  private static boolean hasLetter(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static String lowerFirst(String text) {
    return text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))
        ? Character.toLowerCase(text.charAt(0)) + text.substring(1) : text;
  }

  private static ImmutableSet<String> words(String list) {
    ImmutableSet.Builder<String> b = ImmutableSet.builder();
    for (String w : LIST.split(list)) {
      b.add(fold(w));
    }
    return b.build();
  }

  private static String fold(String word) {
    return word.strip().toLowerCase(Locale.ROOT);
  }
}
