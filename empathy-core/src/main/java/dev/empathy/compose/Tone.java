package dev.empathy.compose;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A language's data for the tone of a reply, read from {@code clauses_<language>.properties}: which
 * moments a caller's words name (a bereavement, a light-hearted message) and which words of two of
 * our own lines echo each other (a sign-off that repeats the closing line). Words are compared
 * case-folded, with ' and ’ alike; an entry's word also matches its forms (the endings in {@code
 * forms.suffixes}: "husband" matches "husband’s", "pass" matches "passed"); {@code {person}} in an
 * entry matches any word of {@code loss.person}. A language without data names no moment and
 * compares every word.
 *
 * <pre>{@code
 * Tone en = Tone.forLocale(Locale.ENGLISH);
 * en.loss("the bills still arriving in your late husband's name");   // true
 * en.loss("my phone died");                                           // false
 * en.echoes("Take good care of yourself.", "Take care,");             // true
 * }</pre>
 */
final class Tone {
  private static final Splitter LIST = Splitter.on(',').trimResults().omitEmptyStrings();
  private static final Map<String, Tone> BY_LANGUAGE = new ConcurrentHashMap<>();
  private static final String PERSON = "{person}";

  /** Entries naming a bereavement, each a sequence of folded words ({@code {person}} a class). */
  private final Entries loss;
  /**
   * Words naming a bereavement found anywhere in a text, inside its words too ({@code
   * loss.inside}): a language written without spaces ("父が先月亡くなり") has no word to start at.
   */
  private final ImmutableList<String> lossInside;
  private final ImmutableSet<String> persons;
  /** Words and signs of a light-hearted message. */
  private final Entries light;
  /** Words that turn a thank-you to a problem ("but", "still"): a grateful message holding one is mixed. */
  private final Entries mixed;
  private final ImmutableList<String> lightSigns;
  private final ImmutableList<String> suffixes;
  /** Words that never make two lines echo ("the", "you", "for"). */
  private final ImmutableSet<String> functionWords;
  private final ImmutableSet<String> thanks;
  /** Words that may follow a thanks ending a text ("thanks so much", "thank you guys"): tone.thanksTail. */
  private final ImmutableSet<String> thanksTail;
  private final ImmutableSet<String> again;
  /** Words of the team's voice ("we", "we’re", "us"): a reply signed by one agent closes in the agent's own ({@code tone.team}). */
  private final ImmutableSet<String> team;
  /** Titles a name may start with ("mrs", "dr."). */
  private final ImmutableSet<String> titles;
  /** Words a form puts where no name was given ({@code name.placeholders}: "匿名", "名無し"). */
  private final ImmutableSet<String> placeholderNames;
  /** Honorifics a customer may type after their own name ({@code name.honorifics}: "様", "さん"); the greeting adds its own. */
  private final ImmutableList<String> honorifics;
  /** {@link #titles} as a lexicon, looked up by a range of a text. */
  private final CallerClauses.Lexicon titleWords;

  private Tone(Properties p) {
    this.suffixes = fold(p.getProperty("forms.suffixes", ""));
    this.persons = ImmutableSet.copyOf(fold(p.getProperty("loss.person", "")));
    this.loss = compile(entries(p.getProperty("loss", "")));
    this.lossInside = ImmutableList.copyOf(LIST.splitToList(p.getProperty("loss.inside", "")));
    this.light = compile(entries(p.getProperty("light", "")));
    this.mixed = compile(entries(p.getProperty("mixed", "")));
    this.lightSigns = ImmutableList.copyOf(LIST.splitToList(p.getProperty("light.signs", "")));
    this.functionWords = ImmutableSet.copyOf(fold(p.getProperty("tone.functionWords", "")));
    this.thanks = ImmutableSet.copyOf(fold(p.getProperty("tone.thanks", "")));
    this.thanksTail = ImmutableSet.copyOf(fold(p.getProperty("tone.thanksTail", "")));
    this.again = ImmutableSet.copyOf(fold(p.getProperty("tone.again", "")));
    this.team = ImmutableSet.copyOf(fold(p.getProperty("tone.team", "")));
    this.titles = ImmutableSet.copyOf(fold(p.getProperty("name.titles", "")));
    this.placeholderNames = ImmutableSet.copyOf(fold(p.getProperty("name.placeholders", "")));
    this.honorifics = ImmutableList.copyOf(LIST.splitToList(p.getProperty("name.honorifics", "")));
    ImmutableMap.Builder<String, Integer> titleWords = ImmutableMap.builder();
    for (String t : titles) {
      titleWords.put(t, 1);
    }
    this.titleWords = new CallerClauses.Lexicon(titleWords.buildOrThrow());
  }

  static Tone forLocale(Locale locale) {
    return BY_LANGUAGE.computeIfAbsent(locale.getLanguage(), Tone::load);
  }

  private static Tone load(String language) {
    Properties p = ClauseData.of(language);
    return new Tone(p);
  }

  /** True when {@code text} names a bereavement ("my late husband’s name", "mum passed away"). */
  boolean loss(String text) {
    return text != null && (!loss.isEmpty() && loss.matches(text) || containsAny(text, lossInside));
  }

  private static boolean containsAny(String text, ImmutableList<String> parts) {
    for (int i = 0; i < parts.size(); i++) {
      if (text.contains(parts.get(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@link #loss(String)} of a text whose words the composer read already ({@link ClauseWords}):
   * without an apostrophe, 'İ' or 'Σ' in the text, its words are this class's words and their
   * hashes are the ones the lookup needs, so the text is not scanned again.
   */
  boolean loss(ClauseWords words) {
    return !loss.isEmpty() && loss.matches(words) || words.text != null && containsAny(words.text, lossInside);
  }

  /**
   * {@link #loss(String)} and the word part of {@link #light(String)} over the folded words of a
   * text ({@link #words}): the word-by-word reference the in-place matching is checked against.
   */
  boolean[] lossAndLightOfWords(List<String> words) {
    boolean inside = false;
    for (int i = 0; i < words.size() && !inside; i++) {
      inside = containsAny(words.get(i), lossInside); // an entry has letters only: it lies inside one word
    }
    return new boolean[] {!loss.isEmpty() && loss.matches(words) || inside, !light.isEmpty() && light.matches(words)};
  }

  /** The word part of {@link #light(String)}: an entry of {@code light}, signs aside. */
  boolean lightWords(String text) {
    return !light.isEmpty() && light.matches(text);
  }

  /** True when {@code text} is light-hearted: a joke, a laugh, a laughing emoji. */
  boolean light(String text) {
    if (text == null) {
      return false;
    }
    for (String sign : lightSigns) {
      if (text.contains(sign)) {
        return true;
      }
    }
    return lightWords(text);
  }

  /**
   * {@code text} without a thanks that ends it after a comma ("the refund finally came through,
   * thanks so much" → "the refund finally came through"): a summary says back what happened, and
   * the acknowledgement answers the thanks. The text itself otherwise.
   */
  String withoutTrailingThanks(String text) {
    int comma = text.lastIndexOf(", ");
    if (comma <= 0 || thanks.isEmpty()) {
      return text;
    }
    List<String> tail = words(text.substring(comma + 2));
    if (tail.isEmpty() || !thanks.contains(tail.get(0))) {
      return text;
    }
    for (String w : tail) {
      if (!thanks.contains(w) && !thanksTail.contains(w)) {
        return text;
      }
    }
    return text.substring(0, comma);
  }

  /** True when a grateful text turns to a problem ("thanks so much, but I was charged for the visit"). */
  boolean mixed(ClauseWords words) {
    return !mixed.isEmpty() && mixed.matches(words);
  }

  /** {@link #light(String)} of a text whose words were read already (see {@link #loss(ClauseWords)}). */
  boolean light(ClauseWords words) {
    for (String sign : lightSigns) {
      if (words.text.contains(sign)) {
        return true;
      }
    }
    return !light.isEmpty() && light.matches(words);
  }

  /**
   * True when {@code a} and {@code b} share a content word or its stem ("Take good care of
   * yourself." and "Take care,"; "Thanks again for …" and "Thanks,"): function words don't count.
   */
  boolean echoes(String a, String b) {
    return shared(a, b) > 0;
  }

  /** The number of content words (or stems) of {@code a} that {@code b} shares. */
  int shared(String a, String b) {
    if (functionWords.isEmpty()) {
      return 0; // a language without tone data: no word is known to be incidental
    }
    List<String> left = words(a);
    List<String> right = words(b);
    int n = 0;
    for (String w : left) {
      if (functionWords.contains(w)) {
        continue;
      }
      for (String v : right) {
        if (!functionWords.contains(v) && sameStem(w, v)) {
          n++;
          break;
        }
      }
    }
    return n;
  }

  /**
   * True when {@code text} speaks in the team's voice ("We’re here whenever you need us."): a
   * reply an agent signs closes in their own ("I’m around if you need anything else."). A
   * language without {@code tone.team} data has none.
   */
  boolean speaksAsTeam(String text) {
    if (team.isEmpty()) {
      return false;
    }
    for (String w : words(text)) {
      if (team.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code text} thanks the customer ("thank you", "thanks"). */
  boolean thanks(String text) {
    for (String w : words(text)) {
      if (thanks.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when {@code text} thanks "again" ("Thanks again,", "Thank you again for …"): it reads
   * well only after an earlier thanks in the same reply.
   */
  boolean thanksAgain(String text) {
    boolean t = false;
    boolean a = false;
    for (String w : words(text)) {
      t |= thanks.contains(w);
      a |= again.contains(w);
    }
    return t && a;
  }

  /** True when {@code word} is a title a name may start with ("Mrs", "Dr."). */
  /** True when {@code name} is what a form writes for no name ("匿名"): never greeted as "匿名様". */
  /**
   * {@code name} without an honorific typed after it ("佐藤様" → "佐藤", "ゆうきさん" → "ゆうき"), since
   * the greeting adds the register's own ("佐藤様", never "佐藤様様"); the same instance when it has
   * none, or is nothing but one.
   */
  String withoutHonorific(String name) {
    for (String h : honorifics) {
      if (name.length() > h.length() && name.endsWith(h)) {
        return name.substring(0, name.length() - h.length()).strip();
      }
    }
    return name;
  }

  boolean placeholderName(String name) {
    return !placeholderNames.isEmpty() && placeholderNames.contains(fold1(name.strip()));
  }

  boolean title(String word) {
    if (word.indexOf('İ') >= 0 || word.indexOf('Σ') >= 0) {
      return titleFolded(word); // the two letters that fold differently one at a time
    }
    return titleWords.flags(word, 0, word.length()) != 0; // folded in place: no lower-case copy
  }

  /** {@link #title} by folding a copy of the word: the reference for the in-place lookup. */
  boolean titleFolded(String word) {
    return titles.contains(fold1(word));
  }

  /** Two words with the same stem: equal, or one the other with an ending ("thank", "thanks"). */
  private static boolean sameStem(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    String shorter = a.length() <= b.length() ? a : b;
    String longer = shorter == a ? b : a;
    return shorter.length() >= 4 && longer.startsWith(shorter);
  }

  /**
   * Entries compiled once per language: each entry word as the set of words it matches (the word
   * and its forms, see {@link #isForm(String, String)}; {@code {person}} as every person and their
   * forms, see {@link #isForm(String, ImmutableSet)}), and the entries indexed by the forms of
   * their first word, so a text's word finds the entries that can start there with one lookup
   * (matching used to try every entry's words against every word of the text, with a substring
   * per ending).
   */
  private static final class Entries {
    private final Map<String, Set<String>[][]> byFirst;
    /** Every form of every entry word, each mapped to its index in {@link #formWords} plus one. */
    private final CallerClauses.Lexicon forms;
    private final String[] formWords;
    /** {@link #byFirst} by form index ({@link #formWords}): a text's word needs no second lookup. */
    private final Set<String>[][][] startingByForm;

    @SuppressWarnings("unchecked")
    Entries(Map<String, Set<String>[][]> byFirst, List<String> formWords) {
      this.byFirst = byFirst;
      this.formWords = formWords.toArray(String[]::new);
      ImmutableMap.Builder<String, Integer> index = ImmutableMap.builderWithExpectedSize(formWords.size());
      this.startingByForm = new Set[this.formWords.length][][];
      for (int i = 0; i < this.formWords.length; i++) {
        index.put(this.formWords[i], i + 1);
        startingByForm[i] = byFirst.get(this.formWords[i]);
      }
      this.forms = new CallerClauses.Lexicon(index.buildOrThrow());
    }

    boolean isEmpty() {
      return byFirst.isEmpty();
    }

    /**
     * True when an entry matches the words of {@code text} ({@link Tone#words}) at some position.
     * The words are looked up in place, without being cut out and folded one by one, where
     * folding a character at a time is folding the word ({@link String#toLowerCase(Locale)} with
     * {@link Locale#ROOT} differs only for 'İ' and 'Σ'); a text with either takes the long way.
     */
    boolean matches(String text) {
      if (text.indexOf('İ') >= 0 || text.indexOf('Σ') >= 0) {
        return matches(words(text));
      }
      for (long w = next(text, 0); w >= 0; w = next(text, (int) w)) {
        int id = forms.flags(text, (int) (w >>> 32), (int) w);
        Set<String>[][] starting = id == 0 ? null : startingByForm[id - 1];
        if (starting == null) {
          continue;
        }
        for (Set<String>[] e : starting) {
          if (matchesAfter(e, text, (int) w)) {
            return true;
          }
        }
      }
      return false;
    }

    /**
     * {@link #matches(String)} over words read by {@link ClauseWords}. A {@code ClauseWords} word
     * is a run of letters, digits and apostrophes; in a text without apostrophes it is a run of
     * letters and digits between characters that are neither, which is this class's word ({@link
     * #next}), and its hash is {@link CallerClauses.Lexicon#step} over its characters, which is
     * what {@link #forms} hashes. Any other text takes {@link #matches(String)}.
     */
    boolean matches(ClauseWords words) {
      String text = words.text;
      if (text.indexOf('\'') >= 0 || text.indexOf('’') >= 0 || text.indexOf('İ') >= 0 || text.indexOf('Σ') >= 0) {
        return matches(text);
      }
      for (int k = 0; k < words.count; k++) {
        int id = forms.flags(text, words.start(k), words.end(k), words.hash(k));
        Set<String>[][] starting = id == 0 ? null : startingByForm[id - 1];
        if (starting == null) {
          continue;
        }
        for (Set<String>[] e : starting) {
          if (matchesAfter(e, text, words.end(k))) {
            return true;
          }
        }
      }
      return false;
    }

    /** True when the words after {@code from} are {@code entry}'s second and later words. */
    private boolean matchesAfter(Set<String>[] entry, String text, int from) {
      long w = from;
      for (int k = 1; k < entry.length; k++) {
        w = next(text, (int) w);
        if (w < 0) {
          return false;
        }
        String f = form(text, w);
        if (f == null || !entry[k].contains(f)) {
          return false;
        }
      }
      return true;
    }

    /** The form listed for word {@code w} (start in the high half, end in the low), or null. */
    private String form(String text, long w) {
      int id = forms.flags(text, (int) (w >>> 32), (int) w);
      return id == 0 ? null : formWords[id - 1];
    }

    /** True when an entry matches {@code words} at some position. */
    boolean matches(List<String> words) {
      int n = words.size();
      for (int i = 0; i < n; i++) {
        Set<String>[][] starting = byFirst.get(words.get(i));
        if (starting == null) {
          continue;
        }
        for (Set<String>[] e : starting) {
          if (i + e.length <= n && matchesAt(e, words, i)) {
            return true;
          }
        }
      }
      return false;
    }

    private static boolean matchesAt(Set<String>[] entry, List<String> words, int at) {
      for (int k = 1; k < entry.length; k++) {
        if (!entry[k].contains(words.get(at + k))) {
          return false;
        }
      }
      return true;
    }
  }

  private Entries compile(List<String[]> entries) {
    Map<String, List<Set<String>[]>> byFirst = new HashMap<>();
    Map<String, Set<String>> formsOf = new HashMap<>();
    for (String[] entry : entries) {
      @SuppressWarnings("unchecked")
      Set<String>[] compiled = new Set[entry.length];
      for (int k = 0; k < entry.length; k++) {
        compiled[k] = formsOf.computeIfAbsent(entry[k], this::forms);
      }
      for (String form : compiled[0]) {
        byFirst.computeIfAbsent(form, f -> new ArrayList<>()).add(compiled);
      }
    }
    Map<String, Set<String>[][]> out = new HashMap<>();
    byFirst.forEach((form, list) -> {
      @SuppressWarnings("unchecked")
      Set<String>[][] array = list.toArray(new Set[0][]);
      out.put(form, array);
    });
    Set<String> all = new java.util.LinkedHashSet<>();
    formsOf.values().forEach(all::addAll);
    return new Entries(out, new ArrayList<>(all));
  }

  /** Every word an entry word matches: {@code {person}}'s persons and their forms, or the word's forms. */
  private Set<String> forms(String entryWord) {
    Set<String> out = new HashSet<>();
    if (entryWord.equals(PERSON)) {
      for (String p : persons) {
        out.add(p);
        for (String s : suffixes) {
          out.add(p + s);
        }
      }
    } else {
      out.add(entryWord);
      for (String s : suffixes) {
        out.add(entryWord + s);
        if (entryWord.endsWith("e") && s.charAt(0) != 'e') {
          // An "e" dropped before an ending: "joke" → "joking".
          out.add(entryWord.substring(0, entryWord.length() - 1) + s);
        }
      }
    }
    Set<String> kept = ImmutableSet.copyOf(out);
    assert kept.stream().allMatch(w -> entryWord.equals(PERSON) ? isForm(w, persons) : isForm(w, entryWord));
    return kept;
  }

  /** True when {@code word} is one of {@code stems} or one of them with one of the endings. */
  private boolean isForm(String word, ImmutableSet<String> stems) {
    if (stems.contains(word)) {
      return true;
    }
    for (String s : suffixes) {
      if (word.length() > s.length() && word.endsWith(s) && stems.contains(word.substring(0, word.length() - s.length()))) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code word} is {@code stem} or {@code stem} with one of the endings. */
  private boolean isForm(String word, String stem) {
    if (word.equals(stem)) {
      return true;
    }
    if (!word.startsWith(stem)) {
      // "die" → "died", "dying" is listed on its own; an "e" dropped before an ending: "joke" → "joking".
      return stem.endsWith("e") && word.startsWith(stem.substring(0, stem.length() - 1))
          && suffixes.contains(word.substring(stem.length() - 1)) && word.charAt(stem.length() - 1) != 'e';
    }
    return suffixes.contains(word.substring(stem.length()));
  }

  private List<String[]> entries(String list) {
    List<String[]> out = new ArrayList<>();
    for (String entry : LIST.split(list)) {
      List<String> w = new ArrayList<>();
      for (String part : entry.split("\\s+")) {
        if (!part.isEmpty()) {
          w.add(part.equals(PERSON) ? PERSON : fold1(part));
        }
      }
      if (!w.isEmpty()) {
        out.add(w.toArray(String[]::new));
      }
    }
    return ImmutableList.copyOf(out);
  }

  private static ImmutableList<String> fold(String list) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (String word : LIST.split(list)) {
      out.add(fold1(word));
    }
    return out.build();
  }

  private static String fold1(String word) {
    return word.toLowerCase(Locale.ROOT).replace('\'', '’');
  }

  /** The folded words of {@code text}: runs of letters, digits and apostrophes. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (long w = next(text, 0); w >= 0; w = next(text, (int) w)) {
      out.add(fold1(text.substring((int) (w >>> 32), (int) w)));
    }
    return out;
  }

  /**
   * The next word of {@code text} at or after {@code from}: its start in the high half and its end
   * in the low half, or -1 when there is none. A word is a run of letters and digits, with an
   * apostrophe inside it before a letter or digit, or at the very end of the text.
   */
  static long next(String text, int from) {
    int n = text.length();
    int i = from;
    while (i < n && !wordChar(text.charAt(i))) {
      i++;
    }
    if (i >= n) {
      return -1;
    }
    int start = i;
    while (i < n && (wordChar(text.charAt(i)) || isApostrophe(text.charAt(i)) && i > start && i + 1 < n
        && wordChar(text.charAt(i + 1)) || isApostrophe(text.charAt(i)) && i > start && i + 1 == n)) {
      i++;
    }
    return (long) start << 32 | i;
  }

  private static boolean wordChar(char c) {
    return c < 128 ? ASCII_LETTER_OR_DIGIT[c] : Character.isLetterOrDigit(c);
  }

  /** {@link Character#isLetterOrDigit(char)} for ASCII, as a table: every character of a text is tested. */
  private static final boolean[] ASCII_LETTER_OR_DIGIT = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_LETTER_OR_DIGIT[c] = Character.isLetterOrDigit(c);
    }
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }
}
