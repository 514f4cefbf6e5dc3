package dev.empathy.review;

import com.google.common.collect.ImmutableList;
import dev.empathy.text.Graphemes;
import dev.empathy.text.PhraseMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Turns a {@link DraftReading} into friction findings: rule phrases weighed against their context
 * (quotes, neighbouring words, what follows in the sentence), internal-code shapes, and the
 * channel's limits and exposure.
 */
final class FrictionScan {
  private static final int MAX_QUOTE_CHECK = 400;
  /** Longer customer messages are not searched for quoted sentences, so review time stays linear. */
  private static final int MAX_CUSTOMER_SEARCH = 20_000;
  private static final java.util.regex.Pattern CODE_LIKE =
      java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])[\\p{L}\\p{N}-]*\\p{N}[\\p{L}\\p{N}-]*");

  private FrictionScan() {}

  /**
   * The findings of {@code r}; {@code customerReading} reads {@code customerText} (null without one) once for the whole review;
   * {@code customerThanked} when the customer's message thanks us (and asks nothing).
   */
  static ImmutableList<FrictionFinding> scan(
      DraftReading r,
      RuleBook book,
      RuleBook.ChannelProfile channel,
      List<String> customerPrivate,
      String customerText,
      DraftReading.Once customerReading,
      boolean customerThanked) {
    List<FrictionFinding> found = new ArrayList<>();
    Map<Integer, Boolean> quotedSentences = new HashMap<>();
    String searchable = customerText != null && customerText.length() <= MAX_CUSTOMER_SEARCH ? customerText : null;
    String customerFolded = searchable == null ? null : searchable.toLowerCase(Locale.ROOT).replace('’', '\'');
    // Answered: something done, done now, fixed, or a first-person step promised for today ("I'll send a replacement today").
    boolean answered = !r.cues("action.done").isEmpty() || !r.cues("action.now").isEmpty() || !r.cues("resolved").isEmpty()
        || !r.cues("action.today").isEmpty();
    // A thank-you is answered by thanks back: "Thanks so much for letting us know!" to "the new
    // router works great" hides no answer.
    boolean excused = answered || customerThanked;
    Map<FrictionRule, Integer> counts = new HashMap<>();
    for (PhraseMatcher.Match<Cue> m : r.matches) {
      if (m.payload() instanceof Cue.Rule c) {
        FrictionRule rule = c.rule();
        if ((rule.unlessAnswered() && excused)
            || (rule.unlessCustomerSaid() && customerSaid(customerFolded, m.text()))
            || neighbourExcuses(r.text, rule, m)) {
          continue;
        }
        FrictionFinding f = weigh(r, book, rule, m, searchable, quotedSentences);
        if (f != null && (c.rule().atLeast() <= 1 || counts.merge(c.rule(), 1, Integer::sum) == c.rule().atLeast())) {
          found.add(f);
        }
      }
    }
    if (!book.tokenRules.isEmpty()) {
      tokenFindings(r, book, found);
    }
    if (book.placeholderRule != null) {
      placeholderFindings(r, book, book.placeholderRule, found);
    }
    // Two steps or more ("Head to acme.com/reset, enter your email and tap Send link") answer with
    // the way through; one pointer ("go to our FAQ") still points elsewhere.
    if (book.linkOnlyRule != null && searchable != null && !answered && r.cues("instruction").size() < 2) {
      linkOnlyFinding(r, book, book.linkOnlyRule, searchable, customerReading.get(), found);
    }
    if (channel != null) {
      channelFindings(r, book, channel, customerPrivate, found);
    }
    return resolve(found);
  }

  /**
   * Token-shaped rules (ticket ids, which always carry a digit) are tried only at the start of a
   * word that has a digit, each within a short window. The words are found from the draft's runs
   * of digits (one scan, shared with the clock times), not by a pass of their own.
   */
  private static void tokenFindings(DraftReading r, RuleBook book, List<FrictionFinding> found) {
    String text = r.text;
    int n = text.length();
    int[] runs = r.digitRuns();
    List<Matcher> matchers = null;
    int wordEnd = -1;
    for (int k = 1; k <= runs[0]; k++) {
      int d = runs[k];
      if (d < wordEnd) {
        continue; // another run of digits in the word just tried
      }
      long w = digitWord(r.chars, d);
      int start = (int) (w >>> 32);
      wordEnd = (int) w;
      if (matchers == null) {
        matchers = new ArrayList<>(book.tokenRules.size());
        for (FrictionRule rule : book.tokenRules) {
          matchers.add(rule.token().matcher(text));
        }
      }
      for (int i = 0; i < matchers.size(); i++) {
        Matcher m = matchers.get(i);
        m.region(start, Math.min(n, start + 64));
        m.useTransparentBounds(true);
        if (m.lookingAt() && !r.quoted(start) && !r.inAddress(start)) {
          FrictionRule rule = book.tokenRules.get(i);
          found.add(finding(r, book, rule, rule.severity(), rule.rewrite(), start, DraftReading.graphemeEnd(text, m.end())));
        }
      }
    }
  }

  /**
   * The word around the digit at {@code d}, as {@code start << 32 | end}: a word is a run of
   * letters, digits and hyphens from its first letter or digit on (what a scan of every word from
   * the start of the text finds: leading hyphens are not part of it).
   */
  static long digitWord(char[] chars, int d) {
    int n = chars.length;
    int start = d;
    while (start > 0 && wordChar(chars[start - 1])) {
      start--;
    }
    while (!DraftReading.isLetterOrDigit(chars[start])) {
      start++; // a hyphen; the digit at d stops this
    }
    int end = d + 1;
    while (end < n && wordChar(chars[end])) {
      end++;
    }
    return (long) start << 32 | end;
  }

  private static boolean wordChar(char c) {
    return DraftReading.isLetterOrDigit(c) || c == '-';
  }

  /**
   * The next word from {@code from} on (a run of letters, digits and hyphens that starts with a
   * letter or digit) that has a digit, as {@code start << 32 | end}, or -1: the scan of every word
   * that {@link #digitWord} replaces, kept as the reference for its property test.
   */
  static long nextDigitWord(char[] chars, int from) {
    int n = chars.length;
    for (int i = from; i < n; i++) {
      if (!DraftReading.isLetterOrDigit(chars[i])) {
        continue;
      }
      int j = i;
      boolean digit = false;
      while (j < n && (DraftReading.isLetterOrDigit(chars[j]) || chars[j] == '-')) {
        digit |= DraftReading.isDigit(chars[j]);
        j++;
      }
      if (digit) {
        return (long) i << 32 | j;
      }
      i = j; // chars[j] ends the word: not a letter or digit
    }
    return -1;
  }

  /**
   * A customer's question met with only a link or a pointer: the customer asked (a sentence with a
   * question mark, or opening with a word of the {@code question-openers} classes after any
   * @handles), and every sentence of the reply either points elsewhere (a web address, a word of
   * the {@code pointers} classes, or a match of one of the {@code pointer-rules}) or shares no content word
   * with the question, and no sentence gives a number (a time, a price, a step count) outside an
   * address or @handle. The finding covers the first pointing sentence. A pointing sentence's own
   * words don't count as an answer ("see our refund policy" names the topic, it doesn't answer).
   */
  private static void linkOnlyFinding(
      DraftReading r, RuleBook book, FrictionRule rule, String customerText, DraftReading c, List<FrictionFinding> found) {
    java.util.Set<String> asked = new java.util.HashSet<>();
    for (int i = 0; i < c.sentenceCount(); i++) {
      int s = c.sentenceStart(i);
      int e = c.sentenceEnd(i);
      String sentence = customerText.substring(s, e);
      if (CustomerReading.asks(sentence) || anyClassAt(c, book.questionOpeners, firstWord(customerText, s, e))) {
        asked.addAll(CustomerReading.contentWords(sentence, book));
      }
    }
    if (asked.isEmpty()) {
      return;
    }
    String t = r.text;
    int[] pointerRuleStarts = pointerRuleStarts(r, book);
    int pointerStart = -1;
    int pointerEnd = -1;
    for (int i = 0; i < r.sentenceCount(); i++) {
      int s = r.sentenceStart(i);
      int e = r.sentenceEnd(i);
      if (r.quoted(s)) {
        continue;
      }
      boolean address = false;
      for (int k = s; k < e; k++) {
        char ch = t.charAt(k);
        if (r.inAddress(k)) {
          address = true;
        } else if (ch == '@' || ch == '#') {
          while (k + 1 < e && !Character.isWhitespace(t.charAt(k + 1))) {
            k++;
          }
        } else if (Character.isDigit(ch)) {
          return;
        }
      }
      boolean pointer = address || anyClassIn(r, book.pointerWords, s, e) || anyIn(pointerRuleStarts, s, e);
      if (pointer) {
        if (pointerStart < 0) {
          pointerStart = s;
          pointerEnd = e;
        }
      } else if (CustomerReading.sharedContentWords(t.substring(s, e), book, asked) > 0) {
        return;
      }
    }
    if (pointerStart < 0) {
      return;
    }
    while (pointerStart < pointerEnd && Character.isWhitespace(t.charAt(pointerStart))) {
      pointerStart++;
    }
    while (pointerEnd > pointerStart && Character.isWhitespace(t.charAt(pointerEnd - 1))) {
      pointerEnd--;
    }
    if (pointerStart < pointerEnd) {
      found.add(finding(r, book, rule, rule.severity(), rule.rewrite(), pointerStart, pointerEnd));
    }
  }

  /** The offset of the first word of {@code [s, e)} after spaces, punctuation and @handles. */
  private static int firstWord(String t, int s, int e) {
    int k = s;
    while (k < e) {
      char ch = t.charAt(k);
      if (ch == '@') {
        while (k < e && !Character.isWhitespace(t.charAt(k))) {
          k++;
        }
      } else if (Character.isLetterOrDigit(ch)) {
        return k;
      } else {
        k++;
      }
    }
    return e;
  }

  private static boolean anyClassAt(DraftReading r, List<String> classes, int at) {
    return anyClassIn(r, classes, at, at + 1);
  }

  private static boolean anyClassIn(DraftReading r, List<String> classes, int from, int to) {
    for (String name : classes) {
      if (r.classIn(name, from, to)) {
        return true;
      }
    }
    return false;
  }

  /** Where pointer rules ({@code pointer-rules}, e.g. "see our FAQ") matched, in text order. */
  private static int[] pointerRuleStarts(DraftReading r, RuleBook book) {
    return r.matches.stream()
        .filter(m -> m.payload() instanceof Cue.Rule c && book.pointerRules.contains(c.rule().id()))
        .mapToInt(PhraseMatcher.Match::start)
        .sorted()
        .toArray();
  }

  /** True when one of the sorted {@code starts} lies in {@code [s, e)}. */
  private static boolean anyIn(int[] starts, int s, int e) {
    int i = java.util.Arrays.binarySearch(starts, s);
    if (i < 0) {
      i = -i - 1;
    }
    return i < starts.length && starts[i] < e;
  }

  /** The longest field name a template placeholder has ("{{customer.first_name}}"). */
  private static final int MAX_FIELD = 40;

  /**
   * Unfilled template fields, in one pass: {@code {first_name}}, {@code {{customer.name}}}, {@code
   * ${name}}, {@code [AGENT NAME]}, {@code [X]}, {@code <FIRST_NAME>}, {@code %NAME%}. Square and
   * angle brackets count only when the name is upper case or snake_case, so "[sic]", footnotes
   * "[1]", Markdown links "[here](…)" and HTML tags are left alone. Each opener looks at most
   * {@value #MAX_FIELD} characters ahead, so the scan is linear.
   */
  private static void placeholderFindings(DraftReading r, RuleBook book, FrictionRule rule, List<FrictionFinding> found) {
    String t = r.text;
    int n = t.length();
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      char close = c == '{' ? '}' : c == '[' ? ']' : c == '<' ? '>' : c == '%' ? '%' : 0;
      if (close == 0 || r.quoted(i)) {
        continue;
      }
      int open = i;
      while (open + 1 < n && t.charAt(open + 1) == c && open - i < 2) {
        open++;
      }
      int end = -1;
      for (int j = open + 1; j < n && j - open <= MAX_FIELD + 1; j++) {
        char d = t.charAt(j);
        if (d == close) {
          end = j;
          break;
        }
        if (d == '\n' || d == c) {
          break;
        }
      }
      if (end < 0 || !fieldName(t, open + 1, end, c)) {
        continue;
      }
      int stop = end + 1;
      while (stop < n && t.charAt(stop) == close && stop - end <= open - i) {
        stop++;
      }
      if (c == '[' && stop < n && t.charAt(stop) == '(') {
        continue; // a Markdown link
      }
      if (c == '{' && i > 0 && t.charAt(i - 1) == '$') {
        i--;
      }
      int e = DraftReading.graphemeEnd(t, stop);
      found.add(finding(r, book, rule, rule.severity(), rule.rewrite(), DraftReading.graphemeStart(t, i), e));
      i = e - 1;
    }
  }

  /** True when {@code t[from, to)} reads as a template field name for an opener {@code c}. */
  private static boolean fieldName(String t, int from, int to, char c) {
    if (to <= from) {
      return false;
    }
    boolean letter = false;
    boolean lower = false;
    boolean snake = false;
    boolean space = false;
    for (int k = from; k < to; k++) {
      char d = t.charAt(k);
      if (Character.isLetter(d)) {
        letter = true;
        lower |= Character.isLowerCase(d);
      } else if (d == '_' || d == '.') {
        snake = true;
      } else if (d == ' ') {
        space = true;
      } else if (!Character.isDigit(d) && d != '-') {
        return false;
      }
    }
    if (!letter || t.charAt(from) == ' ' || t.charAt(to - 1) == ' ') {
      return false;
    }
    return switch (c) {
      case '{' -> true;
      case '%' -> !space && (snake || !lower);
      case '[' -> !lower || titleWords(t, from, to);
      default -> snake || (!lower && to - from >= 2) || titleWords(t, from, to);
    };
  }

  /** "Customer Name", "Order Number": two or more words, each capitalised, as template fields are named. */
  private static boolean titleWords(String t, int from, int to) {
    int words = 0;
    boolean wordStart = true;
    for (int k = from; k < to; k++) {
      char d = t.charAt(k);
      if (d == ' ') {
        wordStart = true;
        continue;
      }
      if (wordStart) {
        if (!Character.isUpperCase(d)) {
          return false;
        }
        words++;
        wordStart = false;
      }
    }
    return words >= 2;
  }

  private static FrictionFinding weigh(
      DraftReading r,
      RuleBook book,
      FrictionRule rule,
      PhraseMatcher.Match<Cue> m,
      String customerText,
      Map<Integer, Boolean> quotedSentences) {
    if (r.quoted(m.start())
        || r.inAddress(m.start())
        || (customerText != null
            && quotedSentences.computeIfAbsent(r.sentence(m.start()), s -> quotesCustomer(r, s, customerText)))) {
      return null;
    }
    if (r.excepted(rule, m.start(), m.end())) {
      return null;
    }
    int sentence = r.sentence(m.start());
    int sentenceEnd = r.sentenceEnd(sentence);
    // A condition before the match makes a modal a real condition, not a hedge ("if it still fails,
    // you might need a new cable").
    for (String c : rule.unlessEarlier()) {
      if (r.classIn(c, r.sentenceStart(sentence), m.start())) {
        return null;
      }
    }
    // A verb-final language puts the time first ("明日の正午に…ご連絡"): its data asks to look back too.
    for (String c : rule.unless()) {
      if ((book.unlessBefore && r.classIn(c, r.sentenceStart(sentence), m.start())) || r.classIn(c, m.end(), sentenceEnd)) {
        return null;
      }
    }
    // Severity and rewrite weigh the whole sentence: "refunds are final per our policy" is a refusal too.
    Severity severity = rule.severity();
    for (String c : rule.raiseIf()) {
      if (around(r, c, r.sentenceStart(sentence), m, sentenceEnd)) {
        severity = severity.higher();
        break;
      }
    }
    for (String c : rule.lowerIf()) {
      if (around(r, c, r.sentenceStart(sentence), m, sentenceEnd)) {
        severity = severity.lower();
        break;
      }
    }
    String template = rule.rewrite();
    for (Map.Entry<String, String> alt : rule.rewriteByClass().entrySet()) {
      if (around(r, alt.getKey(), r.sentenceStart(sentence), m, sentenceEnd)) {
        template = alt.getValue();
        break;
      }
    }
    return finding(r, book, rule, severity, template, m.start(), m.end());
  }

  private static final int NEIGHBOUR_WINDOW = 40;

  /** True when the word just before or just after the match is one the rule's data excuses. */
  private static boolean neighbourExcuses(String text, FrictionRule rule, PhraseMatcher.Match<Cue> m) {
    if (!rule.wordsNotBefore().isEmpty()) {
      String before = neighbours(text, Math.max(0, m.start() - NEIGHBOUR_WINDOW), m.start()).stripTrailing();
      for (String w : rule.wordsNotBefore()) {
        if (before.endsWith(w) && (before.length() == w.length() || !Character.isLetterOrDigit(before.charAt(before.length() - w.length() - 1)))) {
          return true;
        }
      }
    }
    if (!rule.wordsNotAfter().isEmpty()) {
      String after = neighbours(text, m.end(), Math.min(text.length(), m.end() + NEIGHBOUR_WINDOW)).stripLeading();
      for (String w : rule.wordsNotAfter()) {
        if (after.startsWith(w) && (after.length() == w.length() || !Character.isLetterOrDigit(after.charAt(w.length())))) {
          return true;
        }
      }
    }
    return false;
  }

  private static String neighbours(String text, int from, int to) {
    return text.substring(from, to).toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  /** True when the customer used the matched term themselves (so it is their word, not jargon). */
  private static boolean customerSaid(String customerFolded, String term) {
    return customerFolded != null && customerFolded.contains(term.toLowerCase(Locale.ROOT).replace('’', '\''));
  }

  /** True when a word of class {@code c} starts in the sentence, before or after the match. */
  private static boolean around(DraftReading r, String c, int from, PhraseMatcher.Match<Cue> m, int to) {
    return r.classIn(c, from, m.start()) || r.classIn(c, m.end(), to);
  }

  /** True when sentence {@code s} is copied from the customer's own message. */
  private static boolean quotesCustomer(DraftReading r, int s, String customerText) {
    if (r.sentenceEnd(s) - r.sentenceStart(s) > MAX_QUOTE_CHECK + 8) {
      return false;
    }
    String sentence = r.text.substring(r.sentenceStart(s), r.sentenceEnd(s)).strip();
    int e = sentence.length();
    while (e > 0 && ".!?…".indexOf(sentence.charAt(e - 1)) >= 0) {
      e--;
    }
    sentence = sentence.substring(0, e);
    return sentence.length() >= 12 && sentence.length() <= MAX_QUOTE_CHECK && customerText.contains(sentence);
  }

  private static FrictionFinding finding(
      DraftReading r, RuleBook book, FrictionRule rule, Severity severity, String template, int start, int end) {
    // Every span starts and ends on a grapheme boundary, whichever rule found it (a match may begin
    // after a combining mark or inside an emoji sequence that the draft opens with).
    start = DraftReading.graphemeStart(r.text, start);
    end = Math.max(start, DraftReading.graphemeEnd(r.text, end));
    String text = r.text.substring(start, end);
    if (template.indexOf('{') < 0) {
      return new FrictionFinding(rule.id(), rule.category(), severity, start, end, text, rule.reason(), template);
    }
    // The rewrite is built when first asked for: the findings resolve() drops, and those of a
    // caller that reads only scores or spans (qa), never need it.
    int sentence = r.sentence(start);
    return FrictionFinding.pending(
        rule.id(),
        rule.category(),
        severity,
        start,
        end,
        text,
        rule.reason(),
        new Rewrite.Pending(r.text, r.sentenceStart(sentence), r.sentenceEnd(sentence), rule, template, start, end, book.locale, book.determiners, book.inversion));
  }

  private static void channelFindings(
      DraftReading r, RuleBook book, RuleBook.ChannelProfile channel, List<String> customerPrivate, List<FrictionFinding> out) {
    FrictionRule tooLong = book.rules.get("channel.too_long");
    if (tooLong != null) {
      int warnAt = -1;
      int errorAt = -1;
      if (channel.warnWords() != Integer.MAX_VALUE || channel.errorWords() != Integer.MAX_VALUE) {
        int[] cut = wordOffsets(r.text, channel.warnWords(), channel.errorWords());
        warnAt = cut[0];
        errorAt = cut[1];
      }
      if (channel.warnGraphemes() != Integer.MAX_VALUE && Graphemes.count(r.text) > channel.warnGraphemes()) {
        warnAt = Graphemes.indexAfter(r.text, channel.warnGraphemes());
        if (Graphemes.count(r.text) > channel.errorGraphemes()) {
          errorAt = Graphemes.indexAfter(r.text, channel.errorGraphemes());
        }
      }
      if (warnAt >= 0) {
        Severity s = errorAt >= 0 ? tooLong.severity().higher() : tooLong.severity();
        out.add(
            new FrictionFinding(
                tooLong.id(), tooLong.category(), s, warnAt, r.text.length(), r.text.substring(warnAt), tooLong.reason(), tooLong.rewrite()));
      }
    }
    FrictionRule privateData = book.rules.get("channel.private_data");
    if (privateData != null && channel.isPublic()) {
      for (PrivateData.Item item : PrivateData.find(r, book)) {
        int s = DraftReading.graphemeStart(r.text, item.start());
        int e = DraftReading.graphemeEnd(r.text, item.end());
        out.add(finding(r, book, privateData, privateData.severity(), privateData.rewrite(), s, e));
      }
      if (!customerPrivate.isEmpty()) {
        repeatedCustomerData(r, book, privateData, customerPrivate, out);
      }
    }
  }

  /** The customer's own numbers repeated without a keyword ("12345678" from "my account 12345678"). */
  private static void repeatedCustomerData(
      DraftReading r, RuleBook book, FrictionRule rule, List<String> keys, List<FrictionFinding> out) {
    Set<String> wanted = new java.util.HashSet<>(keys);
    Matcher m = CODE_LIKE.matcher(r.text);
    while (m.find()) {
      if (m.end() - m.start() >= 4 && wanted.contains(m.group().replace("-", "").toLowerCase(java.util.Locale.ROOT))) {
        out.add(finding(r, book, rule, rule.severity(), rule.rewrite(), m.start(), DraftReading.graphemeEnd(r.text, m.end())));
      }
    }
  }

  /** The UTF-16 offsets where the draft passes {@code warn} and {@code error} words, or -1. */
  private static int[] wordOffsets(String text, int warn, int error) {
    int words = 0;
    int warnAt = -1;
    int errorAt = -1;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = !Character.isWhitespace(text.charAt(i));
      if (letter && !inWord) {
        words++;
        if (words == warn + 1) {
          warnAt = i;
        }
        if (words == error + 1) {
          errorAt = i;
        }
      }
      inWord = letter;
    }
    return new int[] {warnAt, errorAt};
  }

  /**
   * Keeps one finding per stretch of text and rule: of a rule's overlapping matches ("there's
   * nothing I can" and "nothing I can do") the first and longest; drops a finding that lies inside
   * an earlier one of its category; and drops a hint (info) that lies inside another finding ("as
   * per" inside "as per our terms").
   */
  private static ImmutableList<FrictionFinding> resolve(List<FrictionFinding> found) {
    found.sort(
        Comparator.comparingInt(FrictionFinding::start)
            .thenComparing(Comparator.comparingInt(FrictionFinding::end).reversed())
            .thenComparing(f -> -f.severity().ordinal()));
    List<FrictionFinding> kept = new ArrayList<>(found.size());
    // Each rule's and each category's reach so far, held unboxed (-1: none yet; an end is never
    // negative): a long draft's hundreds of findings update them without an Integer each.
    Map<String, int[]> ruleReach = new HashMap<>();
    int[] categoryReach = new int[FrictionCategory.values().length];
    java.util.Arrays.fill(categoryReach, -1);
    int reach = 0;
    for (FrictionFinding f : found) {
      int[] end = ruleReach.get(f.rule());
      if (end != null && f.start() < end[0]) {
        continue;
      }
      // Two rules of one family on the same words ("should hopefully" as a modal and a softener)
      // are one piece of advice: the first and longest is kept.
      int category = f.category().ordinal();
      if (f.end() <= categoryReach[category]) {
        continue;
      }
      if (f.severity() == Severity.INFO && f.end() <= reach) {
        continue;
      }
      kept.add(f);
      if (end == null) {
        ruleReach.put(f.rule(), new int[] {f.end()});
      } else {
        end[0] = f.end();
      }
      categoryReach[category] = Math.max(categoryReach[category], f.end());
      reach = Math.max(reach, f.end());
    }
    dropTogether(kept);
    return ImmutableList.copyOf(kept);
  }

  /**
   * Policy hedges that share a sentence ("Unfortunately, as per our policy, we can't…") are taken
   * out together: each finding's rewrite drops the others' phrases too, so no suggestion keeps
   * what another one flags. {@code kept} is in order of start.
   */
  private static void dropTogether(List<FrictionFinding> kept) {
    for (int i = 0; i < kept.size(); i++) {
      Rewrite.Pending p = droppingHedge(kept.get(i));
      if (p == null) {
        continue;
      }
      int[] others = new int[0];
      for (FrictionFinding g : kept) {
        Rewrite.Pending q = droppingHedge(g);
        if (g != kept.get(i) && q != null && q.sentenceStart() == p.sentenceStart()
            && (g.end() <= p.start() || g.start() >= p.end())) {
          others = java.util.Arrays.copyOf(others, others.length + 2);
          others[others.length - 2] = g.start();
          others[others.length - 1] = g.end();
        }
      }
      if (others.length > 0) {
        kept.set(i, kept.get(i).withRewrite(p.alsoDropping(others)));
      }
    }
  }

  private static Rewrite.Pending droppingHedge(FrictionFinding f) {
    Rewrite.Pending p = f.pendingRewrite();
    return f.category() == FrictionCategory.POLICY_HIDING && p != null && p.dropsItsMatch() ? p : null;
  }
}
