package dev.empathy.signal;

import java.util.ArrayList;
import java.util.List;

/**
 * Swear words typed with their letters masked, read by their shape rather than from a list: a word
 * of one to three letters followed by asterisks, and maybe more letters ("f***", "sh*t", "f**king",
 * "a**hole", "m*erda"), or letters on both sides of a {@code #} ("f#ck"). Every language masks the
 * same way, so the shape needs no data. Markdown emphasis ("*really*"), a footnote mark ("free*"),
 * a grade ("A*"), a star rating ("5**") and a language name ("C#") are not that shape. Stateless.
 */
final class MaskedSwearing {
  /** Letters at most before the mask: a swear word keeps its first one to three. */
  private static final int LEAD = 3;
  /** Letters at most after the mask ("f**king", "a**hole"). */
  private static final int TAIL = 6;

  private MaskedSwearing() {}

  /** Whether {@code typed} can hold a masked word at all: one cheap pass before any reading. */
  static boolean possible(String typed) {
    return typed.indexOf('*') >= 0 || typed.indexOf('#') >= 0;
  }

  /**
   * The masked words of {@code typed}, as {start, end} in typing order. Read from the masks: a
   * masked word's letters end where its first mask begins, so only the letters right before a
   * {@code *} or {@code #} are read (the two are found by {@link String#indexOf}), not every word
   * of the text; the words and spans are those of a walk from each word's start.
   */
  static List<int[]> find(String typed) {
    List<int[]> out = new ArrayList<>(1);
    int n = typed.length();
    int star = typed.indexOf('*');
    int hash = typed.indexOf('#');
    int from = 0;
    while (true) {
      if (star >= 0 && star < from) {
        star = typed.indexOf('*', from);
      }
      if (hash >= 0 && hash < from) {
        hash = typed.indexOf('#', from);
      }
      int lead = star < 0 ? hash : hash < 0 ? star : Math.min(star, hash);
      if (lead < 0) {
        return out;
      }
      from = lead + 1;
      if (lead == 0 || !isLetter(typed.charAt(lead - 1))) {
        continue; // no letters before this mask (or it continues one: "f***")
      }
      int start = lead - 1;
      while (start > 0 && isLetter(typed.charAt(start - 1))) {
        start--;
      }
      if (start > 0 && partOfWord(typed.charAt(start - 1))) {
        continue; // inside a word: "x2f*", "@bob*"
      }
      int masks = lead;
      int stars = 0;
      while (masks < n && (typed.charAt(masks) == '*' || typed.charAt(masks) == '#')) {
        stars += typed.charAt(masks) == '*' ? 1 : 0;
        masks++;
      }
      from = masks;
      int end = run(typed, masks);
      boolean bounded = end >= n || !partOfWord(typed.charAt(end));
      if (!bounded || lead - start > LEAD || end - masks > TAIL) {
        continue;
      }
      // Letters after the mask: one mark is enough ("sh*t", "f#ck"). None: asterisks alone, two
      // at least ("f***"; "A*" is a grade, "free*" a footnote).
      boolean shaped = end > masks ? stars == masks - lead || stars == 0 : stars == masks - lead && stars >= 2;
      if (shaped) {
        out.add(new int[] {start, end});
      }
    }
  }

  /** The end of the run of letters starting at {@code k}. */
  private static int run(String typed, int k) {
    while (k < typed.length() && isLetter(typed.charAt(k))) {
      k++;
    }
    return k;
  }

  private static boolean partOfWord(char c) {
    return isLetterOrDigit(c) || c == '*' || c == '#' || c == '@' || c == '_';
  }

  /** {@link Character#isLetter(char)}, ASCII by comparison. */
  static boolean isLetter(char c) {
    return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
  }

  /** {@link Character#isLetterOrDigit(char)}, ASCII by comparison. */
  static boolean isLetterOrDigit(char c) {
    return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c);
  }
}
