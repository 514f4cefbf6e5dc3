package dev.empathy.signal;

/**
 * A score the customer gives out of ten or out of five, read by its shape: a number, a slash and
 * 10 or 5 that opens its clause, as a verdict does ("10/10 would fly again", "Service tonight:
 * 2/10", "crew were great, 5/5"). A date is typed after a word ("my flight on 10/10 was late",
 * "booked 5/5") or with a year ("10/10/2026"), and is not read. Stateless.
 */
final class Rating {
  private Rating() {}

  private static final int[][] NONE = new int[0][];

  /** Ratings read per message: more of them say nothing new. */
  private static final int MAX = 4;

  /**
   * The ratings of {@code typed}, each as {start, end, score in percent} ("7/10" is 70), or an
   * empty array when there is none.
   */
  static int[][] find(String typed) {
    int[][] out = null;
    int count = 0;
    int from = 0;
    int n = typed.length();
    while (count < MAX) {
      int slash = typed.indexOf('/', from);
      if (slash < 0) {
        break;
      }
      from = slash + 1;
      int s = slash;
      while (s > 0 && s > slash - 3 && asciiDigit(typed.charAt(s - 1))) {
        s--;
      }
      int d = slash + 1;
      while (d < n && d < slash + 4 && asciiDigit(typed.charAt(d))) {
        d++;
      }
      if (s == slash || d == slash + 1 || s > 0 && partOfNumber(typed.charAt(s - 1)) || d < n && partOfNumber(typed.charAt(d))) {
        continue;
      }
      int score = Integer.parseInt(typed, s, slash, 10);
      int scale = Integer.parseInt(typed, slash + 1, d, 10);
      if (scale != 10 && scale != 5 || score > scale || !alone(typed, s)) {
        continue;
      }
      if (out == null) {
        out = new int[MAX][];
      }
      out[count++] = new int[] {s, d, score * 100 / scale};
    }
    return out == null ? NONE : java.util.Arrays.copyOf(out, count);
  }

  /** A date goes on with another slash, a point or a dash ("10/10/26", "5/5.2", "5/5-5/9"); a score stands alone. */
  private static boolean partOfNumber(char c) {
    return Character.isLetterOrDigit(c) || c == '/' || c == '.' || c == '-';
  }

  /** Whether no word stands right before the score in its clause: it opens it, as a verdict does. */
  private static boolean alone(String typed, int start) {
    int b = start - 1;
    while (b >= 0 && Character.isWhitespace(typed.charAt(b))) {
      b--;
    }
    return b < 0 || !Character.isLetterOrDigit(typed.charAt(b));
  }

  /**
   * A score is written in ASCII digits: a digit of another script ("᪀/10", Tai Tham zero) is not a
   * rating a customer gives (and is not what the score's callers read).
   */
  private static boolean asciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
