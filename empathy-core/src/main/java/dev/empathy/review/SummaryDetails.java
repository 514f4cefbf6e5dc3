package dev.empathy.review;

import dev.empathy.signal.Evidence;
import dev.empathy.text.PhraseMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The spans by which a draft restates the customer's case: a concrete detail (a figure with the
 * words that name it, "the $42.50 restocking fee", "your Visa ending 4242", "order 4471") and the
 * noun phrase after a possessive cue ("your order 4471", not "with your"). Figures that belong to a
 * time ("within 3-5 business days", "by 3 pm", "on 3 March") are promises, and a number after our
 * own contact lead-in ("call us at 1-800-555-0123") is ours: neither is a detail of the case.
 * One scan of the draft's characters; spans are whole words of the draft.
 */
final class SummaryDetails {
  /** Content words taken either side of a figure, and after a possessive cue. */
  private static final int MAX_WORDS = 3;
  /** Words after a figure that are looked at for a time word. */
  private static final int TIME_LOOKAHEAD = 3;
  private static final int MAX_DETAILS = 4;

  private SummaryDetails() {}

  /** The concrete details outside quotes and addresses, in draft order, at most a few. */
  static List<Evidence> find(DraftReading r, RuleBook book) {
    List<Evidence> out = null;
    char[] c = r.chars;
    int n = c.length;
    for (int i = 0; i < n; i++) {
      if (!DraftReading.isDigit(c[i]) || (i > 0 && DraftReading.isLetterOrDigit(c[i - 1]))) {
        continue;
      }
      int end = tokenEnd(c, i);
      int start = i;
      if (!r.quoted(start) && !r.inAddress(start) && !timeNear(r, c, start, end)) {
        int sentence = r.sentence(start);
        int from = r.sentenceStart(sentence);
        int to = r.sentenceEnd(sentence);
        if (r.classIn("@own-contact", from, start)) {
          i = end; // "call us at 1-800-555-0123": our number, not the customer's case
          continue;
        }
        int a = extendBack(r.text, c, start, from, book.stopwords);
        int b = extendForward(r.text, c, end, to, book.stopwords);
        if (a < start || b > end) { // a bare number names nothing
          if (out == null) {
            out = new ArrayList<>(2);
          }
          a = DraftReading.graphemeStart(r.text, a);
          b = DraftReading.graphemeEnd(r.text, b);
          out.add(new Evidence(a, b, r.text.substring(a, b)));
          if (out.size() >= MAX_DETAILS) {
            break;
          }
        }
      }
      i = end;
    }
    return out == null ? List.of() : out;
  }

  /**
   * Each possessive cue ("your order", "votre commande") as evidence of the noun phrase it opens,
   * carried over the content words that follow ("your order 4471 from Tuesday" up to a function
   * word). A cue followed by no content word and made of function words only adds nothing.
   */
  static void phrases(DraftReading r, RuleBook book, List<PhraseMatcher.Match<Cue>> cues, List<Evidence> out, int max) {
    for (PhraseMatcher.Match<Cue> m : cues) {
      if (out.size() >= max) {
        return;
      }
      if (r.quoted(m.start())) {
        continue;
      }
      int to = r.sentenceEnd(r.sentence(m.start()));
      int b = DraftReading.graphemeEnd(r.text, extendForward(r.text, r.chars, m.end(), to, book.stopwords));
      out.add(new Evidence(m.start(), b, r.text.substring(m.start(), b)));
    }
  }

  /** The end of the figure at {@code i}: digits with the separators inside a figure ("42.50", "3-5", "1Z999AA"). */
  private static int tokenEnd(char[] c, int i) {
    int j = i;
    while (j < c.length) {
      if (DraftReading.isLetterOrDigit(c[j]) && isWordChar(c[j])) {
        j++;
      } else if ((c[j] == '.' || c[j] == ',' || c[j] == '-' || c[j] == '/') && j + 1 < c.length && DraftReading.isDigit(c[j + 1])) {
        j += 2;
      } else {
        break;
      }
    }
    return j;
  }

  /** True when a time word (the rules' {@code @time} class, with clock times) is the word before or among the next few. */
  private static boolean timeNear(DraftReading r, char[] c, int start, int end) {
    int before = wordStartBefore(c, start);
    if (before >= 0 && r.classIn("@time", before, start)) {
      return true;
    }
    if (r.classIn("@time", start, end)) {
      return true;
    }
    int k = end;
    for (int w = 0; w < TIME_LOOKAHEAD && k < c.length; w++) {
      int s = k;
      while (s < c.length && !DraftReading.isLetterOrDigit(c[s]) && c[s] != '\n' && !sentencePunct(c[s])) {
        s++;
      }
      if (s >= c.length || !DraftReading.isLetterOrDigit(c[s])) {
        return false;
      }
      int e = wordEnd(c, s);
      if (r.classIn("@time", s, e)) {
        return true;
      }
      k = e;
    }
    return false;
  }

  private static int wordStartBefore(char[] c, int start) {
    int k = start - 1;
    while (k >= 0 && (c[k] == ' ' || c[k] == '$' || c[k] == '€' || c[k] == '£' || c[k] == '#')) {
      k--;
    }
    if (k < 0 || !DraftReading.isLetterOrDigit(c[k])) {
      return -1;
    }
    while (k > 0 && isWordChar(c[k - 1])) {
      k--;
    }
    return k;
  }

  /** {@code start} moved back over a currency sign and at most {@link #MAX_WORDS} content words in the sentence. */
  private static int extendBack(String text, char[] c, int start, int floor, Set<String> stopwords) {
    int a = start;
    while (a > floor && isSign(c[a - 1])) {
      a--;
    }
    for (int w = 0; w < MAX_WORDS; w++) {
      int k = a;
      while (k > floor && c[k - 1] == ' ') {
        k--;
      }
      if (k == a || k == floor || !isWordChar(c[k - 1])) {
        break;
      }
      int s = k;
      while (s > floor && isWordChar(c[s - 1]) && k - s <= 40) {
        s--;
      }
      if (!isWordChar(c[s]) || !DraftReading.isLetterOrDigit(c[s]) || k - s > 40 || functionWord(text, c, s, k, stopwords)) {
        break;
      }
      a = s;
    }
    return a;
  }

  /** {@code end} moved forward over at most {@link #MAX_WORDS} content words in the sentence. */
  static int extendForward(String text, char[] c, int end, int ceiling, Set<String> stopwords) {
    int b = end;
    for (int w = 0; w < MAX_WORDS; w++) {
      int k = b;
      while (k < ceiling && c[k] == ' ') {
        k++;
      }
      if (k >= ceiling || k == b || !DraftReading.isLetterOrDigit(c[k]) || !isWordChar(c[k])) {
        break;
      }
      int e = wordEnd(c, k);
      if (e > ceiling || e - k > 40 || functionWord(text, c, k, e, stopwords)) {
        break;
      }
      b = e;
    }
    return b;
  }

  private static int wordEnd(char[] c, int s) {
    int e = s;
    while (e < c.length && isWordChar(c[e])) {
      e++;
    }
    return e;
  }

  /**
   * Letters, digits, and the apostrophes and hyphens inside a word; not ideographs or kana, which
   * are written without spaces (a Japanese draft's details are found by its cues).
   */
  private static boolean isWordChar(char ch) {
    return (DraftReading.isLetterOrDigit(ch) && (ch < 0x2E80 || ch > 0xD7FF)) || ch == '\'' || ch == '’' || ch == '-';
  }

  private static boolean isSign(char ch) {
    return ch == '$' || ch == '€' || ch == '£' || ch == '¥' || ch == '#' || ch == '₹';
  }

  private static boolean sentencePunct(char ch) {
    return ch == '.' || ch == '!' || ch == '?' || ch == ';' || ch == '。';
  }

  /**
   * True for a stop word, or a word of one or two letters ("to", "of", "zu", "de"): content words have
   * three letters or more, as {@link CustomerReading#contentWords} reads them.
   */
  private static boolean functionWord(String text, char[] c, int s, int e, Set<String> stopwords) {
    if (e - s < 3) {
      for (int k = s; k < e; k++) {
        if (DraftReading.isDigit(c[k])) {
          return false;
        }
      }
      return true;
    }
    return stopwords.contains(folded(text, s, e));
  }

  /** The word lower-cased without apostrophes, as the stop-word list holds it. */
  private static String folded(String text, int s, int e) {
    return CustomerReading.foldWithoutApostrophes(text, s, e);
  }
}
