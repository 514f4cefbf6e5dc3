package dev.empathy.review;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import dev.empathy.Emotion;
import dev.empathy.text.Graphemes;
import dev.empathy.text.UserText;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What the rubric needs to know about the customer's message: the emotion and urgency the signals
 * found (empty when no analyser is plugged in), the content words a reflective summary would
 * echo, and the private data a public reply must not repeat.
 *
 * @param emotion the customer's primary emotion, if known and not neutral
 * @param urgent whether the message carries urgency or a deadline
 * @param contentWords folded content words of the message, for summary overlap
 * @param privateKeys normalised private data (digits, addresses) found in the message
 * @param question whether the message asks something ("?", "？", "¿")
 * @param feelingQuote the customer's sentence that shows the emotion, without its final
 *     punctuation and cut at a word near {@value #MAX_QUOTE} characters, for a coaching note
 */
record CustomerReading(
    Optional<Emotion> emotion,
    boolean urgent,
    ImmutableSet<String> contentWords,
    ImmutableList<String> privateKeys,
    boolean question,
    Optional<String> feelingQuote) {

  static final int MAX_QUOTE = 90;

  static final CustomerReading NONE =
      new CustomerReading(Optional.empty(), false, ImmutableSet.of(), ImmutableList.of(), false, Optional.empty());

  /**
   * Reads the customer's message; {@code signals} adds emotion and urgency when available. Its
   * private data is looked for only when {@code publicChannel} (the only check that reads it), in
   * {@code reading}, the message's reading that the review's other checks share.
   */
  static CustomerReading read(String customerText, DraftReading.Once reading, RuleBook book, CustomerSignals signals, boolean publicChannel) {
    if (customerText == null || UserText.clean(customerText).strip().isEmpty()) {
      return NONE;
    }
    CustomerSignals.Reading s = signals.read(customerText);
    return new CustomerReading(
        s.emotion(),
        s.urgent(),
        contentWords(customerText, book),
        publicChannel
            ? ImmutableList.copyOf(PrivateData.keys(PrivateData.find(reading.get(), book)))
            : ImmutableList.of(),
        asks(customerText) || opensWithQuestionWord(customerText, book.questionOpenerWords),
        s.emotion().isPresent() ? quote(customerText, s.evidenceAt()) : Optional.empty());
  }

  /** The sentence of {@code text} around {@code at}: from the last break before it to the next one. */
  static Optional<String> quote(String text, int at) {
    if (at < 0 || at >= text.length()) {
      return Optional.empty();
    }
    int from = at;
    while (from > 0 && at - from < 400 && ".!?\n。！？".indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    int to = at;
    while (to < text.length() && to - at < 400 && ".!?\n。！？".indexOf(text.charAt(to)) < 0) {
      to++;
    }
    String q = UserText.clean(text.substring(from, to)).strip();
    if (q.length() > MAX_QUOTE) {
      int cut = q.lastIndexOf(' ', MAX_QUOTE);
      q = (cut > MAX_QUOTE / 2 ? q.substring(0, cut) : Graphemes.truncate(q, MAX_QUOTE)).strip() + "…";
    }
    return q.isEmpty() || q.codePoints().noneMatch(Character::isLetter) ? Optional.empty() : Optional.of(q);
  }

  /**
   * True when the message's first word, after @handles and punctuation, opens a question ("where's
   * my order #88213", "can I bring my dog on the train"): customers often leave the mark out.
   */
  static boolean opensWithQuestionWord(String text, Set<String> openers) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '@' || c == '#') {
        while (i < n && !Character.isWhitespace(text.charAt(i))) {
          i++;
        }
      } else if (Character.isLetter(c)) {
        break;
      } else {
        i++;
      }
    }
    int e = i;
    while (e < n && e - i < 20 && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '\'' || text.charAt(e) == '’')) {
      e++;
    }
    return e > i && openers.contains(text.substring(i, e).toLowerCase(java.util.Locale.ROOT).replace('’', '\''));
  }

  /** True when the text has a question mark of any script outside a quoted line. */
  static boolean asks(String text) {
    boolean quotedLine = false;
    boolean lineStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (lineStart && c == '>') {
        quotedLine = true;
      }
      if (c == '\n') {
        lineStart = true;
        quotedLine = false;
        continue;
      }
      if (!Character.isWhitespace(c)) {
        lineStart = false;
      }
      if (!quotedLine && (c == '?' || c == '？' || c == '¿')) {
        return true;
      }
    }
    return false;
  }

  /** Folded content words: letters or digits, not stop words, at least 3 characters (or any CJK word). */
  static ImmutableSet<String> contentWords(String text, RuleBook book) {
    Set<String> out = new HashSet<>();
    eachContentWord(text, book, out, null);
    return ImmutableSet.copyOf(out);
  }

  /**
   * How many distinct {@link #contentWords} of {@code text} are in {@code words}: what the size of
   * their intersection is, without a set of every word of the text.
   */
  static int sharedContentWords(String text, RuleBook book, Set<String> words) {
    Set<String> shared = new HashSet<>();
    eachContentWord(text, book, shared, words);
    return shared.size();
  }

  /** Adds each content word of {@code text} to {@code out}, or only those in {@code only} when it is not null. */
  private static void eachContentWord(String text, RuleBook book, Set<String> out, Set<String> only) {
    BreakIterator it = book.words();
    it.setText(text);
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      if (it.getRuleStatus() < BreakIterator.WORD_NONE_LIMIT || end - start > 40) {
        continue;
      }
      String w = stem(foldWithoutApostrophes(text, start, end));
      boolean cjk = it.getRuleStatus() >= BreakIterator.WORD_KANA;
      if ((w.length() >= 3 || (cjk && w.length() >= 2)) && !book.stopwords.contains(w) && (only == null || only.contains(w))) {
        out.add(w);
      }
    }
    book.giveBackWords(it);
  }

  /**
   * {@code text[start, end)} case-folded (ICU's default full folding) without its apostrophes
   * ({@code '} and {@code ’}). A word of ASCII and curly apostrophes, as most are, is folded here
   * by lowering A to Z (full folding changes no other ASCII character); any other goes through ICU.
   */
  static String foldWithoutApostrophes(String text, int start, int end) {
    char[] out = null;
    int n = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 0x80 && c != '’') {
        return UCharacter.foldCase(text.substring(start, end), true).replace("’", "").replace("'", "");
      }
      if (c != '\'' && c != '’') {
        if (out == null) {
          out = new char[end - start];
        }
        out[n++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      }
    }
    return n == 0 ? "" : new String(out, 0, n);
  }

  /** A light stem so "charge" and "charged", "night" and "nights" meet. */
  static String stem(String w) {
    if (w.length() > 5 && w.endsWith("ing")) {
      return w.substring(0, w.length() - 3);
    }
    if (w.length() > 4 && w.endsWith("ed")) {
      return w.substring(0, w.length() - (w.endsWith("ied") ? 3 : w.charAt(w.length() - 3) == 'e' ? 1 : 2));
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }
}
