package dev.empathy.phrase;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.text.Normalizer;
import java.util.Locale;

/**
 * A language's contractions and elisions where a pattern's last word meets an inserted value's
 * first word: French "de" + "le retard" is written "du retard", "que" + "il" is "qu’il"; Spanish
 * "de" + "el pedido" is "del pedido"; Portuguese "em" + "a fatura" is "na fatura". The pairs are
 * data ({@code meta.contractions}, {@code meta.elision} in each locale's phrasebook); this class
 * only applies them.
 *
 * <p>A contraction needs the value's article in lower case and followed by a space, so a name
 * that begins with one keeps it ("de El Corte Inglés"). An elision needs the value to start with a
 * vowel (any case, accents included; not "h", whose muet or aspiré reading is the noun's own).
 * The pattern's word keeps its capital ("De le …" → "Du …").
 */
final class Seams {
  static final Seams NONE = new Seams(ImmutableMap.of(), ImmutableSet.of());

  /** "de le" → "du": the pattern's word (lower case), a space, the value's first word. */
  private final ImmutableMap<String, String> contractions;
  /** Words that lose their final vowel to an apostrophe before a vowel ("de" → "d’"). */
  private final ImmutableSet<String> elision;

  private Seams(ImmutableMap<String, String> contractions, ImmutableSet<String> elision) {
    this.contractions = contractions;
    this.elision = elision;
  }

  /**
   * Reads {@code contractions} ("de le > du, à les > aux") and {@code elision} ("de, que").
   *
   * @throws IllegalStateException naming {@code source} when an entry is malformed
   */
  static Seams parse(String contractions, String elision, String source) {
    ImmutableMap.Builder<String, String> pairs = ImmutableMap.builder();
    for (String entry : contractions.split(",")) {
      String e = entry.strip();
      if (e.isEmpty()) {
        continue;
      }
      int arrow = e.indexOf('>');
      String[] from = arrow < 0 ? new String[0] : e.substring(0, arrow).strip().split(" +");
      String to = arrow < 0 ? "" : e.substring(arrow + 1).strip();
      if (from.length != 2 || to.isEmpty()) {
        throw new IllegalStateException(
            source + ": contraction \"" + e + "\" must read \"word article > contracted\"");
      }
      pairs.put(from[0].toLowerCase(Locale.ROOT) + " " + from[1], to.replace('\'', '’'));
    }
    ImmutableSet.Builder<String> words = ImmutableSet.builder();
    for (String w : elision.split(",")) {
      String word = w.strip().toLowerCase(Locale.ROOT);
      if (word.isEmpty()) {
        continue;
      }
      if (word.length() < 2 || !isVowel(word.charAt(word.length() - 1))) {
        throw new IllegalStateException(
            source + ": elision word \"" + word + "\" must end with the vowel it loses");
      }
      words.add(word);
    }
    ImmutableMap<String, String> c = pairs.buildKeepingLast();
    ImmutableSet<String> el = words.build();
    return c.isEmpty() && el.isEmpty() ? NONE : new Seams(c, el);
  }

  boolean isEmpty() {
    return this == NONE;
  }

  /**
   * {@code word}, a space and {@code value} as the language writes them together, or null when
   * they stay apart.
   */
  String join(String word, String value) {
    String lower = word.toLowerCase(Locale.ROOT);
    int space = value.indexOf(' ');
    if (space > 0 && !contractions.isEmpty()) {
      String joined = contractions.get(lower + " " + value.substring(0, space));
      if (joined != null) {
        return sameCase(word, joined) + value.substring(space);
      }
    }
    if (!value.isEmpty() && elision.contains(lower) && startsWithVowel(value)) {
      return word.substring(0, word.length() - 1) + "’" + value;
    }
    return null;
  }

  private static String sameCase(String word, String joined) {
    return Character.isUpperCase(word.charAt(0))
        ? joined.substring(0, 1).toUpperCase(Locale.ROOT) + joined.substring(1)
        : joined;
  }

  private static boolean startsWithVowel(String value) {
    char c = value.charAt(0);
    if (c < 0x80) {
      return isVowel(c);
    }
    String base = Normalizer.normalize(value.substring(0, Character.charCount(value.codePointAt(0))),
        Normalizer.Form.NFD);
    return isVowel(base.charAt(0)) || c == 'Æ' || c == 'æ' || c == 'Œ' || c == 'œ';
  }

  private static boolean isVowel(char c) {
    return "aeiouAEIOU".indexOf(c) >= 0;
  }
}
