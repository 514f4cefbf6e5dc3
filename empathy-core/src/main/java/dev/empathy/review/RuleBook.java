package dev.empathy.review;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.ibm.icu.text.BreakIterator;
import dev.empathy.InvalidInputException;
import dev.empathy.text.BreakRules;
import dev.empathy.text.PhraseMatcher;
import dev.empathy.text.PrecompiledPhrases;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything a {@link Reviewer} needs for one locale, compiled once: the friction rules (data plus
 * the team's options), the word classes, the rubric cues and coaching notes, and one {@link
 * PhraseMatcher} over all of their phrases, so a draft is read in a single pass.
 */
final class RuleBook {
  static final String CLOCK = "<clock>";

  final Locale locale;
  final String language;
  final PhraseMatcher<Cue> matcher;
  final ImmutableMap<String, FrictionRule> rules;
  final ImmutableList<FrictionRule> tokenRules;
  /** Whether unless-lists also look before the match in its sentence (verb-final languages). */
  final boolean unlessBefore;
  /**
   * Whether a quote lead-in follows what it quotes (head-final languages: 「…とのこと」), so the
   * quoted words run from the clause's start up to it, not from it to the sentence's end.
   */
  final boolean quoteBefore;
  /** The rule for unfilled template fields ({first_name}, [AGENT NAME]), when in force. */
  final FrictionRule placeholderRule;
  /**
   * The rule for a reply that meets a customer's question with only a link or a pointer ({@code
   * shape = link-only}), with the word classes it reads: question openers and pointer words.
   */
  final FrictionRule linkOnlyRule;
  final ImmutableList<String> questionOpeners;
  /** The words of the {@link #questionOpeners} classes, lower case: a customer's message opening with one asks something. */
  final ImmutableSet<String> questionOpenerWords;
  final ImmutableList<String> pointerWords;
  /** Ids of the rules whose phrases point elsewhere ("see our FAQ"), read by the link-only rule. */
  final ImmutableSet<String> pointerRules;
  /**
   * Words such as "a", "the", "your" ({@code determiners} in {@code [settings]}): a plain rewrite
   * that brings its own ("a temporary hold") replaces the draft's ("a pre-authorization").
   */
  final ImmutableSet<String> determiners;
  /**
   * The subject pronouns and determiners of a verb-second language ({@code inverted-subjects} and
   * {@code inverted-determiners} in {@code [settings]}): when a rewrite drops the phrase that opened
   * the sentence, the subject after the verb moves in front of it ("Gemäß unseren AGB ist eine
   * Erstattung nicht möglich" -> "Eine Erstattung ist nicht möglich").
   */
  final Rewrite.Inversion inversion;
  /**
   * Words by which a customer asks for something ({@code request-words} in {@code [settings]}:
   * "want", "quiero", "möchte", "たい"), lower case: a message with one and no feeling shown is a
   * plain request. Whole words, or parts of words where the language is matched inside words.
   */
  final ImmutableSet<String> requestWords;
  /** Whether {@link #requestWords} are found inside words (languages written without spaces). */
  final boolean requestInsideWords;
  /** Classes that include the built-in {@code <clock>} shape. */
  final ImmutableSet<String> clockClasses;
  final ImmutableMap<String, String> notes;
  /**
   * The topics of a case ({@code [topic.<name>]} in the rubric file, in file order), each with its
   * single words folded and stemmed as the customer's content words are: the coaching notes' examples
   * are picked by the topic ({@code validation.improve.<name>}).
   */
  final ImmutableMap<String, ImmutableSet<String>> topics;
  /** Each criterion's ".na", ".good" and ".improve" note ({@link #criterionNote}), looked up once. */
  private final String[] criterionNotes;
  final ImmutableMap<String, String> clarity;
  final ImmutableSet<String> stopwords;
  /** The stop words folded and stemmed as content words are ("this" is "thi" there), for the summary overlap. */
  final ImmutableSet<String> contentStopwords;
  /**
   * Words a summary may use for the customer's word ({@code [synonyms]} in the rubric file: "parcel"
   * for "package"), each stemmed word to its group's first, the form content words are kept in.
   */
  final ImmutableMap<String, String> synonyms;
  /**
   * Whether the rubric file lists the words that address the customer ({@code [summary.you]}):
   * then only sentences that address them, or acknowledge, restate their words as a summary.
   */
  final boolean addressedSummary;
  final ImmutableMap<String, ChannelProfile> channels;
  final ImmutableList<String> fallbackNotes;
  /** How an e-mail reply marks the earlier thread below it ({@code [thread]} in channels.ini). */
  final EarlierThread earlierThread;
  private final BreakIterator sentencePrototype;
  private final BreakIterator wordPrototype;
  /** Whether the matcher came from the build's record of these files (no phrase was spelled out). */
  final boolean fromRecord;

  private RuleBook(Builder b) {
    this.sentencePrototype = BreakRules.sentences(b.locale);
    this.wordPrototype = BreakRules.words(b.locale);
    this.locale = b.locale;
    this.language = b.language;
    this.matcher = b.built;
    this.fromRecord = b.replay != null;
    this.rules = ImmutableMap.copyOf(b.rules);
    this.tokenRules = ImmutableList.copyOf(b.tokenRules);
    this.placeholderRule = b.placeholderRule;
    this.linkOnlyRule = b.linkOnlyRule;
    this.questionOpeners = b.questionOpeners;
    // Loops, not streams, in what a cold start runs once: each lambda is linked at its first use
    // and Guava's collectors link sixteen more in their class's initialiser.
    ImmutableSet.Builder<String> openerWords = ImmutableSet.builder();
    for (String c : b.questionOpeners) {
      for (String w : b.classWords.getOrDefault(c, List.of())) {
        openerWords.add(w.toLowerCase(Locale.ROOT));
      }
    }
    this.questionOpenerWords = openerWords.build();
    this.pointerWords = b.pointerWords;
    this.pointerRules = b.pointerRules;
    this.unlessBefore = b.unlessBefore;
    this.quoteBefore = b.quoteBefore;
    this.determiners = ImmutableSet.copyOf(b.determiners);
    this.inversion = b.invertedSubjects.isEmpty() && b.invertedDeterminers.isEmpty()
        ? Rewrite.Inversion.NONE
        : new Rewrite.Inversion(ImmutableSet.copyOf(b.invertedSubjects), ImmutableSet.copyOf(b.invertedDeterminers));
    this.requestWords = ImmutableSet.copyOf(b.requestWords);
    this.requestInsideWords = b.anchoring == PhraseMatcher.Anchoring.INSIDE_WORDS;
    this.clockClasses = ImmutableSet.copyOf(b.clockClasses);
    this.notes = ImmutableMap.copyOf(b.notes);
    ImmutableMap.Builder<String, ImmutableSet<String>> topics = ImmutableMap.builder();
    for (Map.Entry<String, ImmutableSet<String>> e : b.topics.entrySet()) {
      ImmutableSet.Builder<String> words = ImmutableSet.builder();
      for (String w : e.getValue()) {
        words.add(b.synonyms.getOrDefault(w, w));
      }
      topics.put(e.getKey(), words.build());
    }
    this.topics = topics.buildOrThrow();
    this.criterionNotes = criterionNotes(notes);
    this.clarity = ImmutableMap.copyOf(b.clarity);
    this.stopwords = ImmutableSet.copyOf(b.stopwords);
    ImmutableSet.Builder<String> contentStopwords = ImmutableSet.builder();
    for (String w : b.stopwords) {
      contentStopwords.add(contentForm(w));
    }
    this.contentStopwords = contentStopwords.build();
    this.synonyms = ImmutableMap.copyOf(b.synonyms);
    this.addressedSummary = b.rubricKinds.contains("summary.you");
    this.channels = ImmutableMap.copyOf(b.channels);
    this.fallbackNotes = ImmutableList.copyOf(b.fallbackNotes);
    this.earlierThread = b.earlierThread;
  }

  /**
   * The shared private-data detector for this book's language (public replies must not carry its
   * finds). Asked for only by a public channel's checks, so a review that needs none never
   * compiles its patterns.
   */
  dev.empathy.text.PrivateData privateData() {
    return dev.empathy.text.PrivateData.forLocale(locale);
  }

  /**
   * The shared compiled data of {@code shared}, as read for {@code requested}: its own locale,
   * fallback notes and break iterators, everything else (the automaton, rules, notes) by reference.
   */
  private RuleBook(RuleBook shared, Locale requested) {
    // ICU's break rules depend on the language, a variant and Unicode keywords (-u-ss-…), never on
    // the region or a private-use tag: most requests can reuse the shared book's iterators, which
    // saves about a millisecond per reviewer.
    boolean sameRules =
        requested.getLanguage().equals(shared.locale.getLanguage())
            && requested.getVariant().isEmpty()
            && requested.getUnicodeLocaleKeys().isEmpty()
            && requested.getUnicodeLocaleAttributes().isEmpty()
            && shared.locale.getVariant().isEmpty();
    this.sentencePrototype =
        sameRules ? shared.sentencePrototype : BreakRules.sentences(requested);
    this.wordPrototype = sameRules ? shared.wordPrototype : BreakRules.words(requested);
    this.locale = requested;
    this.language = shared.language;
    this.matcher = shared.matcher;
    this.fromRecord = shared.fromRecord;
    this.rules = shared.rules;
    this.tokenRules = shared.tokenRules;
    this.placeholderRule = shared.placeholderRule;
    this.linkOnlyRule = shared.linkOnlyRule;
    this.questionOpeners = shared.questionOpeners;
    this.questionOpenerWords = shared.questionOpenerWords;
    this.pointerWords = shared.pointerWords;
    this.pointerRules = shared.pointerRules;
    this.unlessBefore = shared.unlessBefore;
    this.quoteBefore = shared.quoteBefore;
    this.determiners = shared.determiners;
    this.inversion = shared.inversion;
    this.requestWords = shared.requestWords;
    this.requestInsideWords = shared.requestInsideWords;
    this.clockClasses = shared.clockClasses;
    this.notes = shared.notes;
    this.topics = shared.topics;
    this.criterionNotes = shared.criterionNotes;
    this.clarity = shared.clarity;
    this.stopwords = shared.stopwords;
    this.contentStopwords = shared.contentStopwords;
    this.synonyms = shared.synonyms;
    this.addressedSummary = shared.addressedSummary;
    this.channels = shared.channels;
    this.fallbackNotes = fallbackNotes(requested);
    this.earlierThread = shared.earlierThread;
  }

  /**
   * Compiled rule books for the default rules, one per data file set (language, plus the country
   * when it has an overlay file), built on first use and shared by every reviewer in the JVM. The
   * key is what was read, not the tag asked for, so {@code en-US}, {@code en_us} and {@code
   * en-US-x-k0001} share English, and a language without data shares English too: the map never
   * holds more entries than there are rule files.
   */
  private static final ConcurrentHashMap<String, SharedBook> SHARED = new ConcurrentHashMap<>();

  /**
   * The shared book of one data key, compiled by the first caller outside the map's lock (a failed
   * compilation is tried again by the next caller), as Guava's memoizing supplier did, without the
   * lambdas a cold start would link for it.
   */
  private static final class SharedBook {
    private final String key;
    private volatile RuleBook book;

    SharedBook(String key) {
      this.key = key;
    }

    RuleBook get() {
      RuleBook b = book;
      if (b == null) {
        synchronized (this) {
          b = book;
          if (b == null) {
            b = load(dataLocale(key), ReviewOptions.defaults());
            book = b;
          }
        }
      }
      return b;
    }
  }

  /**
   * The rule book for {@code locale} and {@code options}: the shared one when the options leave the
   * rules as the data has them (the rubric weights do not change a rule book), else compiled anew.
   *
   * @throws InvalidInputException naming {@code rule} when the options name a rule that does not
   *     exist for this locale
   */
  static RuleBook forLocale(Locale locale, ReviewOptions options) {
    if (!options.disabled().isEmpty() || !options.severities().isEmpty() || !options.banned().isEmpty()) {
      return load(locale, options);
    }
    String key = dataKey(locale);
    SharedBook slot = SHARED.get(key);
    if (slot == null) {
      SharedBook fresh = new SharedBook(key);
      slot = SHARED.putIfAbsent(key, fresh);
      slot = slot == null ? fresh : slot;
    }
    RuleBook shared = slot.get();
    return new RuleBook(shared, locale);
  }

  /** Which files a locale reads: "en", "de", "pt_BR" (when an overlay exists)... */
  private static String dataKey(Locale locale) {
    String lang = locale.getLanguage().isEmpty() ? "en" : locale.getLanguage();
    if (!RuleFile.exists("rules_" + lang + ".ini") && !RuleFile.exists("rubric_" + lang + ".ini")) {
      return "en"; // read exactly as English is
    }
    String country = locale.getCountry();
    if (!country.isEmpty()
        && (RuleFile.exists("rules_" + lang + "_" + country + ".ini") || RuleFile.exists("rubric_" + lang + "_" + country + ".ini"))) {
      return lang + "_" + country;
    }
    return lang;
  }

  private static Locale dataLocale(String key) {
    String[] parts = key.split("_");
    return parts.length == 1 ? new Locale(parts[0]) : new Locale(parts[0], parts[1]);
  }

  private static ImmutableList<String> fallbackNotes(Locale locale) {
    String lang = locale.getLanguage().isEmpty() ? "en" : locale.getLanguage();
    ImmutableList.Builder<String> notes = ImmutableList.builder();
    if (!RuleFile.exists("rules_" + lang + ".ini")) {
      notes.add(fallbackNote("friction rules", locale));
    }
    if (!RuleFile.exists("rubric_" + lang + ".ini")) {
      notes.add(fallbackNote("rubric cues", locale));
    }
    return notes.build();
  }

  private static String fallbackNote(String what, Locale locale) {
    return "No " + what + " for \"" + locale.toLanguageTag() + "\" yet; English ones were used.";
  }

  /**
   * The lines that start the earlier messages under a reply, all lower case: a line ending with a
   * {@code replyLines} suffix and carrying a digit ("On 5 Jan 2026, Dana wrote:"), a line starting
   * with a separator ("-----Original Message-----"), or a {@code fromLabels} line followed by a
   * {@code dateLabels} line (Outlook's header block).
   */
  record EarlierThread(ImmutableList<String> replyLines, ImmutableList<String> separators, ImmutableList<String> fromLabels, ImmutableList<String> dateLabels) {
    static final EarlierThread NONE = new EarlierThread(ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), ImmutableList.of());

    static EarlierThread of(Map<String, String> section) {
      if (section == null) {
        return NONE;
      }
      return new EarlierThread(lower(section.get("reply-lines")), lower(section.get("separators")), lower(section.get("from-labels")), lower(section.get("date-labels")));
    }

    private static ImmutableList<String> lower(String value) {
      ImmutableList.Builder<String> out = ImmutableList.builder();
      if (value != null) {
        for (String part : value.split("\\|")) {
          String p = part.strip().toLowerCase(Locale.ROOT);
          if (!p.isEmpty()) {
            out.add(p);
          }
        }
      }
      return out.build();
    }
  }

  /**
   * A sentence iterator for the locale: this thread's spare when it has one for these rules, else
   * a clone of the prototype built once. Cloning ICU's iterator allocates its caches, a visible
   * share of a review's time; {@link #giveBackSentences} lets the next call on this thread reuse it.
   */
  BreakIterator sentences() {
    return borrow(sentencePrototype, 0);
  }

  /** A word iterator for the locale, as {@link #sentences}; see {@link #giveBackWords}. */
  BreakIterator words() {
    return borrow(wordPrototype, 2);
  }

  /**
   * Hands back an iterator from {@link #sentences} that the caller no longer uses. Optional (an
   * iterator not given back is garbage). One spare of each kind per thread, taken out of the slot
   * while lent, so nested use clones its own. ICU's {@code setText} resets every cache, so a
   * reused iterator reads a text exactly as a fresh clone does.
   */
  void giveBackSentences(BreakIterator it) {
    giveBack(it, sentencePrototype, 0);
  }

  /** Hands back an iterator from {@link #words}, as {@link #giveBackSentences}. */
  void giveBackWords(BreakIterator it) {
    giveBack(it, wordPrototype, 2);
  }

  private static void giveBack(BreakIterator it, BreakIterator prototype, int slot) {
    Object[] spares = SPARES.get();
    if (spares[slot] == prototype && spares[slot + 1] != null) {
      return; // a spare is already there
    }
    it.setText(""); // drop the reference to the text
    spares[slot] = prototype;
    spares[slot + 1] = it;
  }

  private static BreakIterator borrow(BreakIterator prototype, int slot) {
    Object[] spares = SPARES.get();
    if (spares[slot] == prototype && spares[slot + 1] != null) {
      BreakIterator it = (BreakIterator) spares[slot + 1];
      spares[slot + 1] = null;
      return it;
    }
    return (BreakIterator) prototype.clone();
  }

  /** Per thread: the sentence prototype and its spare clone, the word prototype and its spare. */
  private static final ThreadLocal<Object[]> SPARES = new ThreadLocal<>() {
    @Override
    protected Object[] initialValue() {
      return new Object[4];
    }
  };

  /** The locale whose data was used: the requested one, or English after a fallback. */
  Locale effectiveLocale() {
    return language.equals(locale.getLanguage()) ? locale : Locale.forLanguageTag(language);
  }

  /** A word folded and stemmed as {@link CustomerReading#contentWords} are, before synonyms. */
  static String contentForm(String w) {
    return CustomerReading.stem(CustomerReading.foldWithoutApostrophes(w, 0, w.length()));
  }

  /** Reads "a, b, c | d, e": each word's content form to its group's first word's. */
  private static void synonymGroups(String groups, Map<String, String> out) {
    for (String group : groups == null ? new String[0] : groups.split("\\|")) {
      String first = null;
      for (String w : RuleFile.list(group)) {
        String form = contentForm(w.strip());
        if (form.isEmpty()) {
          continue;
        }
        first = first == null ? form : first;
        out.putIfAbsent(form, first);
      }
    }
  }

  /** Whether every char of {@code w} is a letter or digit ({@link Character#isLetterOrDigit(char)}). */
  private static boolean lettersOrDigits(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isLetterOrDigit(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The single words of a topic's phrases, folded and stemmed as {@link CustomerReading#contentWords} are. */
  private static ImmutableSet<String> topicWords(String phrases) {
    ImmutableSet.Builder<String> out = ImmutableSet.builder();
    for (String p : phrases == null ? new String[0] : phrases.split("\\|")) {
      String w = p.strip();
      if (!w.isEmpty() && lettersOrDigits(w)) {
        out.add(CustomerReading.stem(CustomerReading.foldWithoutApostrophes(w, 0, w.length())));
      }
    }
    return out.build();
  }

  /**
   * The "improve" note of {@code c} for a case about {@code variant} (a topic, else a channel):
   * {@code validation.improve.billing}, {@code summary.improve.social}; the general one when the data
   * has none for it.
   */
  String improveNote(Criterion c, String variant) {
    if (variant != null) {
      String n = notes.get(c.key() + ".improve." + variant);
      if (n != null) {
        return n;
      }
    }
    return criterionNote(c, IMPROVE);
  }

  /** The note for {@code key}, e.g. {@code "validation.improve"}; empty string when missing. */
  String note(String key) {
    return notes.getOrDefault(key, "");
  }

  /** The suffixes of {@link #criterionNote}'s kinds. */
  static final String[] CRITERION_NOTE_KINDS = {".na", ".good", ".improve"};
  static final int NOT_APPLICABLE = 0;
  static final int GOOD = 1;
  static final int IMPROVE = 2;

  /** {@code note(c.key() + CRITERION_NOTE_KINDS[kind])}, without making the key. */
  String criterionNote(Criterion c, int kind) {
    return criterionNotes[c.ordinal() * CRITERION_NOTE_KINDS.length + kind];
  }

  private static String[] criterionNotes(Map<String, String> notes) {
    Criterion[] all = Criterion.values();
    String[] out = new String[all.length * CRITERION_NOTE_KINDS.length];
    for (Criterion c : all) {
      for (int k = 0; k < CRITERION_NOTE_KINDS.length; k++) {
        out[c.ordinal() * CRITERION_NOTE_KINDS.length + k] = notes.getOrDefault(c.key() + CRITERION_NOTE_KINDS[k], "");
      }
    }
    return out;
  }

  /**
   * Loads and compiles the data for {@code locale}, applying {@code options}.
   *
   * @throws InvalidInputException naming {@code rule} when the options name a rule that does not
   *     exist for this locale
   */
  static RuleBook load(Locale locale, ReviewOptions options) {
    return load(locale, options, true);
  }

  /**
   * Loads as {@link #load(Locale, ReviewOptions)}; with {@code usePrecompiled} false, spells every
   * phrase out even when the build recorded these files (tests compare the two).
   */
  static RuleBook load(Locale locale, ReviewOptions options, boolean usePrecompiled) {
    Builder b = new Builder(locale);
    Map<String, Map<String, String>> rules = b.overlay("rules", "friction rules");
    Map<String, Map<String, String>> rubric = b.overlay("rubric", "rubric cues");
    Map<String, Map<String, String>> channels = b.file("channels.ini").orElseThrow();
    b.settings(rules.get("settings"));
    // The default rules (a team's banned phrases and disabled rules change the phrases) come
    // precompiled when the build saw these very files: their phrases are then never spelled out.
    boolean recordable = options.disabled().isEmpty() && options.banned().isEmpty();
    String key = recordable ? PrecompiledPhrases.key(SOURCE_VERSION, b.sourceNames, b.sourceBytes) : null;
    Optional<PrecompiledPhrases> precompiled = recordable && usePrecompiled ? PrecompiledPhrases.find(key) : Optional.empty();
    if (precompiled.isPresent()) {
      b.replay(precompiled.get().notes(), precompiled.get().size());
    }

    // Classes first, from both files: rules and cues refer to them.
    for (Map<String, Map<String, String>> file : List.of(rules, rubric)) {
      for (Map.Entry<String, Map<String, String>> s : file.entrySet()) {
        if (s.getKey().startsWith("@")) {
          b.wordClass(s.getKey(), RuleFile.list(s.getValue().get("words")));
        }
      }
    }
    for (Map.Entry<String, Map<String, String>> s : rules.entrySet()) {
      String name = s.getKey();
      if (name.equals("quote")) {
        b.addEach(b.phrases(s.getValue().get("phrases"), false), new Cue.Quote());
      } else if (!name.startsWith("@") && !name.equals("settings") && !name.startsWith("channel.")) {
        b.rule(name, s.getValue(), options);
      }
    }
    for (Map.Entry<String, Map<String, String>> s : rubric.entrySet()) {
      String name = s.getKey();
      if (name.equals("notes")) {
        b.notes.putAll(s.getValue());
      } else if (name.equals("clarity")) {
        b.clarity.putAll(s.getValue());
      } else if (name.equals("stopwords")) {
        b.stopwords.addAll(RuleFile.list(s.getValue().get("words")));
      } else if (name.equals("synonyms")) {
        synonymGroups(s.getValue().get("groups"), b.synonyms);
      } else if (name.startsWith("topic.")) {
        b.addEach(b.phrases(s.getValue().get("phrases"), false), new Cue.Rubric(name));
        b.topics.put(name.substring("topic.".length()), ImmutableSet.<String>builder()
            .addAll(topicWords(s.getValue().get("phrases"))).addAll(topicWords(s.getValue().get("customer-words"))).build());
      } else if (!name.startsWith("@")) {
        b.rubricKinds.add(name);
        // A cue may name word classes as a rule does ("@done-step": a pattern of word kinds).
        List<String> phrases = b.phrases(s.getValue().get("phrases"), true);
        b.addEach(phrases, new Cue.Rubric(name));
        b.exceptions(name, phrases, s.getValue().get("not-after"), s.getValue().get("not-before"));
        b.addEach(b.phrases(s.getValue().get("except"), true), new Cue.Except(name));
      }
    }
    b.earlierThread = EarlierThread.of(channels.get("thread"));
    // Channel rules: limits from channels.ini, wording from the locale's file when it has its own.
    for (Map.Entry<String, Map<String, String>> s : channels.entrySet()) {
      if (s.getKey().startsWith("profile.")) {
        b.channels.put(s.getKey().substring("profile.".length()), ChannelProfile.of(s.getValue()));
      } else if (s.getKey().startsWith("channel.")) {
        Map<String, String> merged = new LinkedHashMap<>(s.getValue());
        Map<String, String> local = rules.get(s.getKey());
        if (local != null) {
          merged.putAll(local);
        }
        b.rule(s.getKey(), merged, options);
      }
    }
    b.addNeededClasses();
    int team = 0;
    for (ReviewOptions.BannedPhrase banned : options.banned()) {
      b.team(++team, banned);
    }
    Set<String> unknown = new TreeSet<>(options.disabled());
    unknown.addAll(options.severities().keySet());
    unknown.removeAll(b.seen);
    if (!unknown.isEmpty()) {
      throw new InvalidInputException(
          "rule",
          "rule " + unknown + " is not a known rule for " + locale.toLanguageTag() + "; known rules are " + new TreeSet<>(b.seen));
    }
    if (precompiled.isPresent()) {
      if (b.replayed != b.replay.length) {
        throw new IllegalStateException("precompiled rule book for " + locale + " has more phrase lists than the files");
      }
      b.built = precompiled.get().matcher(b.payloads);
    } else {
      b.built = b.matcher.build();
      if (recordable) {
        PrecompiledPhrases.record(key, b.sourceNames, key, b.built, b.counts.stream().mapToInt(Integer::intValue).toArray());
      }
    }
    return new RuleBook(b);
  }

  /** Above this many compiled exception phrases, a rule's neighbour words are checked at scan time. */
  static final int MAX_COMPILED_EXCEPTIONS = 4_000;

  /**
   * The version of how rule files become phrases (in {@link PrecompiledPhrases#key}): raise it when
   * a change to this class or {@link RuleFile} spells the same files out into other phrases.
   */
  static final String SOURCE_VERSION = "rulebook/1";

  private static final class Builder {
    final Locale locale;
    final PhraseMatcher.Builder<Cue> matcher = PhraseMatcher.builder();
    PhraseMatcher<Cue> built;
    /** The files read, in order, and their bytes: the key of the precompiled phrases. */
    final List<String> sourceNames = new ArrayList<>();
    final List<byte[]> sourceBytes = new ArrayList<>();
    /** How many phrases each {@link #phrases} call gave, in call order (recorded with the matcher). */
    final List<Integer> counts = new ArrayList<>();
    /** When replaying a precompiled record: its counts, and the payloads collected in order. */
    int[] replay;
    int replayed;
    List<Cue> payloads = new ArrayList<>();
    PhraseMatcher.Anchoring anchoring = PhraseMatcher.Anchoring.WHOLE_WORDS;
    final Map<String, FrictionRule> rules = new LinkedHashMap<>();
    final List<FrictionRule> tokenRules = new ArrayList<>();
    FrictionRule placeholderRule;
    FrictionRule linkOnlyRule;
    ImmutableList<String> questionOpeners = ImmutableList.of();
    ImmutableList<String> pointerWords = ImmutableList.of();
    ImmutableSet<String> pointerRules = ImmutableSet.of();
    boolean unlessBefore;
    boolean quoteBefore;
    final Set<String> determiners = new HashSet<>();
    final Set<String> invertedSubjects = new HashSet<>();
    final Set<String> invertedDeterminers = new HashSet<>();
    final Set<String> requestWords = new HashSet<>();
    final Set<String> clockClasses = new HashSet<>();
    final Map<String, String> notes = new LinkedHashMap<>();
    final Map<String, ImmutableSet<String>> topics = new LinkedHashMap<>();
    final Map<String, String> clarity = new LinkedHashMap<>();
    final Set<String> stopwords = new HashSet<>();
    final Map<String, String> synonyms = new LinkedHashMap<>();
    final Set<String> rubricKinds = new HashSet<>();
    final Map<String, ChannelProfile> channels = new LinkedHashMap<>();
    final List<String> fallbackNotes = new ArrayList<>();
    EarlierThread earlierThread = EarlierThread.NONE;
    final Set<String> seen = new HashSet<>();
    final Map<String, List<String>> classWords = new LinkedHashMap<>();
    /** Classes the code or a rule's unless/raise-if/lower-if/rewrite asks about anywhere in a sentence. */
    final Set<String> neededClasses = new HashSet<>(List.of("@time", "@future", "@private-ref", "@street", "@own-contact", "@immediate"));
    String language;

    Builder(Locale locale) {
      this.locale = locale;
      this.language = locale.getLanguage().isEmpty() ? "en" : locale.getLanguage();
    }

    /** The language file, then the language_COUNTRY overlay; English when the language has none. */
    Map<String, Map<String, String>> overlay(String kind, String what) {
      String lang = locale.getLanguage().isEmpty() ? "en" : locale.getLanguage();
      Map<String, Map<String, String>> base = file(kind + "_" + lang + ".ini").orElse(null);
      if (base == null) {
        fallbackNotes.add(fallbackNote(what, locale));
        this.language = "en";
        return file(kind + "_en.ini").orElseThrow();
      }
      Map<String, Map<String, String>> merged = new LinkedHashMap<>(base);
      if (!locale.getCountry().isEmpty()) {
        Optional<Map<String, Map<String, String>>> country = file(kind + "_" + lang + "_" + locale.getCountry() + ".ini");
        if (country.isPresent()) {
          merged.putAll(country.get());
        }
      }
      return merged;
    }

    /** Reads a rule file, noting its bytes for the key of the precompiled phrases. */
    Optional<Map<String, Map<String, String>>> file(String name) {
      Optional<byte[]> bytes = RuleFile.bytes(name);
      if (bytes.isEmpty()) {
        return Optional.empty();
      }
      sourceNames.add(name);
      sourceBytes.add(bytes.get());
      return Optional.of(RuleFile.parse(name, bytes.get()));
    }

    /**
     * Replays a precompiled record: phrases are counted, not spelled out; cues are collected, into
     * a list sized for the record's {@code phrases} (English has 71,086: an unsized list regrew and
     * copied itself about twenty times on a cold start).
     */
    void replay(int[] counts, int phrases) {
      this.replay = counts;
      this.payloads = new ArrayList<>(phrases);
    }

    /** Adds {@code cue} {@code n} times to the payloads being replayed. */
    private void addCopies(int n, Cue cue) {
      for (int i = 0; i < n; i++) {
        payloads.add(cue);
      }
    }

    /**
     * The phrases of a {@code |}-separated list (see {@link RuleFile#phrases}), with word classes
     * spelled out when {@code classes}; when replaying, as many blanks as the record says (only
     * their number is used then).
     */
    List<String> phrases(String value, boolean classes) {
      if (replay != null) {
        if (replayed >= replay.length) {
          throw new IllegalStateException("precompiled rule book for " + locale + " has fewer phrase lists than the files");
        }
        return Collections.nCopies(replay[replayed++], "");
      }
      List<String> out = RuleFile.phrases(classes ? withClasses(value) : value);
      counts.add(out.size());
      return out;
    }

    void settings(Map<String, String> s) {
      if (s == null) {
        return;
      }
      if ("inside-words".equals(s.get("anchoring"))) {
        anchoring = PhraseMatcher.Anchoring.INSIDE_WORDS;
      }
      if ("true".equals(s.get("fold-accents"))) {
        matcher.foldAccents(true);
      }
      unlessBefore = "true".equals(s.get("unless-before"));
      quoteBefore = "true".equals(s.get("quote-before"));
      for (String d : RuleFile.list(s.get("determiners"))) {
        determiners.add(d.toLowerCase(Locale.ROOT));
      }
      for (String d : RuleFile.list(s.get("inverted-subjects"))) {
        invertedSubjects.add(d.toLowerCase(Locale.ROOT));
      }
      for (String d : RuleFile.list(s.get("inverted-determiners"))) {
        invertedDeterminers.add(d.toLowerCase(Locale.ROOT));
      }
      for (String w : RuleFile.list(s.get("request-words"))) {
        requestWords.add(w.toLowerCase(Locale.ROOT).replace('’', '\''));
      }
    }

    void add(String phrase, Cue cue) {
      if (replay != null) {
        payloads.add(cue);
      } else {
        matcher.add(phrase, cue, anchoring);
      }
    }

    /**
     * Adds every phrase of {@code phrases} with the same cue: one instance (cues are immutable
     * values), and when replaying a record, only the cues, in bulk.
     */
    void addEach(List<String> phrases, Cue cue) {
      if (replay != null) {
        addCopies(phrases.size(), cue);
      } else {
        for (String p : phrases) {
          matcher.add(p, cue, anchoring);
        }
      }
    }

    void wordClass(String name, List<String> words) {
      classWords.put(name, words);
    }

    /** Adds the words of the classes that are looked up by position in a sentence. */
    void addNeededClasses() {
      for (String name : neededClasses) {
        for (String w : classWords.getOrDefault(name, List.of())) {
          if (w.equals(CLOCK)) {
            clockClasses.add(name);
          } else {
            add(w, new Cue.WordClass(name));
          }
        }
      }
    }

    /**
     * Compiles {@code not-after} and {@code not-before} lists (words and {@code @classes}) into
     * exception phrases for {@code owner}: "i just" and "just now" for the phrase "just".
     */
    void exceptions(Object owner, List<String> phrases, String notAfter, String notBefore) {
      List<String> before = words(notAfter);
      List<String> after = words(notBefore);
      Cue.Except cue = new Cue.Except(owner);
      if (replay != null) {
        addCopies(phrases.size() * (before.size() + after.size()), cue);
        return;
      }
      for (String p : phrases) {
        for (String w : before) {
          matcher.add(w + " " + p, cue, anchoring);
        }
        for (String w : after) {
          matcher.add(p + " " + w, cue, anchoring);
        }
      }
    }

    private List<String> words(String list) {
      List<String> out = new ArrayList<>();
      for (String item : RuleFile.list(list)) {
        if (item.startsWith("@")) {
          for (String w : classWords.getOrDefault(item, List.of())) {
            if (!w.equals(CLOCK)) {
              out.add(w);
            }
          }
        } else {
          out.add(item);
        }
      }
      return out;
    }

    private ImmutableList<String> classes(String list) {
      ImmutableList<String> names = ImmutableList.copyOf(RuleFile.list(list));
      neededClasses.addAll(names);
      return names;
    }

    void rule(String id, Map<String, String> s, ReviewOptions options) {
      seen.add(id);
      if (options.disabled().contains(id)) {
        return;
      }
      Map<String, String> byClass = new LinkedHashMap<>();
      for (Map.Entry<String, String> e : s.entrySet()) {
        if (e.getKey().startsWith("rewrite.@")) {
          byClass.put(e.getKey().substring("rewrite.".length()), e.getValue());
          neededClasses.add(e.getKey().substring("rewrite.".length()));
        }
      }
      Severity base = Severity.fromLabel(s.getOrDefault("severity", "warning"));
      Map<String, String> terms = terms(s.get("terms"));
      List<String> phrases = phrases(s.get("phrases"), true);
      List<Map.Entry<String, List<String>>> termPhrases = new ArrayList<>();
      int count = phrases.size();
      for (Map.Entry<String, String> t : terms.entrySet()) {
        List<String> expanded = phrases(t.getKey(), true);
        termPhrases.add(Map.entry(t.getValue(), expanded));
        count += expanded.size();
      }
      List<String> notAfter = words(s.get("not-after"));
      List<String> notBefore = words(s.get("not-before"));
      // A family written with word classes has thousands of phrases: its neighbour words are
      // checked where it matches instead of being compiled into an exception for every phrase.
      boolean checkNeighbours = (long) count * (notAfter.size() + notBefore.size()) > MAX_COMPILED_EXCEPTIONS;
      FrictionRule rule =
          new FrictionRule(
              id,
              FrictionCategory.fromLabel(s.get("category")),
              options.severities().getOrDefault(id, base),
              s.getOrDefault("reason", ""),
              s.getOrDefault("rewrite", ""),
              null,
              ImmutableMap.copyOf(byClass),
              classes(s.get("unless")),
              classes(s.get("raise-if")),
              classes(s.get("lower-if")),
              s.containsKey("token")
                  ? Pattern.compile("(?:" + s.get("token") + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE)
                  : null,
              Integer.parseInt(s.getOrDefault("at-least", "1")),
              "placeholder".equals(s.get("shape")),
              classes(s.get("not-in-sentence-after")),
              "true".equals(s.get("unless-customer-said")),
              "true".equals(s.get("unless-answered")),
              checkNeighbours ? folded(notAfter) : ImmutableSet.of(),
              checkNeighbours ? folded(notBefore) : ImmutableSet.of());
      rules.put(id, rule);
      if (rule.token() != null) {
        tokenRules.add(rule);
      }
      List<String> all = new ArrayList<>(phrases);
      addEach(phrases, new Cue.Rule(rule));
      // A term list: each term is a phrase of its own, carrying its plain rewrite.
      for (Map.Entry<String, List<String>> t : termPhrases) {
        addEach(t.getValue(), new Cue.Rule(rule.forTerm(t.getKey())));
        all.addAll(t.getValue());
      }
      if (!checkNeighbours) {
        exceptions(rule, all, s.get("not-after"), s.get("not-before"));
      }
      addEach(phrases(s.get("except"), true), new Cue.Except(rule));
      if (rule.placeholders()) {
        placeholderRule = rule;
      }
      if ("link-only".equals(s.get("shape"))) {
        linkOnlyRule = rule;
        questionOpeners = classes(s.get("question-openers"));
        pointerWords = classes(s.get("pointers"));
        pointerRules = ImmutableSet.copyOf(RuleFile.list(s.get("pointer-rules")));
      }
    }

    /** Neighbour words as the scan compares them: lower case, straight apostrophes. */
    private static ImmutableSet<String> folded(List<String> words) {
      ImmutableSet.Builder<String> out = ImmutableSet.builder();
      for (String w : words) {
        out.add(w.toLowerCase(Locale.ROOT).replace('’', '\''));
      }
      return out.build();
    }

    /**
     * Spells out the word classes named in a phrase list ("@hedge-subject @soft-modal try") as
     * alternatives, so a rule can be written as a pattern of word kinds rather than a list of
     * sentences. A class word with a space ("will be") stays one alternative.
     */
    String withClasses(String value) {
      if (value == null || value.indexOf('@') < 0) {
        return value;
      }
      StringBuilder out = new StringBuilder(value.length() * 4);
      int depth = 0;
      int i = 0;
      while (i < value.length()) {
        char c = value.charAt(i);
        boolean starts = c == '@' && (i == 0 || " (/".indexOf(value.charAt(i - 1)) >= 0);
        if (!starts) {
          depth += c == '(' ? 1 : c == ')' ? -1 : 0;
          out.append(c);
          i++;
          continue;
        }
        int j = i + 1;
        while (j < value.length() && (Character.isLetterOrDigit(value.charAt(j)) || value.charAt(j) == '-')) {
          j++;
        }
        List<String> members = classWords.get(value.substring(i, j));
        if (members == null) {
          out.append(value, i, j);
        } else if (depth > 0) {
          out.append(String.join("/", members)); // already inside alternatives: "(@third-party/browser)"
        } else {
          out.append('(').append(String.join("/", members)).append(')');
        }
        i = j;
      }
      return out.toString();
    }

    /** A term list, "term => plain words | other term => other words", in order. */
    private static Map<String, String> terms(String value) {
      Map<String, String> out = new LinkedHashMap<>();
      if (value == null) {
        return out;
      }
      for (String entry : value.split("\\|")) {
        int arrow = entry.indexOf("=>");
        if (entry.isBlank()) {
          continue;
        }
        if (arrow < 0) {
          throw new IllegalStateException("a term needs \"=> plain words\": " + entry.strip());
        }
        out.put(entry.substring(0, arrow).strip(), entry.substring(arrow + 2).strip());
      }
      return out;
    }

    void team(int n, ReviewOptions.BannedPhrase banned) {
      // A team's phrase is literal text: the matcher's syntax characters (* # | ?) are dropped.
      String phrase = banned.phrase().replaceAll("[*#|?]", " ").strip().replaceAll("\\s+", " ");
      String id = "team." + n;
      FrictionRule rule =
          new FrictionRule(
              id,
              FrictionCategory.TEAM,
              banned.severity(),
              banned.reason(),
              "{before} {replacement} {after}",
              banned.replacement(),
              ImmutableMap.of(),
              ImmutableList.of(),
              ImmutableList.of(),
              ImmutableList.of(),
              null,
              1,
              false,
              ImmutableList.of(),
              false,
              false,
              ImmutableSet.of(),
              ImmutableSet.of());
      rules.put(id, rule);
      try {
        add(phrase, new Cue.Rule(rule));
      } catch (InvalidInputException e) {
        throw new InvalidInputException("phrase", "phrase \"" + banned.phrase() + "\" has no word to match");
      }
    }
  }

  /** Limits and exposure of one channel, from {@code channels.ini}. */
  record ChannelProfile(boolean isPublic, int warnWords, int errorWords, int warnGraphemes, int errorGraphemes) {
    static ChannelProfile of(Map<String, String> s) {
      return new ChannelProfile(
          "true".equals(s.get("public")),
          num(s, "max-words.warning"),
          num(s, "max-words.error"),
          num(s, "max-graphemes.warning"),
          num(s, "max-graphemes.error"));
    }

    private static int num(Map<String, String> s, String key) {
      String value = s.get(key);
      return value == null ? Integer.MAX_VALUE : Integer.parseInt(value);
    }
  }
}
