package dev.empathy.compose;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Four shapes of an agent's note that say one step, told by their structure and said as an agent
 * writes them to a customer (data in {@code clauses_<language>.properties}, {@code noteShape.*}):
 *
 * <ul>
 *   <li>a thing, a figure and what was done to it: a count of the thing ("loyalty pts 5000 added"
 *       → "I’ve added 5,000 loyalty points"), never "the loyalty points are 5000";
 *   <li>a count, a sign of times and an amount before a thing ("2 x 50 credit") → "I’ve added two
 *       credits of 50";
 *   <li>a verb with a time after it ("reship today", "overnight reship today") → "I’ll reship it
 *       today", "I’ll reship it overnight today": a promise, with the verb's object;
 *   <li>a reference, its code and where it is ("tracking 1Z88.. in email") → "Your tracking
 *       number 1Z88… is in your email".
 * </ul>
 *
 * Any other note gives null, and the other note forms take it.
 *
 * <pre>{@code
 * new NoteShapes(ClauseData.of("en")).said("loyalty points 5000 added");   // "I’ve added 5,000 loyalty points"
 * }</pre>
 */
final class NoteShapes {
  private static final Splitter LIST = Splitter.on(',').trimResults().omitEmptyStrings();
  private static final Splitter WORDS = Splitter.on(' ').omitEmptyStrings();

  private final String grouping;
  private final String perfect;
  private final String future;
  private final ImmutableSet<String> passiveVerbs;
  private final ImmutableMap<String, String> things;
  private final ImmutableMap<String, String> counts;
  private final ImmutableSet<String> times;
  private final ImmutableSet<String> manners;
  private final ImmutableMap<String, String> futureVerbs;
  private final ImmutableSet<String> signs;
  private final String amountOf;
  private final List<String[]> plurals;
  private final ImmutableMap<String, String> references;
  private final ImmutableSet<String> infoPrepositions;
  private final ImmutableSet<String> infoPlaces;
  private final String possessive;
  private final String copula;
  private final ImmutableSet<String> verbs;
  private final ImmutableSet<String> addressee;

  NoteShapes(Properties p) {
    this.grouping = p.getProperty("noteShape.grouping", "");
    this.perfect = p.getProperty("notePerfectSubject", "").strip();
    this.future = p.getProperty("noteShape.futureSubject", "").strip();
    this.passiveVerbs = words(p, "notePassiveVerbs");
    this.things = pairs(p, "noteThings");
    this.counts = pairs(p, "consequence.numbers");
    this.times = ImmutableSet.<String>builder().addAll(words(p, "noteDays")).addAll(words(p, "noteShape.times")).build();
    this.manners = words(p, "noteShape.manners");
    this.futureVerbs = pairs(p, "noteShape.futureVerbs");
    this.signs = words(p, "noteShape.times.signs");
    this.amountOf = p.getProperty("noteShape.amountOf", "").strip();
    List<String[]> pl = new ArrayList<>();
    for (String e : LIST.split(p.getProperty("noteShape.plural", ""))) {
      int eq = e.indexOf('=');
      pl.add(new String[] {eq < 0 ? "" : e.substring(0, eq).strip(), eq < 0 ? e : e.substring(eq + 1).strip()});
    }
    this.plurals = List.copyOf(pl);
    this.references = pairs(p, "noteShape.references");
    this.infoPrepositions = words(p, "noteInfoPrepositions");
    this.infoPlaces = words(p, "noteInfoPlaces");
    this.possessive = p.getProperty("noteInfoPossessive", "").strip();
    List<String> cop = LIST.splitToList(p.getProperty("noteCopula", ""));
    this.copula = cop.isEmpty() ? "" : cop.get(0);
    this.addressee = words(p, "noteShape.addressee");
    this.verbs = ImmutableSet.<String>builder().addAll(words(p, "verbs")).addAll(passiveVerbs).build();
  }

  /** {@code note} said in one of the shapes above, or null when it has none of them. */
  /** The subject of a promise ({@code noteShape.futureSubject}, "I’ll"); empty when the locale has none. */
  String futureSubject() {
    return future;
  }

  String said(String note) {
    if (note == null || note.length() > 80 || future.isEmpty()) { // a language without noteShape data has none of them
      return null;
    }
    if (!(hasDigit(note) && (endsWithAny(note, passiveVerbs) || endsWithFigure(note) || opensWithAny(note, references.keySet())
        || Character.isDigit(note.charAt(0)))) && !opensWithAny(note, futureVerbs.keySet()) && !opensWithAny(note, manners)) {
      return null; // most notes: decided without a copy (the compose benchmark's bytes per reply)
    }
    List<String> w = WORDS.splitToList(note.strip());
    if (w.size() < 2 || w.size() > 8) {
      return null;
    }
    String s = counted(w);
    if (s == null) {
      s = multiplied(w);
    }
    if (s == null) {
      s = promised(w);
    }
    return s == null ? referenced(w) : s;
  }

  /**
   * "loyalty points 5000 added", "5000 loyalty points added" → "I’ve added 5,000 loyalty points";
   * without the verb, the thing's class in {@code noteThings} says it ("loyalty points 5000" → "I’ve
   * added 5,000 loyalty points").
   */
  private String counted(List<String> w) {
    int n = w.size();
    String verb = fold(w.get(n - 1));
    if (!passiveVerbs.contains(verb) && integer(w.get(n - 1))) {
      String head = fold(w.get(n - 2));
      String ending = plural("");
      String lead = things.get(head);
      if (lead == null && !ending.isEmpty() && head.endsWith(ending)) {
        lead = things.get(head.substring(0, head.length() - ending.length())); // "credits" → "credit"
      }
      if (lead == null || !lead.startsWith(perfect + " ")) {
        return null;
      }
      List<String> v = new ArrayList<>(w);
      v.add(lead.substring(perfect.length() + 1));
      return countedWith(v);
    }
    return countedWith(w);
  }

  private String countedWith(List<String> w) {
    int n = w.size();
    String verb = fold(w.get(n - 1));
    if (perfect.isEmpty() || n < 3 || !passiveVerbs.contains(verb)) {
      return null;
    }
    int figure = Character.isDigit(w.get(0).charAt(0)) ? 0 : n - 2;
    if (!integer(w.get(figure))) {
      return null;
    }
    int from = figure == 0 ? 1 : 0;
    int to = figure == 0 ? n - 1 : n - 2;
    for (int k = from; k < to; k++) {
      if (!plainWord(w.get(k))) {
        return null;
      }
    }
    String last = w.get(to - 1);
    String ending = plural("");
    if (to == from || ending.isEmpty() || !last.endsWith(ending) || last.endsWith(ending + ending)) {
      return null; // "order 55812 shipped": a figure after a thing in the singular names it, it is no count
    }
    StringBuilder thing = new StringBuilder();
    for (int k = from; k < to; k++) {
      thing.append(' ').append(w.get(k));
    }
    return perfect + " " + w.get(n - 1) + " " + grouped(w.get(figure)) + thing;
  }

  /** "2 x 50 credit", "2x $50 credit" → "I’ve added two credits of 50". */
  private String multiplied(List<String> w) {
    if (amountOf.isEmpty() || signs.isEmpty()) {
      return null;
    }
    List<String> t = new ArrayList<>(w.size() + 2);
    for (String word : w) {
      int end = word.length() - 1;
      if (t.isEmpty() && end > 0 && signs.contains(fold(word.substring(end))) && integer(word.substring(0, end))) {
        t.add(word.substring(0, end)); // "2x"
        t.add(word.substring(end));
      } else {
        t.add(word);
      }
    }
    if (t.size() < 4 || !signs.contains(fold(t.get(1))) || !amount(t.get(2))) {
      return null;
    }
    String count = counts.get(t.get(0));
    String head = fold(t.get(t.size() - 1));
    String lead = things.get(head);
    if (count == null || lead == null) {
      return null;
    }
    StringBuilder thing = new StringBuilder();
    for (int k = 3; k < t.size(); k++) {
      if (!plainWord(t.get(k))) {
        return null;
      }
      thing.append(' ').append(k == t.size() - 1 ? plural(t.get(k)) : t.get(k));
    }
    return lead + " " + count + thing + " " + amountOf + " " + t.get(2);
  }

  /** "reship today", "overnight reship today", "call tmrw" (after shorthand) → "I’ll reship it today". */
  private String promised(List<String> w) {
    if (future.isEmpty()) {
      return null;
    }
    int v = manners.contains(fold(w.get(0))) ? 1 : 0;
    if (v + 1 >= w.size()) {
      return null;
    }
    String verb = fold(w.get(v));
    String object = futureVerbs.get(verb);
    int time = v + 1;
    if (object != null && v == 0 && !object.isEmpty() && addressee.contains(object) && fold(w.get(1)).equals(object)) {
      // "email you a receipt", "call you back": we do it to the customer; never an instruction to them
      for (int k = 2; k < w.size(); k++) {
        if (verbs.contains(fold(w.get(k)))) {
          return null;
        }
      }
      return future + " " + verb + " " + String.join(" ", w.subList(1, w.size()));
    }
    if (object == null || !times.contains(fold(w.get(time)))) {
      return null;
    }
    for (int k = time + 1; k < w.size(); k++) {
      if (verbs.contains(fold(w.get(k)))) {
        return null; // "ship today once paid" goes on with a verb of its own
      }
    }
    StringBuilder s = new StringBuilder(future).append(' ').append(verb);
    if (!object.isEmpty()) {
      s.append(' ').append(object);
    }
    if (v == 1) {
      s.append(' ').append(fold(w.get(0)));
    }
    for (int k = time; k < w.size(); k++) {
      s.append(' ').append(w.get(k));
    }
    return s.toString();
  }

  /** "tracking 1Z88.. in email" → "Your tracking number 1Z88… is in your email". */
  private String referenced(List<String> w) {
    if (references.isEmpty() || possessive.isEmpty() || copula.isEmpty() || w.size() != 4) {
      return null;
    }
    String name = references.get(fold(w.get(0)));
    String code = w.get(1);
    if (name == null || !code.chars().anyMatch(Character::isDigit) || !infoPrepositions.contains(fold(w.get(2)))
        || !infoPlaces.contains(fold(w.get(3)))) {
      return null;
    }
    int dots = code.length();
    while (dots > 0 && code.charAt(dots - 1) == '.') {
      dots--;
    }
    if (code.length() - dots >= 2) {
      code = code.substring(0, dots) + "…"; // "1Z88.." typed for a number cut short
    }
    return Character.toUpperCase(possessive.charAt(0)) + possessive.substring(1) + " " + name + " " + code + " " + copula
        + " " + w.get(2) + " " + possessive + " " + w.get(3);
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code text}'s last word is one of {@code words} (in any case), without allocating. */
  private static boolean endsWithAny(String text, java.util.Set<String> words) {
    int end = text.length();
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    for (String w : words) {
      if (w.length() == end - start && text.regionMatches(true, start, w, 0, w.length())) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code text} ends with a whole figure ("loyalty points 5000"). */
  private static boolean endsWithFigure(String text) {
    int end = text.length();
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && (Character.isDigit(text.charAt(start - 1)) || text.charAt(start - 1) == ',')) {
      start--;
    }
    return end > start && (start == 0 || Character.isWhitespace(text.charAt(start - 1)));
  }

  /** True when {@code text}'s first word is one of {@code words} (in any case), without allocating. */
  private static boolean opensWithAny(String text, java.util.Set<String> words) {
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    int end = start;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    for (String w : words) {
      if (w.length() == end - start && text.regionMatches(true, start, w, 0, w.length())) {
        return true;
      }
    }
    return false;
  }

  private String plural(String word) {
    for (String[] rule : plurals) {
      if (!rule[0].isEmpty() && word.endsWith(rule[0])) {
        return word.substring(0, word.length() - rule[0].length()) + rule[1];
      }
    }
    for (String[] rule : plurals) {
      if (rule[0].isEmpty()) {
        return word + rule[1];
      }
    }
    return word;
  }

  /** "5000" → "5,000" with {@code noteShape.grouping}; a figure typed with its own grouping is kept. */
  private String grouped(String figure) {
    if (grouping.isEmpty() || figure.length() <= 3
        || !figure.chars().allMatch(Character::isDigit)) {
      return figure;
    }
    StringBuilder b = new StringBuilder(figure.length() + figure.length() / 3);
    for (int i = 0; i < figure.length(); i++) {
      if (i > 0 && (figure.length() - i) % 3 == 0) {
        b.append(grouping);
      }
      b.append(figure.charAt(i));
    }
    return b.toString();
  }

  private static boolean integer(String word) {
    if (word.isEmpty() || word.length() > 9) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!Character.isDigit(c) && !(c == ',' && i > 0 && i < word.length() - 1)) {
        return false;
      }
    }
    return Character.isDigit(word.charAt(word.length() - 1));
  }

  /** A figure, maybe after a currency sign: "50", "$50", "£12.50". */
  private static boolean amount(String word) {
    int i = word.isEmpty() || Character.getType(word.charAt(0)) != Character.CURRENCY_SYMBOL ? 0 : 1;
    if (i >= word.length() || !Character.isDigit(word.charAt(i))) {
      return false;
    }
    for (; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!Character.isDigit(c) && c != '.' && c != ',') {
        return false;
      }
    }
    return Character.isDigit(word.charAt(word.length() - 1));
  }

  /** A word of letters in lower case: a thing's name, never a code, a name or a figure. */
  private boolean plainWord(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isLowerCase(word.charAt(i))) {
        return false;
      }
    }
    return !word.isEmpty() && !verbs.contains(word) && !times.contains(word);
  }

  private static String fold(String word) {
    return NoteForms.fold(word);
  }

  private static ImmutableSet<String> words(Properties p, String key) {
    ImmutableSet.Builder<String> b = ImmutableSet.builder();
    LIST.split(p.getProperty(key, "")).forEach(w -> b.add(fold(w)));
    return b.build();
  }

  private static ImmutableMap<String, String> pairs(Properties p, String key) {
    ImmutableMap.Builder<String, String> b = ImmutableMap.builder();
    for (String e : LIST.split(p.getProperty(key, ""))) {
      int eq = e.indexOf('=');
      if (eq <= 0) {
        throw new IllegalStateException("clauses data: " + key + " entry \"" + e + "\" must read \"word=value\"");
      }
      b.put(fold(e.substring(0, eq).strip()), e.substring(eq + 1).strip());
    }
    return b.buildKeepingLast();
  }
}
