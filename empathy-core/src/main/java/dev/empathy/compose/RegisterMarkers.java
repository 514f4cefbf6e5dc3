package dev.empathy.compose;

import com.google.common.collect.ImmutableList;
import dev.empathy.Register;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The forms of address of each register, as data ({@code register.formal} and {@code
 * register.informal} in {@code clauses_<language>.properties}), found in a caller's text: an agent
 * who types "te escribiré" into a formal Spanish reply mixes tú into usted. The composer keeps the
 * caller's words (they are the agent's to change) and warns, naming the field.
 *
 * <p>A marker is matched as whole words. One in lower case matches any case ("tu", "Tu"); one with
 * a capital matches exactly and not as a sentence's first word (German "Sie" is the formal you
 * mid-sentence, but may be "they" at the start). A marker ending in an apostrophe matches the start
 * of an elided word (French "t’" in "je t’écris"). Words of a marker are separated by spaces. A
 * marker in Han or kana (Japanese "いたしました") is matched anywhere, since Japanese has no spaces.
 */
final class RegisterMarkers {
  private static final Map<String, RegisterMarkers> BY_LANGUAGE = new ConcurrentHashMap<>();
  private static final RegisterMarkers NONE = new RegisterMarkers(ImmutableList.of(), ImmutableList.of(), Map.of(), Map.of());

  /** Markers of formal address (warned in an informal reply), each split into words. */
  private final ImmutableList<String[]> formal;
  /** Markers of informal address (warned in a formal reply). */
  private final ImmutableList<String[]> informal;

  /**
   * Words of the other register rewritten into the reply's ({@code register.rewrite.formal}: used
   * in a formal reply, "te=le"; {@code register.rewrite.informal}); keys of one or
   * more words (a key in lower case matches any case; one with a capital, that case only). A value ending in "+" is a subject whose verb must be rewritten too: the word next
   * to it (before or after) must be a key, or the text is not rewritten ("tu=vous+", "peux=pouvez").
   */
  private final Map<String, String> rewriteFormal;
  private final Map<String, String> rewriteInformal;

  private RegisterMarkers(ImmutableList<String[]> formal, ImmutableList<String[]> informal,
      Map<String, String> rewriteFormal, Map<String, String> rewriteInformal) {
    this.formal = formal;
    this.informal = informal;
    this.rewriteFormal = rewriteFormal;
    this.rewriteInformal = rewriteInformal;
  }

  static RegisterMarkers forLocale(Locale locale) {
    return BY_LANGUAGE.computeIfAbsent(locale.getLanguage(), RegisterMarkers::load);
  }

  private static RegisterMarkers load(String language) {
    String path = ClauseData.path(language);
    if (ClauseData.has(language)) {
      Properties p = ClauseData.of(language);
      ImmutableList<String[]> formal = markers(p.getProperty("register.formal", ""));
      ImmutableList<String[]> informal = markers(p.getProperty("register.informal", ""));
      return formal.isEmpty() && informal.isEmpty() ? NONE
          : new RegisterMarkers(formal, informal, rewrites(path, p.getProperty("register.rewrite.formal", "")),
              rewrites(path, p.getProperty("register.rewrite.informal", "")));
    }
    return NONE;
  }

  private static Map<String, String> rewrites(String path, String list) {
    Map<String, String> out = new java.util.HashMap<>();
    for (String pair : list.split(",")) {
      if (pair.isBlank()) {
        continue;
      }
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new IllegalStateException(path + ": register.rewrite entry \"" + pair.strip() + "\" must be words=words");
      }
      out.put(pair.substring(0, eq).strip().replace('\'', '’').replaceAll(" +", " "),
          pair.substring(eq + 1).strip().replace('\'', '’'));
    }
    return Map.copyOf(out);
  }

  /**
   * True when {@code text} opens with a formal address the language writes with its capital
   * wherever it stands ({@code register.formal} entries typed capitalised: German "Ihr", "Ihre",
   * "Sie"): mid-sentence it keeps the capital ("über Ihren Vertrag", never "über ihren Vertrag").
   */
  boolean opensWithCapitalisedAddress(String text) {
    int end = 0;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    for (String[] marker : formal) {
      if (marker.length == 1 && marker[0].length() == end && !marker[0].isEmpty()
          && Character.isUpperCase(marker[0].charAt(0)) && text.startsWith(marker[0])) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code text} with every word of the other register than {@code reply}'s rewritten into the
   * reply's ("te he enviado" → "le he enviado" in a formal Spanish reply, "je t’ai envoyé" → "je
   * vous ai envoyé"), or null when it has none or one the data cannot rewrite with certainty (a
   * marker without a rewrite, a subject whose verb the data does not know): such a text is kept
   * and warned about. A rewritten word keeps the capital of the word it replaces.
   */
  String rewrite(String text, Register reply) {
    Map<String, String> rewrite = reply == Register.FORMAL ? rewriteFormal : rewriteInformal;
    if (rewrite.isEmpty() || text == null || otherRegister(text, reply, true) == null) {
      return null;
    }
    List<String[]> markers = reply == Register.FORMAL ? informal : formal;
    String folded = text.replace('\'', '’');
    List<int[]> words = words(folded);
    StringBuilder out = new StringBuilder(text.length() + 8);
    int copied = 0;
    for (int w = 0; w < words.size(); w++) {
      // The longest key first: "o senhor" before "o".
      String to = null;
      int span = 0;
      for (int k = Math.min(3, words.size() - w); k >= 1 && to == null; k--) {
        to = lookup(rewrite, key(folded, words, w, k));
        span = k;
      }
      int start = words.get(w)[0];
      int end = to == null ? start : words.get(w + span - 1)[1];
      if (to == null) {
        // An elided pronoun opens its word: "t’ai", "t’envoie".
        int apostrophe = folded.indexOf('’', start);
        if (apostrophe > start && apostrophe < words.get(w)[1] - 1) {
          to = lookup(rewrite, folded.substring(start, apostrophe + 1));
          end = apostrophe + 1;
          span = 1;
        }
      }
      if (to == null) {
        for (String[] marker : markers) {
          if (w + marker.length <= words.size() && matches(folded, words, w, marker, true)) {
            return null; // a marker the data cannot rewrite
          }
        }
        continue;
      }
      if (to.endsWith("+")) {
        boolean verbNext = w + 1 < words.size() && lookup(rewrite, key(folded, words, w + 1, 1)) != null;
        boolean verbBefore = w > 0 && lookup(rewrite, key(folded, words, w - 1, 1)) != null;
        if (!verbNext && !verbBefore) {
          return null;
        }
        to = to.substring(0, to.length() - 1);
      }
      String typed = folded.substring(start, end);
      if (typed.endsWith("’") && !to.endsWith("’")) {
        // "t’ai" → "vous ai": an elided pronoun rewritten whole, its word goes on after a space.
        to = to + " ";
      }
      out.append(text, copied, start);
      // A capital typed at a sentence start is kept ("Te" → "Le"); a key's own capital is its case ("Ihnen" → "dir").
      if (Character.isUpperCase(typed.charAt(0)) && !to.isEmpty() && !rewrite.containsKey(typed.endsWith(" ") ? typed.strip() : typed)) {
        out.appendCodePoint(Character.toUpperCase(to.codePointAt(0))).append(to, Character.charCount(to.codePointAt(0)), to.length());
      } else {
        out.append(to);
      }
      copied = end;
      w += span - 1;
    }
    return out.append(text, copied, text.length()).toString();
  }

  /**
   * The rewrite of {@code typed}: a key written with a capital ("Ihnen") matches that case only
   * (German "ihnen" is "them"); a key in lower case matches any case.
   */
  private static String lookup(Map<String, String> rewrite, String typed) {
    String to = rewrite.get(typed);
    if (to == null) {
      String lower = typed.toLowerCase(Locale.ROOT);
      to = lower.equals(typed) ? null : rewrite.get(lower);
    }
    return to;
  }

  private static String key(String text, List<int[]> words, int w, int k) {
    if (k == 1) {
      return text.substring(words.get(w)[0], words.get(w)[1]);
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < k; i++) {
      b.append(i == 0 ? "" : " ").append(text, words.get(w + i)[0], words.get(w + i)[1]);
    }
    return b.toString();
  }

  private static ImmutableList<String[]> markers(String list) {
    ImmutableList.Builder<String[]> out = ImmutableList.builder();
    for (String m : list.split(",")) {
      String marker = m.strip().replace('\'', '’');
      if (!marker.isEmpty()) {
        out.add(marker.split(" +"));
      }
    }
    return out.build();
  }

  /**
   * The first marker of the register other than {@code reply}'s found in {@code text}, as the
   * caller wrote it, or null.
   */
  String otherRegister(String text, Register reply) {
    return otherRegister(text, reply, false);
  }

  /**
   * As {@link #otherRegister(String, Register)}; in a {@code nounPhrase} ("Ihre Bestellung") a
   * capitalised marker counts as the first word too, since no sentence starts there.
   */
  String otherRegister(String text, Register reply, boolean nounPhrase) {
    List<String[]> markers = reply == Register.FORMAL ? informal : formal;
    if (markers.isEmpty() || text == null) {
      return null;
    }
    // A marker in a script written without spaces ("いたしました", "だよ") has no word edges to
    // match at: it is found anywhere in the text.
    for (String[] marker : markers) {
      if (marker.length == 1 && unspaced(marker[0].codePointAt(0))) {
        int at = text.indexOf(marker[0]);
        if (at >= 0) {
          return text.substring(at, at + marker[0].length());
        }
      }
    }
    String folded = text.replace('\'', '’'); // same length: the spans below index both
    List<int[]> words = words(folded);
    for (int w = 0; w < words.size(); w++) {
      for (String[] marker : markers) {
        if (w + marker.length <= words.size() && matches(folded, words, w, marker, nounPhrase)) {
          int[] last = words.get(w + marker.length - 1);
          int end = marker[marker.length - 1].endsWith("’")
              ? words.get(w)[0] + marker[marker.length - 1].length() : last[1];
          return text.substring(words.get(w)[0], end);
        }
      }
    }
    return null;
  }

  private static boolean matches(String text, List<int[]> words, int w, String[] marker, boolean nounPhrase) {
    for (int k = 0; k < marker.length; k++) {
      int[] word = words.get(w + k);
      String m = marker[k];
      boolean exact = !m.equals(m.toLowerCase(Locale.ROOT));
      if (exact && !nounPhrase && sentenceStart(text, word[0])) {
        return false;
      }
      int length = word[1] - word[0];
      boolean prefix = m.endsWith("’");
      if (prefix ? length <= m.length() : length != m.length()) {
        return false;
      }
      if (!text.regionMatches(!exact, word[0], m, 0, m.length())) {
        return false;
      }
    }
    return true;
  }

  /** True when the word at {@code start} opens a sentence (after . ! ? : or a line break). */
  private static boolean sentenceStart(String text, int start) {
    for (int i = start - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) || c == '\n') {
        return c == '.' || c == '!' || c == '?' || c == ':' || c == '\n' || c == '¿' || c == '¡';
      }
    }
    return true;
  }

  /** Word spans (start, end): letters, digits and the apostrophe that joins an elision. */
  private static List<int[]> words(String text) {
    List<int[]> out = new ArrayList<>();
    String t = text;
    int i = 0; // text has one kind of apostrophe here
    while (i < t.length()) {
      while (i < t.length() && !isWordChar(t.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < t.length() && isWordChar(t.charAt(i))) {
        i++;
      }
      if (i > start) {
        out.add(new int[] {start, i});
      }
    }
    return out;
  }

  private static boolean unspaced(int cp) {
    Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
    return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
        || sc == Character.UnicodeScript.KATAKANA;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '’';
  }
}
