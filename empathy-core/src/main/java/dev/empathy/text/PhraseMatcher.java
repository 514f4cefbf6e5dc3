package dev.empathy.text;

import static dev.empathy.InvalidInputException.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.empathy.InvalidInputException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds every occurrence of a list of phrases in a text in one pass, whatever its script: an
 * Aho–Corasick automaton over normalised word tokens. Immutable and thread-safe: build it once
 * from a lexicon, share it, call {@link #findAll} from any thread.
 *
 * <pre>{@code
 * PhraseMatcher<String> m = PhraseMatcher.<String>builder()
 *     .add("cancel my * account", "churn")     // * is exactly one word
 *     .add("really? ridiculous|rediculous", "anger") // word? is optional, a|b either
 *     .add("解約", "churn")                     // whole ICU word by default
 *     .add("最悪", "anger", PhraseMatcher.Anchoring.INSIDE_WORDS)
 *     .build();
 * List<PhraseMatcher.Match<String>> found = m.findAll("I’ll CANCEL my Netflix account. Ridiculous!");
 * found.get(0).text();    // "CANCEL my Netflix account"
 * found.get(0).start();   // 5 (UTF-16 offset into the original string)
 * found.get(0).payload(); // "churn"
 * }</pre>
 *
 * <h2>How text is compared</h2>
 *
 * Text and phrases are split the same way, with ICU's word {@code BreakIterator}:
 *
 * <ul>
 *   <li>Words, numbers, emoji and symbols are tokens. Spaces and most punctuation are skipped, so
 *       "great, just great" matches the phrase "great just great", and "follow-up" matches
 *       "follow up".
 *   <li>Each token is case-folded and NFKC-normalised; apostrophes are dropped ("can't", "can’t"
 *       and "cant" are one token), except before a final "ll", "re" or "d" ("I'll" is not
 *       "ill"); an emoji sequence reads as its base emoji (🤦‍♀️ and 🤦🏽 match 🤦). With
 *       {@link Builder#foldAccents(boolean)}, Latin diacritics are ignored too ("rápido" =
 *       "rapido").
 *   <li>Numbers match any number: a phrase written "in 2 hours" (or "in # hours") matches "in 36
 *       hours"; ordinals likewise ("3rd time" matches "2nd time"). Digits are one class, {@code #},
 *       followed by any letters glued to them ("10am" is {@code #am}, "2nd" is {@code #th}).
 *   <li>Sentence ends ({@code . ! ? 。}) and line breaks are barriers: no match spans one.
 *   <li>Scripts written without spaces (Japanese, Chinese, Thai...) are compared grapheme by
 *       grapheme. An entry matches a whole ICU word sequence by default ({@link
 *       Anchoring#WHOLE_WORDS}), or anywhere inside one with {@link Anchoring#INSIDE_WORDS}, which
 *       is safer when the dictionary segmentation is uncertain. For space-separated scripts the
 *       two are the same: tokens are whole words.
 * </ul>
 *
 * <h2>Phrase syntax</h2>
 *
 * A phrase is split on whitespace into parts. {@code *} stands for exactly one token (not a
 * barrier); {@code #} for any number; a part ending in {@code ?} is optional; {@code a|b} matches
 * either ({@code cancel|cancell my account|subscription}). A phrase expands to at most 1024
 * variants and may not start or end with {@code *}. Everything else is literal text, normalised
 * as above.
 *
 * <h2>Cost</h2>
 *
 * Time is linear in the text length plus the number of matches; the automaton is built once.
 * Offsets are UTF-16 indexes into the original string, always at grapheme boundaries (ICU word
 * boundaries are grapheme boundaries), so {@code text.substring(start, end)} never splits a
 * surrogate pair or an emoji sequence.
 *
 * @param <T> the payload attached to each phrase (an id, a label, a rule); it should be immutable
 */
public final class PhraseMatcher<T> {

  /** Where a match may begin and end in scripts written without spaces. */
  public enum Anchoring {
    /** On ICU word boundaries (the default). */
    WHOLE_WORDS,
    /** Anywhere, grapheme by grapheme: "最悪" inside "最悪だ" even if ICU segments it oddly. */
    INSIDE_WORDS
  }

  /**
   * One occurrence of a phrase: its span, the matched text, its payload and its tokens. Immutable
   * and thread-safe; equal when every component is equal.
   *
   * <pre>{@code
   * PhraseMatcher<String> matcher = PhraseMatcher.<String>builder().add("cancel my account", "churn").build();
   * PhraseMatcher.Match<String> m = matcher.findAll("I'll cancel my account").get(0);
   * m.start();   // 5
   * m.text();    // "cancel my account"
   * m.payload(); // "churn"
   * }</pre>
   *
   * <p>A match the matcher found cuts {@link #text()} from the searched string on the first call
   * (most callers read only the offsets and the payload), so it holds on to that string.
   *
   * @param <T> the payload type
   */
  public static final class Match<T> {
    private final int start;
    private final int end;
    private final T payload;
    private final int firstToken;
    private final int lastToken;
    /** The searched string, when {@link #text} is still to be cut from it; else null. */
    private final String source;
    /** The matched text once known (a String is safe to publish through a race). */
    private String text;

    /**
     * A match of {@code text} at {@code [start, end)}.
     *
     * @param start UTF-16 offset of the first character, in the original string
     * @param end UTF-16 offset after the last character (exclusive)
     * @param text the matched text as written, {@code original.substring(start, end)}
     * @param payload the payload given with the phrase
     * @param firstToken index of the first matched token in the text's token stream; together
     *     with {@code lastToken} it lets a caller reason in words ("within three words before")
     * @param lastToken index of the last matched token (inclusive)
     * @throws dev.empathy.InvalidInputException naming {@code text} or {@code payload} when null
     */
    public Match(int start, int end, String text, T payload, int firstToken, int lastToken) {
      this.start = start;
      this.end = end;
      this.text = checkNotNull(text, "text");
      this.payload = checkNotNull(payload, "payload");
      this.firstToken = firstToken;
      this.lastToken = lastToken;
      this.source = null;
    }

    /**
     * A match of {@code source} at {@code [start, end)} whose {@link #text()} is cut from it when
     * first asked for: what a {@link Sink} makes of the matches it keeps.
     *
     * <pre>{@code
     * Match<String> m = Match.in("I want a refund", 9, 15, "refund", 3, 3);
     * m.text(); // "refund"
     * }</pre>
     *
     * @param source the searched string
     * @param start UTF-16 offset of the first character in {@code source}
     * @param end UTF-16 offset after the last character (exclusive)
     * @param payload the payload given with the phrase
     * @param firstToken index of the first matched token in the text's token stream
     * @param lastToken index of the last matched token (inclusive)
     * @param <T> the payload type
     * @return the match
     * @throws InvalidInputException naming {@code source} or {@code payload} when null, or {@code
     *     span} when not {@code 0 <= start <= end <= source.length()}
     */
    public static <T> Match<T> in(String source, int start, int end, T payload, int firstToken, int lastToken) {
      checkNotNull(source, "source");
      checkNotNull(payload, "payload");
      if (start < 0 || end < start || end > source.length()) {
        throw InvalidInputException.forRule("span", "must satisfy 0 <= start <= end <= source length (" + source.length() + ") but was [" + start + ", " + end + ")");
      }
      return new Match<>(source, start, end, payload, firstToken, lastToken);
    }

    /** A match in {@code source} whose text is cut when first asked for. */
    private Match(String source, int start, int end, T payload, int firstToken, int lastToken) {
      this.start = start;
      this.end = end;
      this.payload = payload;
      this.firstToken = firstToken;
      this.lastToken = lastToken;
      this.source = source;
    }

    /** {@return UTF-16 offset of the first character, in the original string} */
    public int start() {
      return start;
    }

    /** {@return UTF-16 offset after the last character (exclusive)} */
    public int end() {
      return end;
    }

    /** {@return the matched text as written, {@code original.substring(start, end)}} */
    public String text() {
      String t = text;
      if (t == null) {
        t = source.substring(start, end);
        text = t;
      }
      return t;
    }

    /** {@return the payload given with the phrase} */
    public T payload() {
      return payload;
    }

    /** {@return index of the first matched token in the text's token stream} */
    public int firstToken() {
      return firstToken;
    }

    /** {@return index of the last matched token (inclusive)} */
    public int lastToken() {
      return lastToken;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Match<?> m
          && start == m.start
          && end == m.end
          && firstToken == m.firstToken
          && lastToken == m.lastToken
          && payload.equals(m.payload)
          && text().equals(m.text());
    }

    @Override
    public int hashCode() {
      int h = Integer.hashCode(start);
      h = 31 * h + Integer.hashCode(end);
      h = 31 * h + text().hashCode();
      h = 31 * h + payload.hashCode();
      h = 31 * h + Integer.hashCode(firstToken);
      return 31 * h + Integer.hashCode(lastToken);
    }

    @Override
    public String toString() {
      return "Match[start=" + start + ", end=" + end + ", text=" + text() + ", payload=" + payload
          + ", firstToken=" + firstToken + ", lastToken=" + lastToken + "]";
    }
  }

  private static final int MAX_VARIANTS = 1024;

  private final boolean foldAccents;
  /** The vocabulary: the words in id order as one run of chars, and where each ends. */
  private final char[] words;
  private final int[] wordEnds;
  private final TransitionTable transitions;
  private final int[] fail;
  private final int[] outputLink;
  /**
   * The first state whose parts end at state {@code s}: {@code s} itself when parts end there,
   * else its output link (0: none). One read per token where the scan read three.
   */
  private final int[] firstOutput;
  /** The parts that end at state {@code s}: {@code outputParts[outputStart[s] .. outputStart[s + 1])}. */
  private final int[] outputStart;
  private final int[] outputParts;
  // One "part" per (pattern, k): the k-th run of literal tokens of an expanded pattern.
  private final int[] partPattern;
  private final int[] partOrdinal;
  private final int[] partLength;
  private final int[] partGapBefore;
  // One "pattern" per expansion of an entry's optional parts.
  private final int[] patternParts;
  private final int[] patternEntry;
  private final ImmutableList<T> payloads;
  /** A bit per phrase, set where it is anchored {@link Anchoring#INSIDE_WORDS}. */
  private final long[] insideWords;
  private final boolean hasGaps;
  /** The most tokens from a gapped phrase's part's end to the next part's end: a part's length plus the gap before it. */
  private final int maxReach;
  private final boolean precompiled;
  private final SpanVocabulary spanVocabulary;
  /** The root state's edges as an array by symbol: most tokens are read from the root. */
  private final int[] rootNext;
  private final String fingerprint;

  private PhraseMatcher(Builder<T> b) {
    this(b.foldAccents, b.payloads, insideWords(b.anchorings), Automata.fingerprint(b.foldAccents, b.phrases, b.anchorings), null, b.phrases);
  }

  /**
   * A matcher over {@code given} tables (read by {@link PrecompiledPhrases}), or else over the
   * bundled tables of {@code fingerprint}, or else over {@code phrases} compiled now.
   */
  PhraseMatcher(boolean foldAccents, List<T> payloads, long[] insideWords, String fingerprint, Automata.Tables given, List<String> phrases) {
    this.foldAccents = foldAccents;
    this.payloads = ImmutableList.copyOf(payloads);
    int n = this.payloads.size();
    if (insideWords.length != (n + 63) >>> 6 || (n % 64 != 0 && insideWords[n >>> 6] >>> (n % 64) != 0)) {
      throw new IllegalArgumentException("anchorings: a bit per phrase, " + n + " phrases, no bit after them");
    }
    this.insideWords = insideWords;
    this.fingerprint = fingerprint;
    Automata.Tables t = given != null ? given : Automata.precompiled(fingerprint);
    this.precompiled = t != null;
    if (t == null) {
      t = compile(phrases, foldAccents);
      Automata.record(fingerprint, t, foldAccents, phrases, anchorings());
    }
    this.words = t.words();
    this.wordEnds = t.wordEnds();
    this.transitions = t.transitions();
    this.fail = t.fail();
    this.outputLink = t.outputLink();
    this.outputStart = t.outputStart();
    this.outputParts = t.outputParts();
    this.partPattern = t.partPattern();
    this.partOrdinal = t.partOrdinal();
    this.partLength = t.partLength();
    this.partGapBefore = t.partGapBefore();
    this.patternParts = t.patternParts();
    this.patternEntry = t.patternEntry();
    this.hasGaps = t.hasGaps();
    this.maxReach = t.maxReach();
    this.spanVocabulary = new SpanVocabulary(words, wordEnds);
    this.firstOutput = t.firstOutput();
    this.rootNext = t.rootNext();
  }

  /** The fingerprint of this matcher's phrases (the name of its tables, see {@link Automata}). */
  String fingerprint() {
    return fingerprint;
  }

  /** Whether Latin diacritics are ignored. */
  boolean foldsAccents() {
    return foldAccents;
  }

  /** The anchoring of each phrase, in the order added. */
  List<Anchoring> anchorings() {
    return anchorings(insideWords, payloads.size());
  }

  /** A bit per anchoring, set where it is {@link Anchoring#INSIDE_WORDS} (the form a matcher keeps). */
  static long[] insideWords(List<Anchoring> anchorings) {
    long[] bits = new long[(anchorings.size() + 63) >>> 6];
    for (int i = 0; i < anchorings.size(); i++) {
      if (anchorings.get(i) == Anchoring.INSIDE_WORDS) {
        bits[i >>> 6] |= 1L << i;
      }
    }
    return bits;
  }

  /** The {@code n} anchorings {@code insideWords} stands for, as a read-only list. */
  static List<Anchoring> anchorings(long[] insideWords, int n) {
    return new java.util.AbstractList<>() {
      @Override
      public Anchoring get(int i) {
        java.util.Objects.checkIndex(i, n);
        return (insideWords[i >>> 6] & 1L << i) != 0 ? Anchoring.INSIDE_WORDS : Anchoring.WHOLE_WORDS;
      }

      @Override
      public int size() {
        return n;
      }
    };
  }

  /** The payload of each phrase, in the order added. */
  List<T> payloads() {
    return payloads;
  }

  /**
   * Whether the automaton was read from tables compiled when the library was built (every bundled
   * lexicon and rule book), rather than compiled now. Either way it matches the same; only the
   * time to build differs.
   *
   * @return true when built from the precompiled tables
   */
  public boolean precompiled() {
    return precompiled;
  }

  /** This matcher's tables (tests compare precompiled ones with freshly compiled ones). */
  Automata.Tables tables() {
    return new Automata.Tables(
        words, wordEnds, transitions, fail, outputLink, outputStart, outputParts, partPattern, partOrdinal, partLength, partGapBefore, patternParts, patternEntry, hasGaps,
        firstOutput, rootNext, maxReach);
  }

  /** Compiles the automaton of {@code phrases}: tokenises each, builds the trie and its links. */
  static Automata.Tables compile(List<String> phrases, boolean foldAccents) {
    Map<String, Integer> vocab = new HashMap<>();
    List<int[]> parts = new ArrayList<>(); // {pattern, ordinal, gapBefore}
    List<int[]> partSymbols = new ArrayList<>();
    List<Integer> patternPartCount = new ArrayList<>();
    List<Integer> patternEntryList = new ArrayList<>();
    boolean gaps = false;
    for (int e = 0; e < phrases.size(); e++) {
      String phrase = phrases.get(e);
      for (List<String> variant : expand(phrase, foldAccents)) {
        int pattern = patternPartCount.size();
        int ordinal = 0;
        int gap = 0;
        List<Integer> run = new ArrayList<>();
        for (int i = 0; i <= variant.size(); i++) {
          String tok = i < variant.size() ? variant.get(i) : null;
          if (tok == null || tok.equals(WILDCARD)) {
            if (!run.isEmpty()) {
              parts.add(new int[] {pattern, ordinal++, gap});
              partSymbols.add(run.stream().mapToInt(Integer::intValue).toArray());
              run.clear();
              gap = 0;
            }
            if (tok != null) {
              gap++;
              gaps = true;
            }
          } else {
            Integer id = vocab.get(tok);
            if (id == null) {
              id = vocab.size();
              vocab.put(tok, id);
            }
            run.add(id);
          }
        }
        patternPartCount.add(ordinal);
        patternEntryList.add(e);
      }
    }
    int[] patternParts = patternPartCount.stream().mapToInt(Integer::intValue).toArray();
    int[] patternEntry = patternEntryList.stream().mapToInt(Integer::intValue).toArray();
    int n = parts.size();
    int[] partPattern = new int[n];
    int[] partOrdinal = new int[n];
    int[] partLength = new int[n];
    int[] partGapBefore = new int[n];
    for (int p = 0; p < n; p++) {
      partPattern[p] = parts.get(p)[0];
      partOrdinal[p] = parts.get(p)[1];
      partGapBefore[p] = parts.get(p)[2];
      partLength[p] = partSymbols.get(p).length;
    }

    // The trie.
    int totalSymbols = partSymbols.stream().mapToInt(a -> a.length).sum();
    TransitionTable table = new TransitionTable(totalSymbols + 1);
    List<List<int[]>> children = new ArrayList<>(); // per node: {symbol, child}
    List<List<Integer>> out = new ArrayList<>();
    children.add(new ArrayList<>());
    out.add(new ArrayList<>());
    for (int p = 0; p < n; p++) {
      int state = 0;
      for (int sym : partSymbols.get(p)) {
        int next = table.get(state, sym);
        if (next < 0) {
          next = children.size();
          children.add(new ArrayList<>());
          out.add(new ArrayList<>());
          table.put(state, sym, next);
          children.get(state).add(new int[] {sym, next});
        }
        state = next;
      }
      out.get(state).add(p);
    }
    int states = children.size();
    int[] fail = new int[states];
    int[] outputLink = new int[states];
    int[] outputStart = new int[states + 1];
    int[] outputParts = new int[n];
    for (int s = 0, at = 0; s < states; s++) {
      outputStart[s] = at;
      for (int p : out.get(s)) {
        outputParts[at++] = p;
      }
      outputStart[s + 1] = at;
    }
    // Failure and output links, breadth first.
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int[] edge : children.get(0)) {
      queue.add(edge[1]);
    }
    while (!queue.isEmpty()) {
      int r = queue.poll();
      for (int[] edge : children.get(r)) {
        int sym = edge[0];
        int s = edge[1];
        queue.add(s);
        int f = fail[r];
        while (f != 0 && table.get(f, sym) < 0) {
          f = fail[f];
        }
        int target = table.get(f, sym);
        fail[s] = target >= 0 && target != s ? target : 0;
        outputLink[s] = outputStart[fail[s] + 1] > outputStart[fail[s]] ? fail[s] : outputLink[fail[s]];
      }
    }
    String[] byId = new String[vocab.size()];
    vocab.forEach((w, id) -> byId[id] = w);
    StringBuilder words = new StringBuilder();
    int[] wordEnds = new int[byId.length];
    for (int id = 0; id < byId.length; id++) {
      wordEnds[id] = words.append(byId[id]).length();
    }
    char[] wordChars = new char[words.length()];
    words.getChars(0, wordChars.length, wordChars, 0);
    return new Automata.Tables(
        wordChars, wordEnds, table.compact(), fail, outputLink, outputStart, outputParts, partPattern, partOrdinal, partLength, partGapBefore, patternParts, patternEntry, gaps);
  }

  private static final String WILDCARD = "*";
  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

  /** Splits a phrase into token sequences, one per combination of its alternatives and options. */
  private static List<List<String>> expand(String phrase, boolean foldAccents) {
    List<List<List<String>>> chunks = new ArrayList<>(); // per chunk: its alternatives
    long combinations = 1;
    for (String raw : WHITESPACE.split(phrase.strip())) {
      if (raw.equals(WILDCARD)) {
        chunks.add(List.of(List.of(WILDCARD)));
        continue;
      }
      boolean opt = raw.length() > 1 && raw.endsWith("?");
      String body = opt ? raw.substring(0, raw.length() - 1) : raw;
      if (body.equals(WILDCARD)) {
        throw new InvalidInputException("phrase", "phrase must not have an optional wildcard (*?): \"" + phrase + "\"");
      }
      List<List<String>> alternatives = new ArrayList<>();
      for (String alt : body.length() > 1 ? body.split("\\|") : new String[] {body}) {
        List<String> tokens = tokens(alt, foldAccents);
        if (!tokens.isEmpty() && !alternatives.contains(tokens)) {
          alternatives.add(tokens);
        }
      }
      if (alternatives.isEmpty()) {
        continue; // punctuation only: "great, just great" reads as "great just great"
      }
      if (opt) {
        alternatives.add(List.of());
      }
      combinations *= alternatives.size();
      if (combinations > MAX_VARIANTS) {
        throw new InvalidInputException(
            "phrase", "phrase must expand to at most " + MAX_VARIANTS + " variants (alternatives times options): \"" + phrase + "\"");
      }
      chunks.add(alternatives);
    }
    List<List<String>> variants = new ArrayList<>();
    variants.add(List.of());
    for (List<List<String>> alternatives : chunks) {
      List<List<String>> next = new ArrayList<>(variants.size() * alternatives.size());
      for (List<String> prefix : variants) {
        for (List<String> alt : alternatives) {
          List<String> v = new ArrayList<>(prefix);
          v.addAll(alt);
          next.add(v);
        }
      }
      variants = next;
    }
    Set<List<String>> unique = new LinkedHashSet<>();
    for (List<String> v : variants) {
      if (v.isEmpty()) {
        continue;
      }
      if (v.get(0).equals(WILDCARD) || v.get(v.size() - 1).equals(WILDCARD)) {
        throw new InvalidInputException(
            "phrase", "phrase must not start or end with * (with or without its optional parts): \"" + phrase + "\"");
      }
      unique.add(v);
    }
    if (unique.isEmpty()) {
      throw new InvalidInputException(
          "phrase", "phrase must contain at least one word, number or emoji but was \"" + phrase + "\"");
    }
    return new ArrayList<>(unique);
  }

  private static List<String> tokens(String chunk, boolean foldAccents) {
    List<String> tokens = new ArrayList<>();
    if (chunk.startsWith("#") && chunk.length() < 8 && chunk.substring(1).chars().allMatch(Character::isLetter)) {
      tokens.add(WordTokens.fold("0" + chunk.substring(1), foldAccents)); // "#" is any number, "#th" any ordinal
      return tokens;
    }
    WordTokens.scan(chunk, foldAccents, (s, e, folded, flags) -> {
      if (folded != null) {
        tokens.add(folded);
      }
    });
    return tokens;
  }

  /**
   * A builder for a matcher with payloads of type {@code T}.
   *
   * @param <T> the payload type
   * @return a new builder; not thread-safe
   */
  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** {@return the number of phrases added} */
  public int size() {
    return payloads.size();
  }

  /**
   * Every occurrence of every phrase, overlapping ones included, ordered by start, then longest
   * first, then the order the phrases were added. One phrase reports a given span once.
   *
   * @param text the text to search
   * @return the matches; empty when none
   * @throws InvalidInputException naming {@code text} when it is null
   */
  public List<Match<T>> findAll(String text) {
    return findAll(text, null, null);
  }

  /**
   * Receives the matches of {@link #findEach} one at a time, without a {@link Match} object each:
   * a caller that keeps only some makes objects for those ({@link Match#in}).
   *
   * <pre>{@code
   * List<int[]> spans = new ArrayList<>();
   * matcher.findEach(text, (start, end, payload, firstToken, lastToken) -> spans.add(new int[] {start, end}));
   * }</pre>
   *
   * @param <T> the payload type
   */
  @FunctionalInterface
  public interface Sink<T> {
    /**
     * One match, as {@link Match} would hold it.
     *
     * @param start UTF-16 offset of the first character
     * @param end UTF-16 offset after the last character (exclusive)
     * @param payload the payload given with the phrase
     * @param firstToken index of the first matched token in the text's token stream
     * @param lastToken index of the last matched token (inclusive)
     */
    void match(int start, int end, T payload, int firstToken, int lastToken);
  }

  /**
   * The matches {@link #findAll} finds, in its order, handed to {@code sink} one by one instead of
   * gathered in a list of {@link Match} objects.
   *
   * <pre>{@code
   * int[] count = new int[1];
   * matcher.findEach("cancel my account, cancel it now", (s, e, payload, f, l) -> count[0]++);
   * }</pre>
   *
   * @param text the text to search
   * @param sink receives each match
   * @throws InvalidInputException naming {@code text} or {@code sink} when null
   */
  public void findEach(String text, Sink<? super T> sink) {
    checkNotNull(sink, "sink");
    findAll(text, null, sink);
  }

  /**
   * What {@link #findAll} finds, with the text's words counted from the same pass: the segments
   * the matcher reads are those of ICU's root word iterator, so the count is what {@link
   * WordCounter#of} gives for an iterator with the root rules ({@link WordCounter#usesRootRules}),
   * without segmenting the text again.
   *
   * <pre>{@code
   * PhraseMatcher.Reading<String> r = matcher.read("I’ll cancel my account. Ridiculous!");
   * r.matches();           // as findAll
   * r.words().count(0, 5); // 1: "I’ll"
   * }</pre>
   *
   * @param text the text to search
   * @return the matches and the words
   * @throws InvalidInputException naming {@code text} when it is null
   */
  public Reading<T> read(String text) {
    WordCounter words = WordCounter.recording();
    List<Match<T>> matches = findAll(text, words, null);
    return new Reading<>(matches, words);
  }

  /**
   * The matches in a text and its words, from one pass ({@link #read}).
   *
   * <pre>{@code
   * PhraseMatcher.Reading<String> r = matcher.read(text);
   * for (PhraseMatcher.Match<String> m : r.matches()) { … }
   * int words = r.words().count(0, text.length());
   * }</pre>
   *
   * @param matches every match, as {@link #findAll} gives them
   * @param words the text's words, as ICU's root word iterator segments them
   * @param <T> the payload type
   */
  public record Reading<T>(List<Match<T>> matches, WordCounter words) {
    /**
     * Validates the components.
     *
     * @param matches every match
     * @param words the text's words
     * @throws dev.empathy.InvalidInputException naming {@code matches} or {@code words} when null
     */
    public Reading {
      checkNotNull(matches, "matches");
      checkNotNull(words, "words");
    }
  }

  /** The matches in a list, or handed to {@code sink} when it is given (then the list is empty). */
  private List<Match<T>> findAll(String text, WordCounter words, Sink<? super T> sink) {
    if (text == null) {
      throw InvalidInputException.forRule("text", "must not be null");
    }
    Scratch scratch = SPARE.get();
    if (scratch == null) {
      scratch = new Scratch();
    } else {
      SPARE.set(null); // taken while in use: a nested call makes its own
    }
    try {
      return findAll(text, words, scratch, sink);
    } finally {
      scratch.keepSmall();
      SPARE.set(scratch);
    }
  }

  private static final ThreadLocal<Scratch> SPARE = new ThreadLocal<>();

  /**
   * A thread's working arrays, kept from one text to the next (a review of a 10 KB draft grew and
   * dropped about 60 KB of them): the token stream, the raw matches and the gapped phrases' chains.
   * Arrays larger than is worth keeping are let go after each text.
   */
  private static final class Scratch {
    private static final int KEPT_TOKENS = 1 << 15;
    int[] starts = new int[0];
    int[] ends = new int[0];
    int[] symbols = new int[0];
    byte[] flags = new byte[0];
    /** The automaton's state after each token, for a text of a matcher with gapped phrases. */
    int[] states = new int[0];
    /** The words a {@link #read} records, before they are copied out at their exact number. */
    int[] wordStarts = new int[64];
    int[] wordEnds = new int[64];
    final RawMatches raw = new RawMatches();
    final ChainMap chains = new ChainMap();

    void keepSmall() {
      if (starts.length > KEPT_TOKENS) {
        starts = new int[0];
        ends = new int[0];
        symbols = new int[0];
        flags = new byte[0];
      }
      if (states.length > KEPT_TOKENS) {
        states = new int[0];
      }
      if (wordStarts.length > KEPT_TOKENS) {
        wordStarts = new int[64];
        wordEnds = new int[64];
      }
      raw.keepSmall();
      chains.keepSmall();
    }
  }

  private List<Match<T>> findAll(String text, WordCounter words, Scratch scratch, Sink<? super T> sink) {
    // About one token per 4.4 characters in the benchmarks' mixed-language corpus (words and
    // punctuation): sized at one per four, a 100 KB message's stream fits the thread's kept arrays
    // at once instead of being made at one per five, doubled past what is kept, and dropped.
    Tokens t = new Tokens(text.length() / 4 + 16, scratch);
    if (words != null) {
      words.borrow(scratch.wordStarts, scratch.wordEnds);
    }
    WordTokens.scan(text, foldAccents, t, words == null ? null : words::segment);
    t.giveBack(scratch);
    if (words != null) {
      // The words grow in the thread's arrays (a 10 KB draft's doubled and dropped about 16 KB of
      // them); the counter keeps one copy of the size it needs.
      scratch.wordStarts = words.starts;
      scratch.wordEnds = words.ends;
      words.keepExact();
    }
    RawMatches raw = scratch.raw;
    raw.clear();
    ChainMap chains = null;
    int[] states = null;
    if (hasGaps) {
      chains = scratch.chains;
      chains.clear(maxReach);
      if (scratch.states.length < t.size) {
        scratch.states = new int[Math.max(t.size, Math.min(2 * scratch.states.length, Scratch.KEPT_TOKENS))];
      }
      states = scratch.states;
    }
    int state = 0;
    for (int i = 0; i < t.size; i++) {
      int sym = t.symbols[i];
      if (sym < 0) {
        state = 0;
        if (states != null) {
          states[i] = 0;
        }
        continue;
      }
      // Follow failure links until an edge takes the symbol; each edge is looked up once.
      int next;
      if (state == 0) {
        next = rootEdge(sym);
      } else {
        while ((next = transitions.get(state, sym)) < 0) {
          state = fail[state];
          if (state == 0) {
            next = rootEdge(sym);
            break;
          }
        }
      }
      state = next < 0 ? 0 : next;
      if (states != null) {
        states[i] = state;
      }
      for (int o = firstOutput[state]; o != 0; o = outputLink[o]) {
        for (int k = outputStart[o], end = outputStart[o + 1]; k < end; k++) {
          onPart(outputParts[k], i, t, chains, states, raw);
        }
      }
    }
    return collect(text, t, raw, sink);
  }

  /**
   * The leftmost-longest non-overlapping occurrences: scanning left to right, at each position the
   * longest match wins (earlier-added phrases break ties) and matches overlapping it are dropped.
   *
   * @param text the text to search
   * @return the matches, in text order; empty when none
   */
  public List<Match<T>> findLongest(String text) {
    List<Match<T>> all = findAll(text);
    List<Match<T>> kept = new ArrayList<>(all.size());
    int end = 0;
    for (Match<T> m : all) {
      if (m.start() >= end) {
        kept.add(m);
        end = m.end();
      }
    }
    return kept;
  }

  private int rootEdge(int sym) {
    return sym < rootNext.length ? rootNext[sym] : transitions.get(0, sym);
  }

  /**
   * A part of a gapped phrase ends at {@code endToken}: a chain of the phrase's parts so far grows
   * by it, or completes a match. A chain of the first part alone is not recorded: it starts where
   * the part does, and the part ended at a token exactly when it is among the outputs of the state
   * the automaton reached there ({@code states}), which the second part asks instead. Most parts
   * found are first parts that no second part follows (96% of the chains a {@code qa} line
   * recorded), and each was a put into the chain table.
   */
  private void onPart(int part, int endToken, Tokens t, ChainMap chains, int[] states, RawMatches raw) {
    int pattern = partPattern[part];
    int first = endToken - partLength[part] + 1;
    int chainStart;
    if (partOrdinal[part] == 0) {
      chainStart = first;
    } else {
      int gap = partGapBefore[part];
      int prevEnd = first - gap - 1;
      if (prevEnd < 0) {
        return;
      }
      for (int g = prevEnd + 1; g < first; g++) {
        if (t.symbols[g] == WordTokens.BARRIER) {
          return;
        }
      }
      if (partOrdinal[part] == 1) {
        if (!endsAt(part - 1, states[prevEnd])) {
          return;
        }
        chainStart = prevEnd - partLength[part - 1] + 1;
      } else {
        int s = chains.get(chainKey(part - 1, prevEnd));
        if (s < 0) {
          return;
        }
        chainStart = s;
      }
    }
    if (partOrdinal[part] == patternParts[pattern] - 1) {
      raw.add(chainStart, endToken, patternEntry[pattern]);
    } else if (partOrdinal[part] > 0) {
      chains.put(chainKey(part, endToken), chainStart);
    }
  }

  /** Whether {@code part} is among the parts that end at {@code state} (its outputs and their links). */
  private boolean endsAt(int part, int state) {
    for (int o = firstOutput[state]; o != 0; o = outputLink[o]) {
      for (int k = outputStart[o], end = outputStart[o + 1]; k < end; k++) {
        if (outputParts[k] == part) {
          return true;
        }
      }
    }
    return false;
  }

  private static long chainKey(int part, int token) {
    return ((long) part << 32) | token;
  }

  /**
   * Where each partial chain of a gapped phrase began, by (part, end token): a map of primitive
   * longs to ints (open addressing, keys are never negative), so recording a part neither boxes
   * nor allocates an entry. A chain is only ever looked up from a token at most {@code reach}
   * tokens after it ends (a part's length plus the gap before it), and tokens come in order, so
   * when the table is full at the size a thread keeps, the chains out of reach are dropped before
   * it grows: a megabyte draft's chains stay in a table of the kept size, in the cache, where the
   * table grew to megabytes per text (its arrays were 40% of a 1 MB review's allocation and its
   * probes a quarter of its samples). A short text's path is the plain table's. The dropping
   * starts at {@link #DROP_FROM} slots (16 KB of keys and values), not at the kept size: a long
   * text's live chains are a few dozen, and a table of the kept size (256 KB) missed the cache at
   * nearly every probe.
   */
  private static final class ChainMap {
    private static final int KEPT = 1 << 14;
    /** The table size from which out-of-reach chains are dropped before it grows. */
    private static final int DROP_FROM = 1 << 10;
    private long[] keys = new long[64];
    private int[] values = new int[64];
    /** A slot is in use when its stamp is the current generation: clearing is one increment. */
    private int[] stamps = new int[64];
    private int generation = 1;
    private int size;
    /** The live chains while {@link #dropOutOfReach} puts them back (a quarter of the table at most). */
    private long[] liveKeys = new long[0];
    private int[] liveValues = new int[0];
    /** The most tokens from a chain's end to a lookup of it, for the current text. */
    private int reach;

    /**
     * Empties the map for a new text whose chains are looked up at most {@code reach} tokens after
     * they end.
     */
    void clear(int reach) {
      this.reach = reach;
      size = 0;
      nextGeneration();
    }

    private void nextGeneration() {
      if (++generation == Integer.MAX_VALUE) {
        Arrays.fill(stamps, 0);
        generation = 1;
      }
    }

    void keepSmall() {
      if (keys.length > KEPT) {
        keys = new long[64];
        values = new int[64];
        stamps = new int[64];
        size = 0;
      }
      if (liveKeys.length > KEPT / 4) {
        liveKeys = new long[0];
        liveValues = new int[0];
      }
    }

    /** The chain's first token, or -1. */
    int get(long key) {
      int mask = keys.length - 1;
      for (int i = slot(key, mask); ; i = (i + 1) & mask) {
        if (stamps[i] != generation) {
          return -1;
        }
        if (keys[i] == key) {
          return values[i];
        }
      }
    }

    /** Records a chain ending at the key's token, which is never before the last one put. */
    void put(long key, int value) {
      if ((size + 1) * 2 > keys.length && !(keys.length >= DROP_FROM && dropOutOfReach((int) key))) {
        long[] oldKeys = keys;
        int[] oldValues = values;
        int[] oldStamps = stamps;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        stamps = new int[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
          if (oldStamps[i] == generation) {
            put(oldKeys[i], oldValues[i]);
          }
        }
      }
      int mask = keys.length - 1;
      for (int i = slot(key, mask); ; i = (i + 1) & mask) {
        if (stamps[i] != generation) {
          keys[i] = key;
          values[i] = value;
          stamps[i] = generation;
          size++;
          return;
        }
        if (keys[i] == key) {
          values[i] = value;
          return;
        }
      }
    }

    /**
     * Drops the chains ending more than {@link #reach} tokens before {@code token} (no lookup from
     * here on can ask for them); true when that left the table at most a quarter full.
     */
    private boolean dropOutOfReach(int token) {
      int oldest = token - reach;
      int live = 0;
      for (int i = 0; i < keys.length; i++) {
        if (stamps[i] == generation && (int) keys[i] >= oldest) {
          live++;
        }
      }
      if ((live + 1) * 4 > keys.length) {
        return false;
      }
      if (liveKeys.length < live) {
        liveKeys = new long[keys.length / 4];
        liveValues = new int[keys.length / 4];
      }
      int n = 0;
      for (int i = 0; i < keys.length; i++) {
        if (stamps[i] == generation && (int) keys[i] >= oldest) {
          liveKeys[n] = keys[i];
          liveValues[n++] = values[i];
        }
      }
      size = 0;
      nextGeneration();
      for (int k = 0; k < live; k++) {
        put(liveKeys[k], liveValues[k]);
      }
      return true;
    }

    private static int slot(long key, int mask) {
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h ^ (h >>> 32)) & mask;
    }
  }

  /**
   * The matches found, before sorting: (first token, last token, entry) triples in one growing
   * array, so a match found costs no object.
   */
  private static final class RawMatches {
    private static final int KEPT = 3 << 14;
    private int[] triples = new int[96];
    private int size; // in triples
    /** The packed sort keys of {@code collectPacked}, reused: read up to the matches' count only. */
    private long[] sortKeys = new long[32];

    void clear() {
      size = 0;
    }

    void keepSmall() {
      if (triples.length > KEPT) {
        triples = new int[96];
      }
      if (sortKeys.length > KEPT / 3) {
        sortKeys = new long[32];
      }
    }

    /** An array of at least {@code n} longs for the sort keys (its contents are not cleared). */
    long[] sortKeys(int n) {
      if (sortKeys.length < n) {
        sortKeys = new long[Math.max(n, sortKeys.length * 2)];
      }
      return sortKeys;
    }

    void add(int firstToken, int lastToken, int entry) {
      int at = size * 3;
      if (at + 3 > triples.length) {
        triples = Arrays.copyOf(triples, triples.length * 2);
      }
      triples[at] = firstToken;
      triples[at + 1] = lastToken;
      triples[at + 2] = entry;
      size++;
    }
  }

  private List<Match<T>> collect(String text, Tokens t, RawMatches found, Sink<? super T> sink) {
    if (found.size == 0) {
      return List.of();
    }
    if (text.length() < (1 << 23) && payloads.size() < (1 << 16)) {
      return collectPacked(text, t, found, sink);
    }
    List<long[]> raw = new ArrayList<>(found.size);
    for (int i = 0; i < found.size; i++) {
      raw.add(new long[] {found.triples[3 * i], found.triples[3 * i + 1], found.triples[3 * i + 2]});
    }
    raw.sort(
        Comparator.<long[]>comparingLong(r -> t.starts[(int) r[0]])
            .thenComparingLong(r -> -t.ends[(int) r[1]])
            .thenComparingLong(r -> r[2]));
    List<Match<T>> result = new ArrayList<>(raw.size());
    long[] previous = null;
    for (long[] r : raw) {
      if (previous != null && Arrays.equals(previous, r)) {
        continue;
      }
      previous = r;
      int first = (int) r[0];
      int last = (int) r[1];
      int entry = (int) r[2];
      if ((insideWords[entry >>> 6] & 1L << entry) == 0
          && ((t.flags[first] & WordTokens.WORD_START) == 0 || (t.flags[last] & WordTokens.WORD_END) == 0)) {
        continue;
      }
      int start = t.starts[first];
      int end = t.ends[last];
      // ICU's word rules may start a word after a prepended mark (U+0600 before an emoji) that
      // belongs to the same grapheme, or end one before a spacing mark that the grapheme rules
      // keep with it (U+0EB3 after an emoji); a span covers whole graphemes.
      start = Graphemes.boundaryAtOrBefore(text, start);
      end = Graphemes.boundaryAtOrAfter(text, end);
      result.add(new Match<>(text, start, end, payloads.get(entry), first, last));
    }
    if (sink != null) {
      for (Match<T> m : result) {
        sink.match(m.start, m.end, m.payload, m.firstToken, m.lastToken);
      }
      return List.of();
    }
    return result;
  }

  /**
   * {@link #collect} for the usual sizes, without a comparator: each match packs into one long
   * (first token, then last token descending, then entry), so a primitive sort orders them and
   * equal longs are the same match. Tokens are non-empty, disjoint and in order, so ordering by
   * tokens is ordering by offsets, and the tokens give the offsets back without a search.
   */
  private List<Match<T>> collectPacked(String text, Tokens t, RawMatches raw, Sink<? super T> sink) {
    // The sort keys in the raw matches' own spare array (kept with them from text to text).
    int n = raw.size;
    long[] keys = raw.sortKeys(n);
    int[] triples = raw.triples;
    for (int i = 0; i < n; i++) {
      long first = triples[3 * i];
      long last = triples[3 * i + 1];
      keys[i] = first << 40 | ((1L << 24) - 1 - last) << 16 | triples[3 * i + 2];
    }
    Arrays.sort(keys, 0, n);
    List<Match<T>> result = sink == null ? new ArrayList<>(n) : List.of();
    for (int i = 0; i < n; i++) {
      long k = keys[i];
      if (i > 0 && keys[i - 1] == k) {
        continue;
      }
      int first = (int) (k >>> 40);
      int last = (int) ((1L << 24) - 1 - ((k >>> 16) & ((1L << 24) - 1)));
      int entry = (int) (k & 0xFFFF);
      if ((insideWords[entry >>> 6] & 1L << entry) == 0
          && ((t.flags[first] & WordTokens.WORD_START) == 0 || (t.flags[last] & WordTokens.WORD_END) == 0)) {
        continue;
      }
      // ICU's word rules may start a word after a prepended mark (U+0600 before an emoji) that
      // belongs to the same grapheme, or end one before a spacing mark that the grapheme rules
      // keep with it (U+0EB3 after an emoji); a span covers whole graphemes.
      int start = Graphemes.boundaryAtOrBefore(text, t.starts[first]);
      int end = Graphemes.boundaryAtOrAfter(text, t.ends[last]);
      if (sink != null) {
        sink.match(start, end, payloads.get(entry), first, last);
      } else {
        result.add(new Match<>(text, start, end, payloads.get(entry), first, last));
      }
    }
    return result;
  }

  /**
   * The vocabulary again, as an open-addressing table probed with a span of the text, so that a
   * plain ASCII word is looked up without making its lower-case string. Keys hash as {@link
   * String#hashCode} does.
   */
  private static final class SpanVocabulary {
    // Each slot holds a word's id (-1: empty); the word is words[start of id .. wordEnds[id]).
    // Keys as chars, not strings: a string's loops test its encoding (Latin-1 or UTF-16) at every
    // character, which the JIT compiles away for Latin-1 keys and must recompile for others. One
    // run of chars for all the words, not an array each: a lexicon's 14,000 arrays were most of a
    // cold start's allocation here.
    private final char[] words;
    private final int[] wordEnds;
    /**
     * Slot {@code i} is {@code slots[2i]}, a word's id (-1: empty), and {@code slots[2i + 1]}, its
     * hash: a probe reads one cache line and compares the hash before the word's characters, so a
     * word of the text that is not in the vocabulary (most of them) never reads the characters.
     */
    private final int[] slots;
    private final int mask;

    SpanVocabulary(char[] words, int[] wordEnds) {
      this.words = words;
      this.wordEnds = wordEnds;
      int capacity = Integer.highestOneBit(Math.max(4, wordEnds.length) * 2) * 2;
      slots = new int[2 * capacity];
      for (int i = 0; i < capacity; i++) {
        slots[2 * i] = -1;
      }
      mask = capacity - 1;
      for (int id = 0, start = 0; id < wordEnds.length; start = wordEnds[id++]) {
        int h = 0;
        for (int c = start; c < wordEnds[id]; c++) {
          h = 31 * h + words[c];
        }
        int i = spread(h) & mask;
        while (slots[2 * i] >= 0) {
          i = (i + 1) & mask;
        }
        slots[2 * i] = id;
        slots[2 * i + 1] = h;
      }
    }

    /** The id of {@code word} exactly as written, or {@link WordTokens#UNKNOWN}. */
    int exact(String word) {
      int n = word.length();
      int h = word.hashCode();
      for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
        int id = slots[2 * i];
        if (id < 0) {
          return WordTokens.UNKNOWN;
        }
        if (slots[2 * i + 1] != h) {
          continue;
        }
        int start = id == 0 ? 0 : wordEnds[id - 1];
        if (wordEnds[id] - start == n && same(start, word)) {
          return id;
        }
      }
    }

    private boolean same(int start, String word) {
      for (int j = 0; j < word.length(); j++) {
        if (words[start + j] != word.charAt(j)) {
          return false;
        }
      }
      return true;
    }

    /** The id of {@code text[start, end)} in ASCII lower case, or {@link WordTokens#UNKNOWN}. */
    int lowerCase(char[] text, int start, int end) {
      int h = 0;
      for (int i = start; i < end; i++) {
        h = 31 * h + lower(text[i]);
      }
      int n = end - start;
      for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
        int id = slots[2 * i];
        if (id < 0) {
          return WordTokens.UNKNOWN;
        }
        if (slots[2 * i + 1] != h) {
          continue;
        }
        int from = id == 0 ? 0 : wordEnds[id - 1];
        if (wordEnds[id] - from == n && sameLowerCase(words, from, text, start, n)) {
          return id;
        }
      }
    }

    private static boolean sameLowerCase(char[] words, int from, char[] text, int start, int n) {
      for (int j = 0; j < n; j++) {
        if (words[from + j] != lower(text[start + j])) {
          return false;
        }
      }
      return true;
    }

    private static char lower(char c) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    private static int spread(int h) {
      return h ^ (h >>> 16);
    }
  }

  private int lowerCaseSymbol(char[] text, int start, int end) {
    return spanVocabulary.lowerCase(text, start, end);
  }

  /** The token stream of one text, as parallel primitive arrays. */
  private final class Tokens implements WordTokens.Sink {
    int[] starts;
    int[] ends;
    int[] symbols;
    byte[] flags;
    int size;

    /** A token stream in {@code scratch}'s arrays when they hold {@code capacity}, else in new ones. */
    Tokens(int capacity, Scratch scratch) {
      if (scratch.starts.length >= capacity) {
        starts = scratch.starts;
        ends = scratch.ends;
        symbols = scratch.symbols;
        flags = scratch.flags;
      } else {
        starts = new int[capacity];
        ends = new int[capacity];
        symbols = new int[capacity];
        flags = new byte[capacity];
      }
    }

    /** Leaves the (perhaps grown) arrays to {@code scratch} for the next text; this stream still reads them. */
    void giveBack(Scratch scratch) {
      scratch.starts = starts;
      scratch.ends = ends;
      scratch.symbols = symbols;
      scratch.flags = flags;
    }

    @Override
    public void token(int start, int end, String folded, byte flag) {
      int symbol;
      if (folded == null) {
        symbol = WordTokens.BARRIER;
      } else {
        symbol = spanVocabulary.exact(folded);
      }
      add(start, end, symbol, flag);
    }

    @Override
    public void plainToken(char[] text, int start, int end, byte flag) {
      add(start, end, lowerCaseSymbol(text, start, end), flag);
    }

    @Override
    public void foldedToken(int start, int end, char[] folded, int length, byte flag) {
      add(start, end, lowerCaseSymbol(folded, 0, length), flag); // already lower case
    }

    private void add(int start, int end, int symbol, byte flag) {
      if (size == starts.length) {
        int c = size * 2;
        starts = Arrays.copyOf(starts, c);
        ends = Arrays.copyOf(ends, c);
        symbols = Arrays.copyOf(symbols, c);
        flags = Arrays.copyOf(flags, c);
      }
      starts[size] = start;
      ends[size] = end;
      symbols[size] = symbol;
      flags[size] = flag;
      size++;
    }
  }

  /**
   * Collects phrases and their payloads. Not thread-safe; the matcher it builds is.
   *
   * @param <T> the payload type
   */
  public static final class Builder<T> {
    private final List<String> phrases = new ArrayList<>();
    private final List<T> payloads = new ArrayList<>();
    private final List<Anchoring> anchorings = new ArrayList<>();
    private boolean foldAccents;

    private Builder() {}

    /**
     * Whether Latin diacritics are ignored ("café" = "cafe"). Default false.
     *
     * @param fold true to ignore Latin diacritics
     * @return this builder
     */
    public Builder<T> foldAccents(boolean fold) {
      this.foldAccents = fold;
      return this;
    }

    /**
     * Adds a phrase matched on whole words.
     *
     * @param phrase the phrase, in the syntax the class comment describes
     * @param payload what a match reports
     * @return this builder
     */
    public Builder<T> add(String phrase, T payload) {
      return add(phrase, payload, Anchoring.WHOLE_WORDS);
    }

    /**
     * Adds a phrase.
     *
     * @param phrase the phrase
     * @param payload what a match reports
     * @param anchoring where a match may start and end
     * @return this builder
     * @throws InvalidInputException naming {@code phrase} when it is null or blank
     */
    public Builder<T> add(String phrase, T payload, Anchoring anchoring) {
      if (phrase == null || phrase.isBlank()) {
        throw InvalidInputException.forRule("phrase", "must not be blank");
      }
      phrases.add(phrase);
      payloads.add(checkNotNull(payload, "payload"));
      anchorings.add(checkNotNull(anchoring, "anchoring"));
      return this;
    }

    /**
     * Compiles the automaton.
     *
     * @return the matcher; immutable and thread-safe
     * @throws InvalidInputException naming {@code phrase} when one has no word, starts or ends with
     *     {@code *}, or expands to too many variants
     */
    public PhraseMatcher<T> build() {
      return new PhraseMatcher<>(this);
    }
  }
}
