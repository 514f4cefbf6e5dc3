package dev.empathy.review;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import dev.empathy.Emotion;
import dev.empathy.text.Graphemes;
import dev.empathy.text.UserText;
import dev.empathy.text.WordCounter;
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
 * @param calm whether a listener read the message and found neither a feeling nor urgency in it (a
 *     plain request or question: "can you change my seat"): the reply owes it no validation
 */
record CustomerReading(
    Optional<Emotion> emotion,
    boolean urgent,
    ImmutableSet<String> contentWords,
    ImmutableList<String> privateKeys,
    boolean question,
    Optional<String> feelingQuote,
    boolean calm) {

  static final int MAX_QUOTE = 90;

  static final CustomerReading NONE =
      new CustomerReading(Optional.empty(), false, ImmutableSet.of(), ImmutableList.of(), false, Optional.empty(), false);

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
    boolean question = asks(customerText) || opensWithQuestionWord(customerText, book.questionOpenerWords);
    return new CustomerReading(
        s.emotion(),
        s.urgent(),
        contentWords(customerText, book),
        publicChannel
            ? ImmutableList.copyOf(PrivateData.keys(PrivateData.find(reading.get(), book)))
            : ImmutableList.of(),
        question,
        s.emotion().isPresent() ? quote(customerText, s.evidenceAt()) : Optional.empty(),
        s.listened() && s.emotion().isEmpty() && !s.urgent()
            && (question || requests(customerText, book.requestWords, book.requestInsideWords)));
  }

  /**
   * True when the message has one of the language's request words ("I want to cancel", "quiero",
   * "住所を変更したいです"): as a whole word (letters and apostrophes), or, where the language is
   * matched inside words, anywhere. A message that only reports a problem ("the parcel was left in
   * the rain") has none, and its situation is still owed an acknowledgement.
   */
  static boolean requests(String text, Set<String> words, boolean insideWords) {
    if (words.isEmpty()) {
      return false;
    }
    String lower = text.toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
    if (insideWords) {
      for (String w : words) {
        if (lower.contains(w)) {
          return true;
        }
      }
      return false;
    }
    int n = lower.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetter(lower.charAt(i))) {
        i++;
      }
      int e = i;
      while (e < n && (Character.isLetter(lower.charAt(e)) || lower.charAt(e) == '\'')) {
        e++;
      }
      if (e > i && words.contains(lower.substring(i, e))) {
        return true;
      }
      i = e;
    }
    return false;
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
    if (words.isEmpty()) {
      return 0;
    }
    SharedWords shared = new SharedWords(words, book.synonyms);
    BreakIterator it = book.words();
    it.setText(text);
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      if (it.getRuleStatus() >= BreakIterator.WORD_NONE_LIMIT) {
        shared.word(text, start, end, it.getRuleStatus() >= BreakIterator.WORD_KANA, book);
      }
    }
    book.giveBackWords(it);
    return shared.count;
  }

  /**
   * {@link #sharedContentWords(String, RuleBook, Set)} of the whole draft {@code r}: the same
   * count, from the words the matcher's pass already found when the book's word rules are ICU's
   * root rules (no second segmentation of the draft), else from the book's word iterator.
   */
  static int sharedContentWords(DraftReading r, RuleBook book, Set<String> words) {
    if (words.isEmpty()) {
      return 0;
    }
    BreakIterator it = book.words();
    boolean root = WordCounter.usesRootRules(it);
    book.giveBackWords(it);
    if (!root) {
      return sharedContentWords(r.text, book, words);
    }
    WordCounter found = r.rootWords();
    SharedWords shared = new SharedWords(words, book.synonyms);
    for (int i = 0, n = found.size(); i < n; i++) {
      shared.word(r.text, found.start(i), found.end(i), found.kanaOrIdeographs(i), book);
    }
    return shared.count;
  }

  /**
   * The count of {@link #sharedContentWords}, word by word. Each word of the text is folded and
   * stemmed into one buffer and looked up by its characters: no string per word of the draft (the
   * largest part of qa's allocation was these strings).
   */
  private static final class SharedWords {
    private final WordTable table;
    private final boolean[] hit;
    private final char[] buf = new char[40];
    int count;

    SharedWords(Set<String> words, java.util.Map<String, String> synonyms) {
      table = new WordTable(words, synonyms);
      hit = new boolean[table.slots.length];
    }

    /** One word segment {@code text[start, end)} (a word or number in ICU's terms); {@code cjk}: kana or ideographs. */
    void word(String text, int start, int end, boolean cjk, RuleBook book) {
      if (end - start > 40) {
        return;
      }
      int n = foldAscii(text, start, end, buf);
      int slot;
      if (n >= 0) {
        n = stemLength(buf, n);
        slot = n >= 3 || (cjk && n >= 2) ? table.find(buf, n) : -1;
      } else {
        String w = stem(foldWithoutApostrophes(text, start, end));
        slot = w.length() >= 3 || (cjk && w.length() >= 2) ? table.find(w) : -1;
      }
      // The word found is one of the given words (or a synonym standing for one): the stop-word
      // test is asked of the given word.
      slot = slot >= 0 ? table.group[slot] : -1;
      if (slot >= 0 && !hit[slot] && !book.contentStopwords.contains(table.slots[slot])) {
        hit[slot] = true;
        count++;
      }
    }
  }

  /** {@link #sharedContentWords} as it was, with a string per word: what the property test compares with. */
  static int sharedContentWordsByStrings(String text, RuleBook book, Set<String> words) {
    Set<String> shared = new HashSet<>();
    eachContentWord(text, book, shared, words);
    return shared.size();
  }

  /**
   * {@link #foldWithoutApostrophes} into {@code out} when {@code text[start, end)} is ASCII and
   * curly apostrophes only (the folded length, at most {@code end - start}), else -1.
   */
  static int foldAscii(String text, int start, int end, char[] out) {
    int n = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 0x80 && c != '’') {
        return -1;
      }
      if (c != '\'' && c != '’') {
        out[n++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      }
    }
    return n;
  }

  /**
   * Stems the word {@code w[0, n)} in place and returns the stem's length: the one stemmer behind
   * {@link #stem}. A light English-shaped stem so that a word and its inflections meet ("charge",
   * "charged", "charges", "charging" all give "charg"; "ship", "shipped"; "delivery", "deliveries",
   * "delivered"): suffixes -ing, -ied/-ies, -ed and -s, then a final silent e, a final y after a
   * consonant, and a doubled final consonant. Other languages' endings are left alone, except the
   * same plural -s and final -e ("Paket"/"Pakete", "commande"/"commandes").
   */
  static int stemLength(char[] w, int n) {
    if (n > 5 && w[n - 3] == 'i' && w[n - 2] == 'n' && w[n - 1] == 'g') {
      n -= 3;
    } else if (n > 4 && w[n - 3] == 'i' && w[n - 2] == 'e' && (w[n - 1] == 'd' || w[n - 1] == 's')) {
      w[n - 3] = 'y';
      n -= 2;
    } else if (n > 4 && w[n - 2] == 'e' && w[n - 1] == 'd') {
      n -= w[n - 3] == 'e' ? 1 : 2;
    } else if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's') {
      n -= 1;
    }
    if (n > 4 && w[n - 1] == 'e') {
      n--;
    } else if (n > 4 && w[n - 1] == 'y' && consonant(w[n - 2])) {
      n--;
    }
    if (n > 3 && w[n - 1] == w[n - 2] && w[n - 1] != 's' && consonant(w[n - 1])) {
      n--;
    }
    return n;
  }

  private static boolean consonant(char c) {
    return c >= 'a' && c <= 'z' && "aeiouy".indexOf(c) < 0;
  }

  /** A set of words looked up by a span of characters (open addressing on the strings' own hash). */
  static final class WordTable {
    final String[] slots;
    /** For each slot, the slot of the given word it stands for: itself, or for a synonym, its group's word. */
    final int[] group;
    private final int mask;

    WordTable(Set<String> words) {
      this(words, java.util.Map.of());
    }

    /** The words, and each synonym whose group's word (its value) is one of them. */
    WordTable(Set<String> words, java.util.Map<String, String> synonyms) {
      int extra = 0;
      if (!synonyms.isEmpty()) {
        for (java.util.Map.Entry<String, String> e : synonyms.entrySet()) {
          extra += !e.getKey().equals(e.getValue()) && words.contains(e.getValue()) && !words.contains(e.getKey()) ? 1 : 0;
        }
      }
      int capacity = Integer.highestOneBit(Math.max(2, words.size() + extra) * 2 - 1) << 1;
      slots = new String[capacity];
      group = new int[capacity];
      mask = capacity - 1;
      for (String w : words) {
        int i = put(w);
        group[i] = i;
      }
      if (extra > 0) {
        for (java.util.Map.Entry<String, String> e : synonyms.entrySet()) {
          if (!e.getKey().equals(e.getValue()) && words.contains(e.getValue()) && !words.contains(e.getKey())) {
            group[put(e.getKey())] = find(e.getValue());
          }
        }
      }
    }

    private int put(String w) {
      int i = spread(w.hashCode()) & mask;
      while (slots[i] != null) {
        i = (i + 1) & mask;
      }
      slots[i] = w;
      return i;
    }

    /** The slot of the word {@code w[0, n)}, or -1. */
    int find(char[] w, int n) {
      int h = 0;
      for (int k = 0; k < n; k++) {
        h = 31 * h + w[k];
      }
      for (int i = spread(h) & mask; slots[i] != null; i = (i + 1) & mask) {
        String s = slots[i];
        if (s.length() == n && same(s, w, n)) {
          return i;
        }
      }
      return -1;
    }

    /** The slot of {@code w}, or -1. */
    int find(String w) {
      for (int i = spread(w.hashCode()) & mask; slots[i] != null; i = (i + 1) & mask) {
        if (slots[i].equals(w)) {
          return i;
        }
      }
      return -1;
    }

    private static boolean same(String s, char[] w, int n) {
      for (int k = 0; k < n; k++) {
        if (s.charAt(k) != w[k]) {
          return false;
        }
      }
      return true;
    }

    private static int spread(int h) {
      return h ^ (h >>> 16);
    }
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
      w = book.synonyms.getOrDefault(w, w);
      boolean cjk = it.getRuleStatus() >= BreakIterator.WORD_KANA;
      if ((w.length() >= 3 || (cjk && w.length() >= 2)) && !book.contentStopwords.contains(w) && (only == null || only.contains(w))) {
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

  /** {@link #stemLength} of a whole word: "charge" and "charged", "night" and "nights" meet. */
  static String stem(String w) {
    char[] c = w.toCharArray();
    int n = stemLength(c, c.length);
    return n == c.length ? w : new String(c, 0, n);
  }
}
