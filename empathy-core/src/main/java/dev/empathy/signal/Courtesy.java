package dev.empathy.signal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The courteous register of a message: whether it opens with a greeting ("Hi,", "Hello.", "Hola,",
 * "Bonjour", "Guten Tag") after any handles. The greetings are data per language ({@code
 * courtesy.tsv}); a language without a row has none. Immutable and thread-safe.
 */
final class Courtesy {
  private static final Map<String, List<String>> BY_TAG = load();

  private Courtesy() {}

  private static Map<String, List<String>> load() {
    Map<String, List<String>> out = new HashMap<>();
    for (String row : Lexicon.lines("courtesy.tsv", false)) {
      if (row.isBlank() || row.startsWith("#")) {
        continue;
      }
      String[] f = row.split("\t");
      if (f.length != 2 || out.put(f[0], List.of(f[1].split("\\|"))) != null) {
        throw new IllegalStateException("courtesy.tsv: expected one tag<TAB>greeting|greeting row per language: " + row);
      }
    }
    return Map.copyOf(out);
  }

  /**
   * Whether {@code typed} opens with a greeting of language {@code tag}, after any @handles and
   * spaces, followed by a mark, a space, a name or the end: "Hi, the invoice…", "@ShopRite_Help
   * hi, can you…", "Hello,\nI have a question". "Hiking boots" is none.
   */
  static boolean greets(String tag, String typed) {
    List<String> greetings = BY_TAG.get(tag);
    if (greetings == null) {
      return false;
    }
    int k = 0;
    while (k < typed.length()) {
      char c = typed.charAt(k);
      if (Character.isWhitespace(c)) {
        k++;
      } else if (c == '@') {
        while (k < typed.length() && !Character.isWhitespace(typed.charAt(k))) {
          k++;
        }
      } else {
        break;
      }
    }
    for (String g : greetings) {
      int end = k + g.length();
      if (end <= typed.length() && typed.regionMatches(true, k, g, 0, g.length())
          && (end == typed.length() || !Character.isLetterOrDigit(typed.charAt(end)))) {
        return true;
      }
    }
    return false;
  }
}
