package dev.empathy.signal;

import dev.empathy.text.PhraseMatcher.Match;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Marks of irony read from the shape of a sentence rather than from a list of phrases. For now:
 * praise taken back by a denial that ends the sentence on its own ("awesome service... not",
 * "Great job. NOT!", "loving this, not"); a word of praise opening its sentence as an interjection
 * ("great, another delay"); a word of praise opening an exclamative clause ("amazing how…"); a
 * contrast that denies a thing ("…but not my house"). A denial that is part of the clause ("it's
 * not", "whether or not") takes nothing back. The few words these shapes need are data per
 * language ({@code irony.tsv}); a language without a row reads none. Immutable and thread-safe.
 */
final class Irony {
  private static final String SET_APART = ".…,-—–!;:";
  private static final String SENTENCE_ENDS = ".!?…\n。！？";

  /**
   * A language's words of {@code irony.tsv}: exclamatives ({@code how}), openers of a thing
   * ({@code thing}), words of astonishment ({@code surprise}), the addressee as a subject, alone
   * ({@code you}) or with its verb "to be" fused in ({@code youare}) before a noun ({@code
   * article}), and the words of a price paid
   * in vain: paying ({@code paid}), what it was for ({@code purpose}), and getting no more than
   * anyone ({@code same}).
   */
  private record Words(
      Set<String> how, Set<String> thing, Set<String> surprise, Set<String> you, Set<String> youAre, Set<String> article, Set<String> paid,
      Set<String> purpose, Set<String> same) {}

  private static final List<String> ROLES = List.of("how", "thing", "surprise", "you", "youare", "article", "paid", "purpose", "same");
  private static final Words NONE = new Words(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
  private static final Map<String, Words> BY_TAG = load();

  private Irony() {}

  private static Map<String, Words> load() {
    Map<String, Map<String, Set<String>>> byRole = new HashMap<>();
    for (String row : Lexicon.lines("irony.tsv", false)) {
      if (row.isBlank() || row.startsWith("#")) {
        continue;
      }
      String[] f = row.split("\t");
      if (f.length != 3 || !ROLES.contains(f[0])) {
        throw new IllegalStateException("irony.tsv: expected " + String.join("|", ROLES) + "<TAB>tag<TAB>word|word: " + row);
      }
      if (byRole.computeIfAbsent(f[1], k -> new HashMap<>()).put(f[0], Set.of(f[2].split("\\|"))) != null) {
        throw new IllegalStateException("irony.tsv: " + f[0] + " for " + f[1] + " is listed twice: " + row);
      }
    }
    Map<String, Words> out = new HashMap<>();
    for (Map.Entry<String, Map<String, Set<String>>> en : byRole.entrySet()) {
      Map<String, Set<String>> r = en.getValue();
      out.put(
          en.getKey(),
          new Words(
              r.getOrDefault("how", Set.of()), r.getOrDefault("thing", Set.of()), r.getOrDefault("surprise", Set.of()),
              r.getOrDefault("you", Set.of()), r.getOrDefault("youare", Set.of()), r.getOrDefault("article", Set.of()),
              r.getOrDefault("paid", Set.of()),
              r.getOrDefault("purpose", Set.of()), r.getOrDefault("same", Set.of())));
    }
    return Map.copyOf(out);
  }

  /**
   * Whether {@code said} (a span of the message, as typed) is a word of astonishment in language
   * {@code tag} ({@code surprise} in {@code irony.tsv}): "can't believe", "shocked", "j'en reviens
   * pas". Astonishment takes the colour of what it is about: at a failure it is outrage, at a thing
   * done well it is delight ("can't believe how quick that was, thank you!!").
   */
  static boolean surprise(String tag, String said) {
    Set<String> words = BY_TAG.getOrDefault(tag, NONE).surprise();
    if (words.isEmpty() || said.length() > LONGEST_PHRASE) {
      return false;
    }
    StringBuilder b = new StringBuilder(said.length());
    boolean space = false;
    for (int i = 0; i < said.length(); i++) {
      char c = said.charAt(i);
      if (c == '\'' || c == '\u2019') {
        continue;
      }
      if (Character.isWhitespace(c)) {
        space = b.length() > 0;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.append(c);
    }
    return words.contains(b.toString().toLowerCase(Locale.ROOT));
  }

  /** The most words {@link #paidInVain} reads after the praise, to the end of its sentence. */
  private static final int PURPOSE_REACH = 24;

  /**
   * Whether praise ending at {@code from} is gladness at a price paid in vain, in language {@code
   * tag}: in the praise's sentence, a word of paying ({@code paid}), then a word of purpose ({@code
   * purpose}: "so", "to", "para", "pour"), then what it bought is nothing more than anyone gets (a
   * word of {@code same}), a number ("for 5 days"), or a failure told (a start in {@code
   * failures}): "so glad i paid for priority boarding so i could stand in the same line as everyone
   * else", "so happy i paid extra for express shipping so it could sit in a warehouse for 5 days".
   * "so glad i paid for the upgrade, the seat was amazing" buys something, and is praise.
   */
  static boolean paidInVain(String tag, String typed, int from, int[] failures) {
    Words w = BY_TAG.getOrDefault(tag, NONE);
    if (w.paid().isEmpty()) {
      return false;
    }
    int stage = 0; // 0: looking for the payment, 1: for its purpose, 2: for what it bought
    int k = from;
    for (int n = 0; n < PURPOSE_REACH && k < typed.length(); n++) {
      while (k < typed.length() && !Character.isLetterOrDigit(typed.charAt(k))) {
        if (SENTENCE_ENDS.indexOf(typed.charAt(k)) >= 0) {
          return false;
        }
        k++;
      }
      if (k >= typed.length()) {
        return false;
      }
      int s = k;
      while (k < typed.length() && (Character.isLetterOrDigit(typed.charAt(k)) || inWord(typed, k))) {
        k++;
      }
      if (stage == 2 && Character.isDigit(typed.charAt(s))) {
        return true;
      }
      if (stage == 2) {
        for (int f : failures) {
          if (f >= s && f < k) {
            return true;
          }
        }
      }
      if (k - s > LONGEST_WORD) {
        continue;
      }
      String word = typed.substring(s, k).replace("'", "").replace("\u2019", "").toLowerCase(Locale.ROOT);
      if (stage == 0 && w.paid().contains(word)) {
        stage = 1;
      } else if (stage == 1 && w.purpose().contains(word)) {
        stage = 2;
      } else if (stage == 2 && w.same().contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** The longest span {@link #surprise} reads: a phrase of a few words. */
  private static final int LONGEST_PHRASE = 40;

  /**
   * Whether a word said at {@code [cueStart, ...)} is said of the addressee as its subject, in
   * language {@code tag}: the subject ({@code [targetStart, targetEnd)}, a word of set {@code you}
   * first: "you", "you guys") then a verb "to be" of {@code copula} right before the word ("you guys
   * are a scam"), or a subject with the verb fused in (set {@code youare}: "ur a scam", "you're a
   * scam"). The word must name a thing, opening with a word of {@code article} ("a scam"), and
   * nothing else may stand between: "you scared me", "you seem worried" and "are you a scam?" say
   * nothing of the addressee's nature.
   */
  static boolean saidOfYou(String tag, String typed, int targetStart, int targetEnd, int cueStart, Set<String> copula) {
    Words w = BY_TAG.getOrDefault(tag, NONE);
    if (w.you().isEmpty() || cueStart < targetEnd || cueStart - targetEnd > LONGEST_WORD + 2 || !w.article().contains(nextWord(typed, cueStart))) {
      return false;
    }
    while (targetEnd < cueStart && inWord(typed, targetEnd)) {
      targetEnd++; // the rest of the subject's word: "you" of "you're"
    }
    String subject = nextWord(typed, targetStart);
    String last = lastWord(typed, targetEnd);
    String between = nextWord(typed, targetEnd);
    int k = targetEnd;
    while (k < cueStart && Character.isWhitespace(typed.charAt(k))) {
      k++;
    }
    if (k == cueStart) {
      return w.youAre().contains(last);
    }
    return w.you().contains(subject) && copula.contains(between) && onlySpacesAfterWord(typed, k, cueStart);
  }

  /** Whether the word starting at {@code k} is followed by spaces only up to {@code end}. */
  private static boolean onlySpacesAfterWord(String typed, int k, int end) {
    while (k < end && (Character.isLetter(typed.charAt(k)) || inWord(typed, k))) {
      k++;
    }
    while (k < end && typed.charAt(k) == ' ') {
      k++;
    }
    return k == end;
  }

  /** The word ending at {@code end}, in lower case without apostrophes, or "". */
  private static String lastWord(String typed, int end) {
    int k = end;
    while (k > 0 && end - k <= LONGEST_WORD && (Character.isLetter(typed.charAt(k - 1)) || typed.charAt(k - 1) == '\'' || typed.charAt(k - 1) == '\u2019')) {
      k--;
    }
    return k == end ? "" : typed.substring(k, end).replace("'", "").replace("\u2019", "").toLowerCase(Locale.ROOT);
  }

  /**
   * Whether the word right after {@code end} (spaces only between) opens an exclamative clause in
   * language {@code tag}: "amazing how…", "incroyable comme…", "toll wie…". "great, how are you"
   * sets the two apart and is none.
   */
  static boolean exclamativeAfter(String tag, String typed, int end) {
    Set<String> how = BY_TAG.getOrDefault(tag, NONE).how();
    return !how.isEmpty() && how.contains(nextWord(typed, end));
  }

  /**
   * Whether the word right after a denial ending at {@code end} opens a thing or a place rather than
   * a clause, in language {@code tag}: "not my house", "never my address", "no a mi casa".
   */
  static boolean thingAfter(String tag, String typed, int end) {
    Set<String> thing = BY_TAG.getOrDefault(tag, NONE).thing();
    return !thing.isEmpty() && thing.contains(nextWord(typed, end));
  }

  /** The longest word {@link #nextWord} reads. */
  private static final int LONGEST_WORD = 12;

  /**
   * The word after {@code end} with only spaces (no line break) before it, in lower case without
   * apostrophes, or "" when a mark, an emoji or the end comes first.
   */
  private static String nextWord(String typed, int end) {
    int k = end;
    while (k < typed.length() && typed.charAt(k) == ' ') {
      k++;
    }
    int s = k;
    while (k < typed.length() && k - s <= LONGEST_WORD && (Character.isLetter(typed.charAt(k)) || inWord(typed, k))) {
      k++;
    }
    if (s == k || k - s > LONGEST_WORD) {
      return "";
    }
    return typed.substring(s, k).replace("'", "").replace("\u2019", "").toLowerCase(Locale.ROOT);
  }

  /**
   * Whether the negator {@code m} stands alone at the end of its sentence, set apart from what
   * came before by punctuation (or typed in capitals after a word in lower case: "great service
   * NOT").
   */
  static boolean deniedAtEnd(Match<Cue> m, String typed) {
    // Nothing but spaces, punctuation, symbols and emoji up to the end of the sentence.
    for (int k = m.end(); k < typed.length(); k++) {
      char c = typed.charAt(k);
      if (SENTENCE_ENDS.indexOf(c) >= 0) {
        break;
      }
      if (Character.isLetterOrDigit(c)) {
        return false;
      }
    }
    int k = m.start() - 1;
    while (k >= 0 && Character.isWhitespace(typed.charAt(k))) {
      k--;
    }
    if (k < 0) {
      return false;
    }
    char before = typed.charAt(k);
    if (SET_APART.indexOf(before) >= 0) {
      return true;
    }
    return Character.isLowerCase(before) && allCaps(typed, m.start(), m.end());
  }

  /** The most words a sentence of praise may hold to stand on its own: "awesome.", "great job guys". */
  static final int SHORT_SENTENCE = 4;

  /**
   * How many words the sentence holding {@code [start, end)} has: "no updates. awesome" gives 1
   * for "awesome". Words are runs of letters or digits (an apostrophe keeps a word whole).
   */
  static int wordsInSentence(String typed, int start, int end) {
    return wordsInSentence(typed, start, end, Integer.MAX_VALUE);
  }

  /**
   * As {@link #wordsInSentence(String, int, int)}, but stops counting past {@code limit} (returns
   * a number above it), so that a long sentence costs no more than a short one.
   */
  static int wordsInSentence(String typed, int start, int end, int limit) {
    int words = 0;
    for (int k = start - 1; k >= 0 && SENTENCE_ENDS.indexOf(typed.charAt(k)) < 0 && words <= limit; k--) {
      words += wordStart(typed, k) ? 1 : 0;
    }
    for (int k = Math.max(0, start); k < end && k < typed.length(); k++) {
      words += wordStart(typed, k) ? 1 : 0;
    }
    for (int k = Math.max(0, end); k < typed.length() && SENTENCE_ENDS.indexOf(typed.charAt(k)) < 0 && words <= limit; k++) {
      words += wordStart(typed, k) ? 1 : 0;
    }
    return words;
  }

  /** Whether a word (letters or digits, an apostrophe inside it) starts at {@code k}. */
  private static boolean wordStart(String typed, int k) {
    return Character.isLetterOrDigit(typed.charAt(k)) && (k == 0 || !inWord(typed, k - 1));
  }

  private static boolean inWord(String typed, int k) {
    char c = typed.charAt(k);
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    return (c == '\'' || c == '\u2019') && k > 0 && Character.isLetterOrDigit(typed.charAt(k - 1));
  }

  /**
   * Where the words after a word of praise begin when that word opens its sentence as an
   * interjection, or -1: one word ({@code [start, end)}), at most one word before it in its
   * sentence besides handles ("oh perfect", "@NorthwindAir brilliant"), and set apart from what
   * follows by a mark or an emoji ("great, another delay", "brilliant. the update wiped my cards",
   * "fantastic 🙃 on hold again"). "great service, thanks" and "so glad i paid extra" are no
   * interjections.
   */
  static int interjectionEnd(String typed, int start, int end) {
    for (int k = start; k < end; k++) {
      if (!Character.isLetterOrDigit(typed.charAt(k)) && !inWord(typed, k)) {
        return -1;
      }
    }
    int before = 0;
    for (int k = start - 1; k >= 0 && SENTENCE_ENDS.indexOf(typed.charAt(k)) < 0; k--) {
      if (wordStart(typed, k) && !(k > 0 && typed.charAt(k - 1) == '@')) {
        if (++before > 1) {
          return -1;
        }
      }
    }
    int k = end;
    while (k < typed.length() && Character.isWhitespace(typed.charAt(k)) && typed.charAt(k) != '\n') {
      k++;
    }
    if (k >= typed.length() || Character.isLetterOrDigit(typed.charAt(k)) || "\"'\u201C\u2018@#".indexOf(typed.charAt(k)) >= 0) {
      return -1;
    }
    while (k < typed.length() && !Character.isLetterOrDigit(typed.charAt(k))) {
      k++;
    }
    return k < typed.length() ? k : -1;
  }

  /** The longest scare quote, in words: "the \"express\" shipping", "your \"customer service\"". */
  private static final int SCARE_WORDS = 2;

  /**
   * Short quotes set inside a sentence, as {start, end} of the quoted words: a pair of straight or
   * curly double quotes (or single ones, straight or curly) around one or two words, with words of the
   * same sentence outside them ("thanks for the \"help\"", "so the “express” shipping took 9
   * days"). A quote that is the whole sentence reports speech, not irony, and is not returned.
   */
  static List<int[]> scareQuotes(String typed) {
    List<int[]> out = new java.util.ArrayList<>(1);
    for (int k = 0; k < typed.length(); k++) {
      char open = typed.charAt(k);
      char close = open == '"' ? '"' : open == '\u201C' ? '\u201D' : open == '\u2018' ? '\u2019' : open == '\'' ? '\'' : 0;
      if (close == 0 || (k > 0 && Character.isLetterOrDigit(typed.charAt(k - 1)))) {
        continue;
      }
      int words = 0;
      boolean in = false;
      int j = k + 1;
      for (; j < typed.length() && !closes(typed, j, close) && words <= SCARE_WORDS; j++) {
        char c = typed.charAt(j);
        if (SENTENCE_ENDS.indexOf(c) >= 0 && c != '!' || c == '\n') {
          break;
        }
        boolean letter = Character.isLetterOrDigit(c);
        if (letter && !in) {
          words++;
        }
        in = letter;
      }
      if (j >= typed.length() || !closes(typed, j, close) || words == 0 || words > SCARE_WORDS || j == k + 1) {
        continue;
      }
      if (wordsInSentence(typed, k, j + 1, words + 1) > words) {
        out.add(new int[] {k + 1, j});
      }
      k = j;
    }
    return out;
  }

  /**
   * Whether the quote mark {@code close} ends a quote at {@code j}. A straight single quote with a
   * letter after it is an apostrophe inside a word ("the 'don't worry' email"), not the close.
   */
  private static boolean closes(String typed, int j, char close) {
    return typed.charAt(j) == close && (close != '\'' || j + 1 >= typed.length() || !Character.isLetterOrDigit(typed.charAt(j + 1)));
  }

  private static boolean allCaps(String typed, int start, int end) {
    int upper = 0;
    for (int i = start; i < end; i++) {
      char c = typed.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      upper += Character.isUpperCase(c) ? 1 : 0;
    }
    return upper >= 2;
  }
}
