package dev.empathy.compose;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
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
  private final List<String[]> loss;
  private final ImmutableSet<String> persons;
  /** Words and signs of a light-hearted message. */
  private final List<String[]> light;
  private final ImmutableList<String> lightSigns;
  private final ImmutableList<String> suffixes;
  /** Words that never make two lines echo ("the", "you", "for"). */
  private final ImmutableSet<String> functionWords;
  private final ImmutableSet<String> thanks;
  private final ImmutableSet<String> again;
  /** Titles a name may start with ("mrs", "dr."). */
  private final ImmutableSet<String> titles;

  private Tone(Properties p) {
    this.suffixes = fold(p.getProperty("forms.suffixes", ""));
    this.loss = entries(p.getProperty("loss", ""));
    this.persons = ImmutableSet.copyOf(fold(p.getProperty("loss.person", "")));
    this.light = entries(p.getProperty("light", ""));
    this.lightSigns = ImmutableList.copyOf(LIST.splitToList(p.getProperty("light.signs", "")));
    this.functionWords = ImmutableSet.copyOf(fold(p.getProperty("tone.functionWords", "")));
    this.thanks = ImmutableSet.copyOf(fold(p.getProperty("tone.thanks", "")));
    this.again = ImmutableSet.copyOf(fold(p.getProperty("tone.again", "")));
    this.titles = ImmutableSet.copyOf(fold(p.getProperty("name.titles", "")));
  }

  static Tone forLocale(Locale locale) {
    return BY_LANGUAGE.computeIfAbsent(locale.getLanguage(), Tone::load);
  }

  private static Tone load(String language) {
    String path = "/dev/empathy/compose/clauses_" + language + ".properties";
    Properties p = new Properties();
    try (InputStream in = Tone.class.getResourceAsStream(path)) {
      if (in != null) {
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(path, e);
    }
    return new Tone(p);
  }

  /** True when {@code text} names a bereavement ("my late husband’s name", "mum passed away"). */
  boolean loss(String text) {
    return text != null && !loss.isEmpty() && matches(loss, words(text));
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
    return !light.isEmpty() && matches(light, words(text));
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
  boolean title(String word) {
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

  private boolean matches(List<String[]> entries, List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      for (String[] e : entries) {
        if (i + e.length <= words.size() && matchesAt(e, words, i)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean matchesAt(String[] entry, List<String> words, int at) {
    for (int k = 0; k < entry.length; k++) {
      String w = words.get(at + k);
      if (entry[k].equals(PERSON)) {
        if (!isForm(w, persons)) {
          return false;
        }
      } else if (!isForm(w, entry[k])) {
        return false;
      }
    }
    return true;
  }

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
    return LIST.splitToStream(list).map(Tone::fold1).collect(ImmutableList.toImmutableList());
  }

  private static String fold1(String word) {
    return word.toLowerCase(Locale.ROOT).replace('\'', '’');
  }

  /** The folded words of {@code text}: runs of letters, digits and apostrophes. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && !wordChar(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && (wordChar(text.charAt(i)) || isApostrophe(text.charAt(i)) && i > start && i + 1 < n
          && wordChar(text.charAt(i + 1)) || isApostrophe(text.charAt(i)) && i > start && i + 1 == n)) {
        i++;
      }
      if (i > start) {
        String w = fold1(text.substring(start, i));
        out.add(w);
      }
      if (i == start) {
        i++;
      }
    }
    return out;
  }

  private static boolean wordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }
}
