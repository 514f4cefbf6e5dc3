package dev.empathy.signal;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One cue, all its inflections: a lexicon entry flagged {@code forms} ("load", "break", "log in")
 * also matches the other forms of its first word ("loads", "loaded", "loading"; "broke",
 * "broken"), so "doesn't load", "didn't load" and "isn't loading" are one cue, not three entries.
 * Applied once, when a lexicon is compiled; matching stays one pass.
 *
 * <p>Data: {@code forms_<locale>.tsv}. {@code suffix<TAB>s|es|ed|ing} lists the regular endings,
 * attached with the usual spelling adjustments of Latin-script languages written with them (a
 * final silent "e" dropped before a vowel, "y" after a consonant turned into "i", a final
 * consonant after a single stressed vowel doubled: "stop", "stopped"); {@code
 * form<TAB>lemma<TAB>form|form} lists irregular forms, which replace the regular ones. A locale
 * without the file matches each entry as written.
 */
final class WordForms {
  static final WordForms NONE = new WordForms(List.of(), Map.of());

  private final List<String> suffixes;
  private final Map<String, List<String>> irregular;

  private WordForms(List<String> suffixes, Map<String, List<String>> irregular) {
    this.suffixes = suffixes;
    this.irregular = irregular;
  }

  static WordForms load(String tag) {
    String file = "forms_" + tag + ".tsv";
    List<String> rows = Lexicon.lines(file, true);
    if (rows.isEmpty()) {
      return NONE;
    }
    List<String> suffixes = List.of();
    Map<String, List<String>> irregular = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      String row = rows.get(i);
      if (row.isBlank() || row.startsWith("#")) {
        continue;
      }
      String[] f = row.split("\t");
      if (f[0].equals("suffix") && f.length == 2) {
        suffixes = List.of(f[1].strip().split("\\|"));
      } else if (f[0].equals("form") && f.length == 3) {
        irregular.put(f[1].strip().toLowerCase(Locale.ROOT), List.of(f[2].strip().toLowerCase(Locale.ROOT).split("\\|")));
      } else {
        throw new IllegalStateException("/dev/empathy/signal/" + file + ":" + (i + 1) + ": expected suffix<TAB>a|b or form<TAB>lemma<TAB>a|b");
      }
    }
    return new WordForms(suffixes, irregular);
  }

  /** {@code phrase} with its first word widened to every form of it, in the matcher's syntax. */
  String inflect(String phrase) {
    String p = phrase.strip();
    int space = p.indexOf(' ');
    String head = space < 0 ? p : p.substring(0, space);
    String rest = space < 0 ? "" : p.substring(space);
    Set<String> out = new LinkedHashSet<>();
    for (String lemma : head.split("\\|")) {
      out.add(lemma);
      out.addAll(formsOf(lemma.toLowerCase(Locale.ROOT)));
    }
    return String.join("|", out) + rest;
  }

  /** The other forms of one word: its irregular forms, or the regular endings attached. */
  List<String> formsOf(String lemma) {
    List<String> irr = irregular.get(lemma);
    Set<String> out = new LinkedHashSet<>();
    if (irr != null) {
      out.addAll(irr);
    }
    if (irr == null || irr.contains("+")) {
      for (String s : suffixes) {
        out.add(attach(lemma, s));
      }
    }
    out.remove("+");
    out.remove(lemma);
    return List.copyOf(out);
  }

  private static String attach(String w, String suffix) {
    if (w.isEmpty() || suffix.isEmpty()) {
      return w + suffix;
    }
    char last = w.charAt(w.length() - 1);
    char first = suffix.charAt(0);
    boolean vowelSuffix = isVowel(first);
    if (last == 'e' && vowelSuffix && !w.endsWith("ee")) {
      return w.substring(0, w.length() - 1) + suffix; // load-ing, but close-d, arrive-d
    }
    if (last == 'y' && w.length() > 1 && !isVowel(w.charAt(w.length() - 2)) && first != 'i') {
      return w.substring(0, w.length() - 1) + "i" + (suffix.equals("s") ? "es" : suffix); // reply-ied, replies
    }
    if (suffix.equals("es") && !(last == 's' || last == 'x' || last == 'z' || w.endsWith("ch") || w.endsWith("sh") || last == 'o')) {
      return w + "s";
    }
    if (suffix.equals("s") && (last == 's' || last == 'x' || last == 'z' || w.endsWith("ch") || w.endsWith("sh"))) {
      return w + "es";
    }
    if (vowelSuffix && doublesFinal(w)) {
      return w + last + suffix; // stop-ped, drop-ping
    }
    return w + suffix;
  }

  /** One syllable ending consonant-vowel-consonant (not w, x, y): "stop", "drop", "ship". */
  private static boolean doublesFinal(String w) {
    int n = w.length();
    if (n < 3 || n > 4) {
      return false;
    }
    char c = w.charAt(n - 1);
    char v = w.charAt(n - 2);
    char b = w.charAt(n - 3);
    int vowels = 0;
    for (int i = 0; i < n; i++) {
      vowels += isVowel(w.charAt(i)) ? 1 : 0;
    }
    return vowels == 1 && !isVowel(c) && "wxy".indexOf(c) < 0 && isVowel(v) && !isVowel(b);
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }
}
