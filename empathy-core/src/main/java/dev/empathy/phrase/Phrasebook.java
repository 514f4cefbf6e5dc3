package dev.empathy.phrase;

import static dev.empathy.InvalidInputException.checkNotNull;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.base.Splitter;
import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.DateTimePatternGenerator;
import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.LocaleMatcher;
import com.ibm.icu.util.ULocale;
import dev.empathy.InvalidInputException;
import dev.empathy.Register;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The phrases of one locale and register, compiled and ready to format from any thread. Phrases
 * are ICU MessageFormat patterns kept in resource files ({@code phrases_<locale>.properties}),
 * never in Java code. A key may have several variants ({@code key.1}, {@code key.2}, …); which
 * one is used is decided by {@link #pick}: deterministic in (conversation seed, turn), and never
 * the same variant on two consecutive turns when there are at least two.
 *
 * <pre>{@code
 * Phrasebook book = Phrasebook.load(Locale.US, Register.FORMAL, BrandVoice.none());
 * String ack = book.format("ack.frustrated", Phrasebook.seed("conv-1"), 0,
 *     Map.of("situation", "the double charge"));
 * }</pre>
 *
 * <p>Locale resolution: the requested locale if bundled, else the closest bundle of its language
 * (CLDR's matching: en-AU reads en-GB, pt-AO reads pt-PT), else English. The locale actually used
 * is {@link #locale()}, and {@link #fallbackWarning()} says when it differs. Unsupported locales
 * never throw.
 *
 * <p>Files per locale and register are layered, least specific first: {@code phrases_de},
 * {@code phrases_de.informal}; {@code phrases_en}, {@code phrases_en_GB}. A file that defines a key
 * replaces all of that key's variants, so an informal overlay never mixes with formal variants.
 */
public final class Phrasebook {
  /**
   * Bundled locales. {@code en} reads as US English; {@code en_GB} overlays British spelling and
   * idiom; {@code pt_BR} is the Portuguese bundle, and {@code pt_PT} overlays Portugal's
   * Portuguese on it.
   */
  public static final List<ULocale> SUPPORTED =
      ImmutableList.of(
          new ULocale("en"),
          new ULocale("en_US"),
          new ULocale("en_GB"),
          new ULocale("es"),
          new ULocale("fr"),
          new ULocale("de"),
          new ULocale("pt_BR"),
          new ULocale("pt_PT"),
          new ULocale("ja"));

  private static final ULocale DEFAULT = new ULocale("en");
  /** CLDR's distance data picks the closest regional bundle (en-AU reads en-GB, pt-AO reads pt-PT). */
  private static final class Matcher {
    /** Built on first use: most requests are resolved from {@link LocaleFacts} without it. */
    static final LocaleMatcher MATCHER =
        LocaleMatcher.builder().setSupportedULocales(SUPPORTED).setDefaultULocale(DEFAULT).build();
  }
  private static final String BASE = "/dev/empathy/phrase/";

  /**
   * A region's spelling of its language's bundle ({@code spelling.tsv}: a language tag, then
   * "from=to" pairs): Swiss and Liechtenstein German write "ss" for "ß". Read on first use.
   */
  private static final class RegionSpelling {
    static final ImmutableMap<String, ImmutableMap<String, String>> BY_TAG = load();

    /**
     * The region's pairs: its tag's row, then the row of its tag and register ("es-AR.informal":
     * Rioplatense Spanish says "vos tenés" where the bundle says "tú tienes").
     */
    static ImmutableMap<String, String> of(Locale requested, Register register) {
      if (requested.getCountry().isEmpty()) {
        return ImmutableMap.of();
      }
      String tag = requested.getLanguage() + "-" + requested.getCountry();
      ImmutableMap<String, String> region = BY_TAG.getOrDefault(tag, ImmutableMap.of());
      ImmutableMap<String, String> inRegister =
          BY_TAG.getOrDefault(tag + "." + register.name().toLowerCase(Locale.ROOT), ImmutableMap.of());
      if (inRegister.isEmpty()) {
        return region;
      }
      return ImmutableMap.<String, String>builder().putAll(region).putAll(inRegister).buildKeepingLast();
    }

    private static ImmutableMap<String, ImmutableMap<String, String>> load() {
      ImmutableMap.Builder<String, ImmutableMap<String, String>> b = ImmutableMap.builder();
      try (InputStream in = Phrasebook.class.getResourceAsStream(BASE + "spelling.tsv")) {
        if (in == null) {
          return ImmutableMap.of();
        }
        for (String line : new String(in.readAllBytes(), UTF_8).split("\n")) {
          String t = line.strip();
          if (t.isEmpty() || t.startsWith("#")) {
            continue;
          }
          int tab = t.indexOf('\t');
          if (tab <= 0) {
            throw new IllegalStateException("spelling.tsv: \"" + t + "\" must read \"<tag><TAB>from=to, …\"");
          }
          ImmutableMap.Builder<String, String> pairs = ImmutableMap.builder();
          for (String pair : Splitter.on(',').trimResults().omitEmptyStrings().split(t.substring(tab + 1))) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
              throw new IllegalStateException("spelling.tsv: entry \"" + pair + "\" must read \"from=to\"");
            }
            String from = pair.substring(0, eq);
            String to = pair.substring(eq + 1);
            pairs.put(from, to);
            if (from.length() > 1 && from.charAt(0) == '~' && Character.isLowerCase(from.charAt(1))) {
              // A whole word opens a sentence too: "~tienes=tenés" also writes "Tienes" as "Tenés".
              pairs.put("~" + Character.toUpperCase(from.charAt(1)) + from.substring(2),
                  Character.toUpperCase(to.charAt(0)) + to.substring(1));
            }
          }
          b.put(t.substring(0, tab).strip(), pairs.buildKeepingLast());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return b.buildKeepingLast();
    }
  }
  /**
   * Phrase bundles, each with a catalogue ({@code keys-<bundle>.tsv}, or {@code keys.tsv} for the
   * core bundle) and one file per locale ({@code <bundle>_<locale>.properties}).
   */
  private static final ImmutableList<String> BUNDLES = ImmutableList.of("phrases", "channels");
  private static final ImmutableMap<String, PhraseKey> CATALOGUE = loadCatalogue();
  private static final Map<String, Map<String, String>> FILES = new ConcurrentHashMap<>();
  /** Compiled bundles without a brand voice, one per bundled locale and register (at most 16). */
  private static final Map<String, Phrasebook> BUNDLED = new ConcurrentHashMap<>();

  private final ULocale locale;
  private final Locale requested;
  private final Register register;
  private final String fallbackWarning;
  /** Per key, its variants: compiled when built, or on first use for a bundled phrasebook (see {@link Slot}). */
  private final ImmutableMap<String, Slot> phrases;
  private final ImmutableMap<String, String> raw;
  private final CompiledMessage.Formatters formatters;
  private final DateTimeFormatter dateFormat;
  private final DateTimeFormatter dateWithYearFormat;
  /** The first of a month where the locale writes it as an ordinal ("1er", "1º"); else the usual ones. */
  private final DateTimeFormatter firstDateFormat;
  private final DateTimeFormatter firstDateWithYearFormat;
  private final DateTimeFormatter timeFormat;
  /** A clock time on the hour ("5 PM", "17 h", "17h"); {@link #timeFormat} where the locale has none. */
  private final DateTimeFormatter timeOnTheHourFormat;
  private final String today;
  private final String tomorrow;
  private final Supplier<ListFormatter> andList;
  private final ImmutableSet<String> lowercaseLeadWords;
  private final boolean capitalizeAfterColon;
  private final String sentenceSeparator;
  /** {@code meta.stackedList = sentences}: a list whose item holds the list's "and" is said as sentences. */
  private final boolean stackedSentences;
  /** The list's conjunction between spaces (" and "), as ICU joins two items; blank when it has none. */
  private final Supplier<String> conjunction;
  /** Joins clause lists instead of ICU's list format when not empty (Japanese: "。"). */
  private final String clauseJoiner;
  private final ImmutableList<String> situationSuffixes;
  /** Words lower-cased when they open the sentence after a greeting that ends with a comma. */
  private final ImmutableSet<String> afterGreetingWords;
  /** True when a greeting names the customer by the full name given ({@code meta.greetingName}). */
  private final boolean greetsByFullName;
  /** True when a greeting names a customer known only by a handle ({@code meta.greetingHandle}). */
  private final boolean greetsHandles;
  /** The register the variants address the customer in ({@code meta.addressRegister}; by default {@link #register}). */
  private final Register addressRegister;
  /** Counting phrases ("3 business days") already formatted, per key, for counts 0 to 127. */
  private final ConcurrentHashMap<String, String[]> quantities;
  /**
   * The last date formatted. Replies composed on one day share their deadlines, and formatting a
   * date through {@code java.time} is most of a timeline's cost; one entry keeps it lock-free.
   */
  private volatile DateText lastDate;

  private record DateText(LocalDate date, boolean withYear, String text) {}

  private Phrasebook(
      ULocale locale,
      Register register,
      ImmutableMap<String, Slot> phrases,
      ImmutableMap<String, String> raw) {
    this.locale = locale;
    this.requested = locale.toLocale();
    this.register = register;
    this.fallbackWarning = null;
    this.phrases = phrases;
    this.raw = raw;
    // ICU's answers for this locale come from the build (LocaleFacts) when it recorded them; the
    // formatters, pattern generator and list format are built only if something is missing or asked.
    this.formatters =
        new CompiledMessage.Formatters(
            locale, LocaleFacts.get(LocaleFacts.numbersKey(locale)), LocaleFacts.get(LocaleFacts.pluralsKey(locale)))
        .withSeams(Seams.parse(
            raw.getOrDefault("meta.contractions", ""),
            raw.getOrDefault("meta.elision", ""),
            "phrases_" + locale));
    Supplier<DateTimePatternGenerator> gen = Suppliers.memoize(() -> DateTimePatternGenerator.getInstance(locale));
    Locale jl = locale.toLocale();
    // CLDR's patterns, unless the locale's data gives the form its writers use ("15 h 30",
    // "el viernes 27 de noviembre", "15h30", "11月27日（金）").
    this.dateFormat = pattern(raw, "meta.datePattern", locale, gen, "EEEEMMMMd", jl);
    this.dateWithYearFormat = pattern(raw, "meta.dateWithYearPattern", locale, gen, "yMMMMEEEEd", jl);
    // "mardi 1er décembre", "terça-feira, dia 1º de dezembro": the first of a month as writers put it.
    this.firstDateFormat =
        raw.getOrDefault("meta.firstOfMonthDatePattern", "").isBlank()
            ? dateFormat
            : pattern(raw, "meta.firstOfMonthDatePattern", locale, gen, "EEEEMMMMd", jl);
    this.firstDateWithYearFormat =
        raw.getOrDefault("meta.firstOfMonthDateWithYearPattern", "").isBlank()
            ? dateWithYearFormat
            : pattern(raw, "meta.firstOfMonthDateWithYearPattern", locale, gen, "yMMMMEEEEd", jl);
    this.timeFormat = pattern(raw, "meta.timePattern", locale, gen, "jmm", jl);
    this.timeOnTheHourFormat =
        raw.getOrDefault("meta.timeOnTheHourPattern", "").isBlank()
            ? timeFormat
            : pattern(raw, "meta.timeOnTheHourPattern", locale, gen, "jmm", jl);
    String today = LocaleFacts.get(LocaleFacts.todayKey(locale));
    String tomorrow = LocaleFacts.get(LocaleFacts.tomorrowKey(locale));
    this.today = today != null ? today : LocaleFacts.today(locale);
    this.tomorrow = tomorrow != null ? tomorrow : LocaleFacts.tomorrow(locale);
    this.andList = Suppliers.memoize(() -> ListFormatter.getInstance(locale, ListFormatter.Type.AND, ListFormatter.Width.WIDE));
    this.lowercaseLeadWords =
        ImmutableSet.copyOf(
            Splitter.on(',')
                .trimResults()
                .omitEmptyStrings()
                .split(raw.getOrDefault("meta.lowercaseLeadWords", "").replace('\'', '’')));
    this.capitalizeAfterColon = rawChoice(raw, "meta.afterColon", "keep", "capitalize").equals("capitalize");
    this.sentenceSeparator = rawChoice(raw, "meta.sentenceSpacing", "space", "none").equals("space") ? " " : "";
    this.stackedSentences = rawChoice(raw, "meta.stackedList", "list", "sentences").equals("sentences");
    this.conjunction = Suppliers.memoize(() -> {
      String two = andList.get().format("\u0001", "\u0002");
      int a = two.indexOf('\u0001');
      int b = two.indexOf('\u0002');
      return a >= 0 && b > a ? " " + two.substring(a + 1, b).strip() + " " : " ";
    });
    this.clauseJoiner = raw.getOrDefault("meta.clauseJoiner", "").strip();
    this.situationSuffixes =
        ImmutableList.copyOf(
            Splitter.on(',').trimResults().omitEmptyStrings().split(raw.getOrDefault("meta.situationSuffixes", "")));
    this.afterGreetingWords =
        rawChoice(raw, "meta.afterGreeting", "keep", "lowercase").equals("keep")
            ? ImmutableSet.of()
            : ImmutableSet.copyOf(
                Splitter.on(',').trimResults().omitEmptyStrings().split(raw.getOrDefault("meta.afterGreetingWords", "")));
    this.greetsByFullName = rawChoice(raw, "meta.greetingName", "first", "full").equals("full");
    this.greetsHandles = rawChoice(raw, "meta.greetingHandle", "name", "none").equals("name");
    String address = rawChoice(raw, "meta.addressRegister", "same", "formal", "informal");
    this.addressRegister = address.equals("same") ? register : address.equals("formal") ? Register.FORMAL : Register.INFORMAL;
    this.quantities = new ConcurrentHashMap<>();
  }

  /** The same compiled phrases, as answered for {@code requested}. */
  private Phrasebook(Phrasebook base, Locale requested, String fallbackWarning) {
    this.locale = base.locale;
    this.requested = requested;
    this.register = base.register;
    this.fallbackWarning = fallbackWarning;
    this.phrases = base.phrases;
    this.raw = base.raw;
    // de-CH reads the German bundle and writes it as Swiss German does ("Grüsse", never "Grüße").
    this.formatters = base.formatters.withSpelling(RegionSpelling.of(requested, base.register));
    this.dateFormat = base.dateFormat;
    this.dateWithYearFormat = base.dateWithYearFormat;
    this.firstDateFormat = base.firstDateFormat;
    this.firstDateWithYearFormat = base.firstDateWithYearFormat;
    this.timeFormat = base.timeFormat;
    this.timeOnTheHourFormat = base.timeOnTheHourFormat;
    this.today = base.today;
    this.tomorrow = base.tomorrow;
    this.andList = base.andList;
    this.lowercaseLeadWords = base.lowercaseLeadWords;
    this.capitalizeAfterColon = base.capitalizeAfterColon;
    this.sentenceSeparator = base.sentenceSeparator;
    this.stackedSentences = base.stackedSentences;
    this.conjunction = base.conjunction;
    this.clauseJoiner = base.clauseJoiner;
    this.situationSuffixes = base.situationSuffixes;
    this.afterGreetingWords = base.afterGreetingWords;
    this.greetsByFullName = base.greetsByFullName;
    this.greetsHandles = base.greetsHandles;
    this.addressRegister = base.addressRegister;
    // A region's spelling writes its counts its own way ("cinq jours ouvrables" in fr-CA, "cinq jours
    // ouvrés" in fr-FR): a book with one keeps its own, never the shared book's formatted counts.
    this.quantities = this.formatters == base.formatters ? base.quantities : new ConcurrentHashMap<>();
  }

  /**
   * The formatter of the pattern in {@code key} (java.time pattern letters), or of CLDR's best
   * pattern for {@code skeleton} when the key is empty.
   */
  private static DateTimeFormatter pattern(
      Map<String, String> raw, String key, ULocale icuLocale, Supplier<DateTimePatternGenerator> gen, String skeleton, Locale locale) {
    String own = raw.getOrDefault(key, "").strip();
    try {
      if (own.isEmpty()) {
        String cldr = LocaleFacts.get(LocaleFacts.patternKey(icuLocale, skeleton));
        own = javaPattern(cldr != null ? cldr : gen.get().getBestPattern(skeleton));
      }
      return DateTimeFormatter.ofPattern(own, locale);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("phrase " + key + ": malformed date-time pattern \"" + own + "\": " + e.getMessage(), e);
    }
  }

  private static String rawChoice(Map<String, String> raw, String key, String... allowed) {
    String v = raw.getOrDefault(key, allowed[0]).strip();
    if (!List.of(allowed).contains(v)) {
      throw new IllegalStateException(
          "phrase " + key + " must be one of " + List.of(allowed) + " but was \"" + v + "\"");
    }
    return v;
  }

  /**
   * Loads the phrasebook for {@code requested} (falling back as documented) in {@code register},
   * with {@code voice} applied.
   *
   * @param requested the customer's locale
   * @param register formal or informal
   * @param voice the brand voice to apply; {@link BrandVoice#none()} for none
   * @return the compiled, thread-safe phrasebook
   * @throws InvalidInputException naming {@code phrase} when banned phrases leave a key with no
   *     variant in this locale (the voice's own keys and patterns were checked when it was built)
   */
  public static Phrasebook load(Locale requested, Register register, BrandVoice voice) {
    checkNotNull(requested, "requested");
    checkNotNull(register, "register");
    checkNotNull(voice, "voice");
    ULocale resolved;
    boolean same;
    String key = LocaleFacts.resolveKey(requested);
    String known = key == null ? null : LocaleFacts.get(key);
    int bar = known == null ? -1 : known.indexOf('|');
    ULocale bundled = bar < 0 ? null : supported(known.substring(0, bar));
    if (bundled != null) {
      resolved = bundled;
      same = known.endsWith("|true");
    } else {
      resolved = resolveWithIcu(requested);
      same = sameLocaleWithIcu(requested, resolved);
    }
    Phrasebook base =
        voice.phrases().isEmpty() && voice.banned().isEmpty()
            ? BUNDLED.computeIfAbsent(
                resolved + "/" + register, k -> build(resolved, register, BrandVoice.none(), true))
            : build(resolved, register, voice, false);
    String warning = null;
    if (!same) {
      String asked = requested.toLanguageTag();
      warning =
          "locale "
              + (asked.equals("und") ? "\"" + requested + "\"" : asked)
              + " is not bundled; replying in "
              + resolved.toLanguageTag()
              + (resolved.getLanguage().equals(ULocale.forLocale(requested).getLanguage())
                  ? ""
                  : " (the default)");
    }
    return new Phrasebook(base, requested, warning);
  }

  /**
   * Builds the phrasebook. {@code lazy} (the bundled phrases, no brand voice): each key's variants
   * are compiled the first time the key is used, since a reply uses a few dozen of the catalogue's
   * keys and compiling all of them was a tenth of a one-line run; the bundled data of every locale
   * and register is compiled whole by {@code PhrasebookCompileAllTest}. Otherwise (a brand voice)
   * every key is compiled here, so a voice's errors surface when it is loaded.
   */
  private static Phrasebook build(ULocale resolved, Register register, BrandVoice voice, boolean lazy) {
    // A file that defines a key replaces all of that key's variants, so a register overlay with
    // four informal variants never mixes with the formal ones it overrides.
    Map<String, List<Declared>> variants = new HashMap<>();
    for (String bundle : BUNDLES) {
      for (String file : chain(resolved, register)) {
        variants.putAll(groupVariants(file(bundle + "_" + file), bundle + "_" + file));
      }
    }
    for (Map.Entry<String, List<String>> e : voice.overridesFor(resolved).entrySet()) {
      List<Declared> list = new ArrayList<>(e.getValue().size());
      for (String p : e.getValue()) {
        list.add(new Declared(p, null));
      }
      variants.put(e.getKey(), List.copyOf(list));
    }
    ImmutableMap.Builder<String, Slot> compiled = ImmutableMap.builder();
    ImmutableMap.Builder<String, String> raw = ImmutableMap.builder();
    List<Declared> seamList = variants.get(SEAM_WORDS);
    ImmutableSet<String> seamWords =
        seamList == null || seamList.isEmpty()
            ? ImmutableSet.of()
            : ImmutableSet.copyOf(
                Splitter.on(',').trimResults().omitEmptyStrings()
                    .split(seamList.get(0).pattern().toLowerCase(Locale.ROOT).replace('\'', '’')));
    for (PhraseKey spec : CATALOGUE.values()) {
      List<Declared> list = variants.get(spec.key());
      if (list == null) {
        throw new IllegalStateException(
            "phrase " + spec.key() + " is missing from the bundled phrasebook for " + resolved);
      }
      if (spec.raw()) {
        raw.put(spec.key(), list.get(0).pattern());
        continue;
      }
      Slot slot = new Slot(spec, list, resolved, register, seamWords);
      if (!lazy) {
        slot.compile(voice);
      }
      // Interned: callers pass literal keys, so a lookup settles on identity, not a compare.
      compiled.put(spec.key().intern(), slot);
    }
    return new Phrasebook(resolved, register, compiled.buildOrThrow(), raw.buildOrThrow());
  }

  /**
   * Compiles the variants of one key, checking each pattern, its fits declaration and that every
   * fit has a variant.
   *
   * @throws InvalidInputException naming {@code phrase} for a malformed pattern or when banned
   *     phrases leave the key without a (fitting) variant
   */
  private static Variants compileKey(
      PhraseKey spec, List<Declared> list, ULocale resolved, Register register, BrandVoice voice, Set<String> seamWords) {
    List<CompiledMessage> msgs = new ArrayList<>();
    List<int[]> fits = new ArrayList<>();
    for (Declared d : list) {
      CompiledMessage m = compile(spec, d.pattern());
      if (!BrandVoice.containsBanned(m.literalText(), voice.banned())) {
        msgs.add(m);
        try {
          fits.add(d.fits() == null ? null : Fit.parse(d.fits()));
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException(
              "phrase " + spec.key() + " (" + resolved + "): fits declaration: " + e.getMessage(), e);
        }
      }
    }
    if (msgs.isEmpty()) {
      throw new InvalidInputException(
          "phrase",
          "phrase "
              + spec.key()
              + ": every "
              + resolved.toLanguageTag()
              + " variant contains a banned phrase "
              + voice.banned()
              + "; override the key or ban less");
    }
    Variants v = new Variants(stableHash(spec.key()), ImmutableList.copyOf(msgs), fits, seamWords);
    String uncovered = v.uncovered();
    if (uncovered != null) {
      String why = "phrase " + spec.key() + " (" + resolved.toLanguageTag() + ", " + register.label()
          + "): no variant fits " + uncovered + "; declare one (key.N.fits) or leave a variant undeclared";
      if (list.size() != msgs.size()) {
        throw new InvalidInputException("phrase", why + " (banned phrases removed the others)");
      }
      throw new IllegalStateException(why);
    }
    return v;
  }

  /**
   * One key's variants: compiled when the phrasebook is built, or on the first lookup (a bundled
   * phrasebook). Two threads may both compile a key the first time; either result is the same
   * and is published whole through the volatile field.
   */
  private static final class Slot {
    private final PhraseKey spec;
    private final List<Declared> declared;
    private final ULocale resolved;
    private final Register register;
    private final Set<String> seamWords;
    private volatile Variants variants;

    Slot(PhraseKey spec, List<Declared> declared, ULocale resolved, Register register, Set<String> seamWords) {
      this.spec = spec;
      this.declared = declared;
      this.resolved = resolved;
      this.register = register;
      this.seamWords = seamWords;
    }

    Variants compile(BrandVoice voice) {
      Variants v = compileKey(spec, declared, resolved, register, voice, seamWords);
      variants = v;
      return v;
    }

    Variants get() {
      Variants v = variants;
      return v != null ? v : compile(BrandVoice.none());
    }
  }

  /** The variants of {@code key}, compiled on first use; null for a key not in the catalogue. */
  private Variants compiled(String key) {
    Slot slot = phrases.get(key);
    return slot == null ? null : slot.get();
  }

  /** Compiles every key now (a bundled phrasebook compiles each on first use): for tests. */
  void compileAll() {
    for (Slot slot : phrases.values()) {
      slot.get();
    }
  }

  /** The raw key listing the words a variant must not repeat across a seam with caller text. */
  private static final String SEAM_WORDS = "meta.seamWords";

  /** A variant's pattern as written in a file, and its {@code fits} declaration (null: fits all). */
  private record Declared(String pattern, String fits) {}

  /**
   * True when the reply reads as what was asked for: same language, script and region once
   * CLDR's likely subtags are filled in ("en" is en-Latn-US, "pt" is pt-Latn-BR).
   */
  static boolean sameLocaleWithIcu(Locale requested, ULocale resolved) {
    if (requested.getLanguage().isEmpty()) {
      return false;
    }
    ULocale a = likelySubtags(ULocale.forLocale(requested).getBaseName());
    ULocale b = likelySubtags(resolved.getBaseName());
    return a.getLanguage().equals(b.getLanguage())
        && a.getScript().equals(b.getScript())
        && a.getCountry().equals(b.getCountry());
  }

  /**
   * CLDR's likely subtags per base name ("en_US" → en_Latn_US): about 50 µs to compute, and asked
   * for every new instance. Bounded: once it holds {@value #MAX_LIKELY} names, others are computed
   * each time.
   */
  private static final Map<String, ULocale> LIKELY = new ConcurrentHashMap<>();

  private static final int MAX_LIKELY = 1024;

  private static ULocale likelySubtags(String baseName) {
    ULocale known = LIKELY.get(baseName);
    if (known != null) {
      return known;
    }
    ULocale likely = ULocale.addLikelySubtags(new ULocale(baseName));
    if (LIKELY.size() < MAX_LIKELY) {
      LIKELY.put(baseName, likely);
    }
    return likely;
  }

  /**
   * Compiles one pattern of {@code spec}, checking that it only uses the key's arguments.
   *
   * @throws InvalidInputException naming {@code phrase} and the key
   */
  static CompiledMessage compile(PhraseKey spec, String pattern) {
    CompiledMessage m;
    try {
      m = CompiledMessage.compile(pattern);
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      throw new InvalidInputException(
          "phrase", "phrase " + spec.key() + ": malformed pattern \"" + pattern + "\": " + e.getMessage());
    }
    for (String arg : m.argumentNames()) {
      if (!spec.arguments().contains(arg)) {
        throw new InvalidInputException(
            "phrase",
            "phrase "
                + spec.key()
                + ": argument {"
                + arg
                + "} is not offered by this key; it offers "
                + (spec.arguments().isEmpty() ? "no arguments" : spec.arguments()));
      }
    }
    return m;
  }

  /**
   * The catalogue entry for {@code key}, if there is one.
   *
   * @param key a phrase key, e.g. {@code "closing"}
   * @return the entry, or empty when the catalogue has no such key
   */
  public static Optional<PhraseKey> key(String key) {
    return Optional.ofNullable(CATALOGUE.get(key));
  }

  /**
   * Resolves a requested locale to the bundled one used: the exact locale, else the closest
   * bundle of the same language (CLDR's distance: en-AU reads en-GB, pt-AO reads pt-PT, es-MX
   * reads es), else English. Never throws for a well-formed {@link Locale}.
   *
   * @param requested the customer's locale
   * @return the bundled locale used
   */
  public static ULocale resolve(Locale requested) {
    checkNotNull(requested, "requested");
    String key = LocaleFacts.resolveKey(requested);
    String known = key == null ? null : LocaleFacts.get(key);
    int bar = known == null ? -1 : known.indexOf('|');
    ULocale bundled = bar < 0 ? null : supported(known.substring(0, bar));
    return bundled != null ? bundled : resolveWithIcu(requested);
  }

  /** The bundled locale named {@code name} ("en_US"), or null. */
  private static ULocale supported(String name) {
    for (ULocale s : SUPPORTED) {
      if (s.getName().equals(name)) {
        return s;
      }
    }
    return null;
  }

  /** {@link #resolve} as CLDR's distance data answers it (what {@link LocaleFacts} records). */
  static ULocale resolveWithIcu(Locale requested) {
    ULocale want = ULocale.forLocale(checkNotNull(requested, "requested"));
    if (want.getLanguage().isEmpty()) {
      return DEFAULT;
    }
    ULocale best = Matcher.MATCHER.getBestMatch(want);
    if (best.getLanguage().equals(want.getLanguage())) {
      return best;
    }
    // CLDR matches nothing to pseudo-locales (es-XA) and odd scripts; the language still decides.
    for (ULocale s : SUPPORTED) {
      if (s.getLanguage().equals(want.getLanguage())) {
        return s;
      }
    }
    return DEFAULT;
  }

  /** The resource files of a locale and register, least specific first; later files win. */
  private static List<String> chain(ULocale locale, Register register) {
    List<String> files = new ArrayList<>();
    String lang = locale.getLanguage();
    String full = locale.getCountry().isEmpty() ? lang : lang + "_" + locale.getCountry();
    files.add(lang.equals("pt") ? "pt_BR" : lang);
    if (!full.equals(files.get(0))) {
      files.add(full);
    }
    if (register == Register.INFORMAL) {
      // A regional locale with an informal file of its own reads it in place of its base's: pt-PT's
      // informal replies never take pt-BR's "a gente" and "pra" (en-GB has none and reads en's).
      boolean own = files.size() > 1 && !file("phrases_" + full + ".informal").isEmpty();
      for (String f : List.copyOf(files)) {
        if (!own || f.equals(full)) {
          files.add(f + ".informal");
        }
      }
    }
    return files;
  }

  private static Map<String, String> file(String name) {
    return FILES.computeIfAbsent(name, Phrasebook::readFile);
  }

  private static Map<String, String> readFile(String name) {
    String path = BASE + name + ".properties";
    try (InputStream in = Phrasebook.class.getResourceAsStream(path)) {
      if (in == null) {
        return Map.of();
      }
      Properties p = new Properties();
      try (Reader r = new InputStreamReader(in, UTF_8)) {
        p.load(r);
      }
      Map<String, String> m = new HashMap<>();
      for (Map.Entry<Object, Object> e : p.entrySet()) {
        m.put(e.getKey().toString(), e.getValue().toString());
      }
      return Map.copyOf(m);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /**
   * Groups {@code key.1 … key.n} into ordered variants of {@code key}, each with its declaration
   * {@code key.N.fits} (see {@link Fit}), if any; checks keys are known.
   */
  private static Map<String, List<Declared>> groupVariants(Map<String, String> entries, String where) {
    Map<String, TreeMap<Integer, String>> grouped = new HashMap<>();
    Map<String, Map<Integer, String>> declared = new HashMap<>();
    for (Map.Entry<String, String> e : entries.entrySet()) {
      String k = e.getKey();
      boolean fits = k.endsWith(FITS);
      if (fits) {
        k = k.substring(0, k.length() - FITS.length());
      }
      int dot = k.lastIndexOf('.');
      int index = 0;
      String base = k;
      if (dot > 0 && dot < k.length() - 1 && allDigits(k, dot + 1)) {
        base = k.substring(0, dot);
        index = Integer.parseInt(k.substring(dot + 1));
      }
      if (!CATALOGUE.containsKey(base)) {
        throw new IllegalStateException("phrasebook " + where + ": unknown key " + e.getKey());
      }
      // Loops, not lambdas: each lambda links a class of its own on a cold start.
      if (fits) {
        Map<Integer, String> byIndex = declared.get(base);
        if (byIndex == null) {
          declared.put(base, byIndex = new HashMap<>());
        }
        byIndex.put(index, e.getValue());
      } else {
        TreeMap<Integer, String> byIndex = grouped.get(base);
        if (byIndex == null) {
          grouped.put(base, byIndex = new TreeMap<>());
        }
        byIndex.put(index, e.getValue());
      }
    }
    Map<String, List<Declared>> out = new HashMap<>();
    for (Map.Entry<String, Map<Integer, String>> e : declared.entrySet()) {
      String base = e.getKey();
      for (Integer i : e.getValue().keySet()) {
        if (!grouped.containsKey(base) || !grouped.get(base).containsKey(i)) {
          throw new IllegalStateException(
              "phrasebook " + where + ": " + base + (i == 0 ? "" : "." + i) + FITS + " declares a variant that does not exist");
        }
      }
    }
    for (Map.Entry<String, TreeMap<Integer, String>> e : grouped.entrySet()) {
      Map<Integer, String> d = declared.getOrDefault(e.getKey(), Map.of());
      List<Declared> list = new ArrayList<>(e.getValue().size());
      for (Map.Entry<Integer, String> v : e.getValue().entrySet()) {
        list.add(new Declared(v.getValue(), d.get(v.getKey())));
      }
      out.put(e.getKey(), list);
    }
    return out;
  }

  /** True when every character of {@code s} from {@code from} is a digit ({@link Character#isDigit}). */
  private static boolean allDigits(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The suffix of a variant's declaration of what it fits: {@code action.first.2.fits}. */
  private static final String FITS = ".fits";

  private static ImmutableMap<String, PhraseKey> loadCatalogue() {
    ImmutableMap.Builder<String, PhraseKey> b = ImmutableMap.builder();
    for (String bundle : BUNDLES) {
      readCatalogue(BASE + (bundle.equals("phrases") ? "keys.tsv" : "keys-" + bundle + ".tsv"), b);
    }
    return b.buildOrThrow();
  }

  private static void readCatalogue(String path, ImmutableMap.Builder<String, PhraseKey> b) {
    try (InputStream in = Phrasebook.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing " + path);
      }
      String text = new String(in.readAllBytes(), UTF_8);
      for (String line : Splitter.on('\n').omitEmptyStrings().split(text)) {
        if (line.startsWith("#")) {
          continue;
        }
        List<String> cols = Splitter.on('\t').trimResults().splitToList(line);
        String args = cols.get(1);
        boolean raw = args.equals("raw");
        ImmutableSet<String> names =
            args.equals("-") || raw
                ? ImmutableSet.of()
                : ImmutableSet.copyOf(Splitter.on(',').trimResults().split(args));
        b.put(cols.get(0), new PhraseKey(cols.get(0), names, cols.get(2), raw));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  private static String javaPattern(String icuPattern) {
    // ICU and java.time agree on the fields used here (y, M, d, E, h, H, m, a); 'c'/'L'
    // (stand-alone forms) map to their format forms.
    return icuPattern.replace('c', 'E').replace('L', 'M');
  }

  /** {@return the catalogue of phrase keys, in the order of {@code keys.tsv}} */
  public static List<PhraseKey> catalogue() {
    return CATALOGUE.values().asList();
  }

  /**
   * A stable seed for a conversation id, for {@link #pick} and {@link #format}.
   *
   * @param conversationId the conversation's id; the same id always gives the same seed
   * @return the seed
   */
  public static int seed(String conversationId) {
    return conversationId == null ? 0 : stableHash(conversationId);
  }

  private static int stableHash(String s) {
    int h = 0x811C9DC5;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x01000193;
    }
    return h;
  }

  /** {@return the locale actually used} */
  public ULocale locale() {
    return locale;
  }

  /** {@return the locale that was asked for} */
  public Locale requestedLocale() {
    return requested;
  }

  /** {@return the register (formal or informal) of this phrasebook's variants} */
  public Register register() {
    return register;
  }

  /** {@return a warning saying which locale was used instead of the requested one, when that
   * happened} */
  public Optional<String> fallbackWarning() {
    return Optional.ofNullable(fallbackWarning);
  }

  /**
   * Whether the catalogue has {@code key}.
   *
   * @param key a phrase key
   * @return true when it is in the catalogue
   */
  public static boolean isKey(String key) {
    return CATALOGUE.containsKey(key);
  }

  /**
   * The number of usable variants of {@code key}.
   *
   * @param key a phrase key
   * @return the number of variants, after banned phrases are taken out
   */
  public int variantCount(String key) {
    return variants(key).size();
  }

  /**
   * The variant index for {@code key} at {@code turn} of the conversation with {@code seed}, among
   * the variants that fit {@code fit}. The rule: of the {@code n} fitting variants, take number
   * {@code (h + turn) mod n}, where {@code h} is a hash of (seed, key). Each key's start is
   * independent of every other key's, so blocks vary independently, and any {@code n} turns in a
   * row take {@code n} different variants: a conversation of six turns never hears an opening or
   * a closing twice when six or more fit (a skip every {@code n} turns, as before, made turn 3
   * repeat turn 1 among three).
   *
   * @param key a phrase key
   * @param fit the clause kind and emotion the variant must fit
   * @param seed the conversation's seed, from {@link #seed(String)}
   * @param turn the turn in the conversation, from 0
   * @return the index among all variants of {@code key}
   */
  public int pick(String key, Fit fit, int seed, int turn) {
    checkNotNull(fit, "fit");
    Variants v = compiled(key);
    if (v == null) {
      throw new IllegalArgumentException("unknown phrase key " + key);
    }
    return v.pick(fit, seed, turn);
  }

  /**
   * {@link #pick(String, Fit, int, int)} with {@link Fit#ANY}.
   *
   * @param key a phrase key
   * @param seed the conversation's seed, from {@link #seed(String)}
   * @param turn the turn in the conversation, from 0
   * @return the index among all variants of {@code key}
   */
  public int pick(String key, int seed, int turn) {
    return pick(key, Fit.ANY, seed, turn);
  }

  /**
   * Formats the picked variant of {@code key} with {@code args} (inserted as data).
   *
   * @param key a phrase key
   * @param seed the conversation's seed, from {@link #seed(String)}
   * @param turn the turn in the conversation, from 0
   * @param args the pattern's named arguments
   * @return the formatted phrase
   */
  public String format(String key, int seed, int turn, Map<String, ?> args) {
    return format(key, Fit.ANY, seed, turn, args);
  }

  /**
   * Formats the variant of {@code key} picked among those that fit {@code fit} (see {@link
   * #pick(String, Fit, int, int)}), with {@code args} inserted as data.
   *
   * @param key a phrase key
   * @param fit the clause kind and emotion the variant must fit
   * @param seed the conversation's seed, from {@link #seed(String)}
   * @param turn the turn in the conversation, from 0
   * @param args the pattern's named arguments
   * @return the formatted phrase
   */
  public String format(String key, Fit fit, int seed, int turn, Map<String, ?> args) {
    CompiledMessage m = picked(key, fit, seed, turn, args);
    try {
      return m.format(args, formatters);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("phrase " + key + ": " + e.getMessage(), e);
    }
  }

  /** The turns of a short conversation, whose replies never hear one line twice when enough variants fit. */
  private static final int SHORT_CONVERSATION = 6;

  /**
   * Formats the variant of {@code key} that {@link #format(String, Fit, int, int, Map)} picks when
   * {@code acceptable} accepts its text; otherwise picks, by the same rule, among the fitting
   * variants whose text it accepts (and keeps the first pick when it accepts none). A composer uses
   * it for choices that depend on the rest of the reply: a sign-off that would echo the closing line
   * ("Take good care of yourself." + "Take care,") gives way to another fitting variant.
   *
   * <pre>{@code
   * String closing = book.format("closing", fit, seed, turn, Map.of());
   * String signOff = book.format("signoff", fit, seed, turn, Map.of(), s -> !s.startsWith("Thanks"));
   * }</pre>
   *
   * @param key the phrase key
   * @param fit what the variant must fit (clause kind, emotion, moments)
   * @param seed the conversation's seed
   * @param turn the turn, 0 or more
   * @param args the pattern's named arguments
   * @param acceptable accepts a formatted variant's text
   * @return the formatted variant
   */
  public String format(
      String key, Fit fit, int seed, int turn, Map<String, ?> args, java.util.function.Predicate<String> acceptable) {
    checkNotNull(acceptable, "acceptable");
    String first = format(key, fit, seed, turn, args);
    if (acceptable.test(first)) {
      return first;
    }
    Variants v = compiled(key);
    // The neighbouring turns' first picks are avoided when another variant is acceptable, so the
    // re-pick keeps consecutive turns apart.
    int previous = turn > 0 ? v.pick(fit, seed, turn - 1) : -1;
    int next = v.pick(fit, seed, turn + 1);
    // First choice: the variants whose turns lie before the conversation began (the slots of turns
    // -1, -2, …, which come round only after every other variant has had its turn), so a
    // conversation of a few turns hears no line twice even when a turn's own pick is refused. Of
    // the slots no turn of a short conversation takes, turns refused in the same conversation
    // start at different ones (by the turn), so two refusals rarely meet either.
    int[] cycle = v.declared ? v.fitting(fit) : null;
    int n = cycle == null ? v.array.length : cycle.length;
    int h = Variants.mix(seed, v.keyHash);
    int spare = Math.max(1, n - SHORT_CONVERSATION);
    for (int k = 1; k < n; k++) {
      int back = k <= spare ? spare - (k - 1 + turn) % spare : k;
      int slot = Variants.step(h, -back, n);
      int i = cycle == null ? slot : cycle[slot];
      if (i != previous && i != next) {
        String text = v.array[i].format(args, formatters);
        if (acceptable.test(text)) {
          return text;
        }
      }
    }
    List<String> accepted = new ArrayList<>(v.array.length);
    List<String> apart = new ArrayList<>(v.array.length);
    for (int i = 0; i < v.array.length; i++) {
      if (v.fits(fit, i)) {
        String text = v.array[i].format(args, formatters);
        if (acceptable.test(text)) {
          accepted.add(text);
          if (i != previous && i != next) {
            apart.add(text);
          }
        }
      }
    }
    List<String> from = apart.isEmpty() ? accepted : apart;
    if (from.isEmpty()) {
      return first;
    }
    return from.get(Variants.step(Variants.mix(seed, v.keyHash), turn, from.size()));
  }

  /**
   * Like {@link #format(String, Fit, int, int, Map, java.util.function.Predicate)}, for a line that
   * must differ from the one the turn before said even when the two turns fit different variants (a
   * closing after the customer's feeling changed: "I’m around if you need anything else." once
   * for an anxious turn and again for the neutral one after it). The key's variants fall in two
   * halves by their place in the data (odd and even numbers), the same for every fit, and a turn
   * picks in its own half (even turns in one, odd turns in the other), cycling there as {@link
   * #pick} cycles: two consecutive turns never share a line whatever each fits, and a conversation
   * of six turns in one feeling hears no line twice when each half holds three that fit. A half
   * with nothing that fits and is acceptable gives way to the plain pick.
   *
   * <pre>{@code
   * String anxious = book.formatAlternating("closing", Fit.of(Emotion.ANXIOUS), seed, 3, Map.of(), s -> true);
   * String neutral = book.formatAlternating("closing", Fit.of(Emotion.NEUTRAL), seed, 4, Map.of(), s -> true);
   * // never equal
   * }</pre>
   *
   * @param key the phrase key
   * @param fit what the variant must fit (clause kind, emotion, moments)
   * @param seed the conversation's seed
   * @param turn the turn, 0 or more
   * @param args the pattern's named arguments
   * @param acceptable accepts a formatted variant's text
   * @return the formatted variant
   */
  public String formatAlternating(
      String key, Fit fit, int seed, int turn, Map<String, ?> args, java.util.function.Predicate<String> acceptable) {
    checkNotNull(fit, "fit");
    checkNotNull(acceptable, "acceptable");
    Variants v = compiled(key);
    if (v == null) {
      throw new IllegalArgumentException("unknown phrase key " + key);
    }
    int h = Variants.mix(seed, v.keyHash);
    int[] own = v.half(fit, (turn & 1) ^ (h >>> 31));
    int m = own.length;
    if (m == 0) {
      return format(key, fit, seed, turn, args, acceptable);
    }
    int round = turn >> 1;
    String first = v.array[own[Variants.step(h, round, m)]].format(args, formatters);
    if (acceptable.test(first)) {
      return first;
    }
    // A refused pick takes a slot of the half that no round of a short conversation takes (rounds
    // -1, -2, …), rotated by the round, and never the picks of the rounds beside it.
    int previous = round > 0 ? own[Variants.step(h, round - 1, m)] : -1;
    int next = own[Variants.step(h, round + 1, m)];
    int spare = Math.max(1, m - SHORT_CONVERSATION / 2);
    for (int k = 1; k < m; k++) {
      int back = k <= spare ? spare - (k - 1 + round) % spare : k;
      int i = own[Variants.step(h, -back, m)];
      if (i != previous && i != next) {
        String text = v.array[i].format(args, formatters);
        if (acceptable.test(text)) {
          return text;
        }
      }
    }
    for (int i : own) {
      String text = v.array[i].format(args, formatters);
      if (acceptable.test(text)) {
        return text;
      }
    }
    return format(key, fit, seed, turn, args, acceptable);
  }

  /**
   * Like {@link #format}, but hands the phrase's pieces (its literal text, the argument values,
   * formatted numbers) to {@code out} in order instead of joining them. A caller assembling a
   * longer text (a whole reply) then joins everything once, at its exact length.
   *
   * <pre>{@code
   * StringJoiner text = new StringJoiner("");
   * book.formatTo(text::add, "greeting", seed, 0, Map.of("name", "Dana"));
   * }</pre>
   *
   * @param out receives the pieces, in order
   * @param key a phrase key
   * @param seed the conversation's seed, from {@link #seed(String)}
   * @param turn the turn in the conversation, from 0
   * @param args the pattern's named arguments
   */
  public void formatTo(Consumer<? super String> out, String key, int seed, int turn, Map<String, ?> args) {
    formatTo(out, key, Fit.ANY, seed, turn, args);
  }

  /**
   * {@link #formatTo(Consumer, String, int, int, Map)} among the variants that fit {@code fit}.
   *
   * @param out receives the pieces, in order
   * @param key a phrase key
   * @param fit the clause kind and emotion the variant must fit
   * @param seed the conversation's seed, from {@link #seed(String)}
   * @param turn the turn in the conversation, from 0
   * @param args the pattern's named arguments
   */
  public void formatTo(
      Consumer<? super String> out, String key, Fit fit, int seed, int turn, Map<String, ?> args) {
    checkNotNull(out, "out");
    CompiledMessage m = picked(key, fit, seed, turn, args);
    try {
      m.formatTo(out, args, formatters);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("phrase " + key + ": " + e.getMessage(), e);
    }
  }

  /**
   * A counting phrase, such as {@code timeline.unit.businessDays} ("3 business days"), for {@code
   * count}: the key's first-turn variant with {@code {count}} set. The phrases for whole counts
   * from 0 to 127 are formatted once and remembered.
   *
   * <pre>{@code
   * book.quantity("timeline.unit.hours", 1.5); // "1.5 hours"
   * }</pre>
   *
   * @param key a counting phrase key with a {@code {count}} argument
   * @param count the count
   * @return the formatted phrase
   */
  public String quantity(String key, double count) {
    int whole = (int) count;
    boolean small = whole >= 0 && whole < 128 && whole == count
        && Double.doubleToRawLongBits(count) != Double.doubleToRawLongBits(-0.0);
    if (!small) {
      return format(key, 0, 0, Map.of("count", countArgument(count)));
    }
    String[] known = quantities.get(key);
    if (known == null) {
      known = quantities.computeIfAbsent(key, k -> new String[128]);
    }
    String text = known[whole];
    if (text == null) {
      text = format(key, 0, 0, Map.of("count", countArgument(count)));
      known[whole] = text; // a racing thread writes the same immutable string
    }
    return text;
  }

  /** A whole count as a long (formatted without decimals), any other as the double. */
  private static Object countArgument(double count) {
    return count == Math.rint(count) && !Double.isInfinite(count) ? (Object) (long) count : (Object) count;
  }

  private CompiledMessage picked(String key, Fit fit, int seed, int turn) {
    Variants v = compiled(key);
    if (v == null) {
      throw new IllegalArgumentException("unknown phrase key " + key);
    }
    return v.array[v.pick(fit, seed, turn)];
  }

  /**
   * {@link #picked(String, Fit, int, int)} among the variants that do not repeat a word at a seam
   * with {@code args} ({@code meta.seamWords}: "about your joke about our hold music"); when every
   * fitting variant would, among all fitting ones.
   */
  private CompiledMessage picked(String key, Fit fit, int seed, int turn, Map<String, ?> args) {
    Variants v = compiled(key);
    if (v == null) {
      throw new IllegalArgumentException("unknown phrase key " + key);
    }
    if (v.seamWords == null || args == null) {
      return v.array[v.pick(fit, seed, turn)];
    }
    long repeating = v.repeating(args);
    return v.array[repeating == 0 ? v.pick(fit, seed, turn) : v.pick(fit, seed, turn, repeating)];
  }

  /** Variant {@code index} of {@code key} formatted with {@code args}: for tests that check every variant. */
  String formatVariant(String key, int index, Map<String, ?> args) {
    return compiled(key).array[index].format(args, formatters);
  }

  /** True when variant {@code index} of {@code key} fits {@code fit} (see {@link Fit}). */
  boolean variantFits(String key, int index, Fit fit) {
    Variants v = compiled(key);
    return v.fits(fit, index);
  }

  /**
   * Like {@link #format}, appending to {@code out}.
   *
   * @param out the builder to append to
   * @param key a phrase key
   * @param seed the conversation's seed, from {@link #seed(String)}
   * @param turn the turn in the conversation, from 0
   * @param args the pattern's named arguments
   */
  public void formatTo(StringBuilder out, String key, int seed, int turn, Map<String, ?> args) {
    out.append(format(key, seed, turn, args));
  }

  /**
   * The raw data value of a {@code raw} key (e.g. a word list).
   *
   * @param key a key the catalogue marks {@code raw}
   * @return the value as written in the data
   * @throws IllegalArgumentException when {@code key} is not a raw data key
   */
  public String raw(String key) {
    String v = raw.get(key);
    if (v == null) {
      throw new IllegalArgumentException("phrase " + key + " is not a raw data key");
    }
    return v;
  }

  /**
   * {@return true when a greeting names a customer by the full name given ("Guten Tag Jonas
   * Weber,"): {@code meta.greetingName = full}, as formal German letters do when the
   * customer's gender is not known; false greets by the first name ("Hallo Jonas,")}
   */
  public boolean greetsByFullName() {
    return greetsByFullName;
  }

  /**
   * {@return true when a greeting names a customer known only by a handle ("Hi @jess_k,"): {@code
   * meta.greetingHandle = name}; {@code none} greets such a customer as one whose name is not known
   * ("¡Hola!", "Bonjour,", "Hallo,", "Olá!"), as agents writing those languages do}
   *
   * <pre>{@code
   * Phrasebook.load(Locale.forLanguageTag("es"), Register.FORMAL, BrandVoice.none()).greetsHandles();   // false
   * }</pre>
   */
  public boolean greetsHandles() {
    return greetsHandles;
  }

  /**
   * {@return the register in which this phrasebook's variants address the customer: its {@link
   * #register()} when {@code meta.addressRegister = same}, else the one it names. European Portuguese informal
   * replies are warmer but, as Portugal's support desks write, never say "tu": their verbs are
   * those of the formal register ("Se precisar de mais alguma coisa"), so the customer's own words
   * are turned into those forms too ("cobraram-lhe", never "cobraram-te")}
   *
   * <pre>{@code
   * Phrasebook.load(Locale.forLanguageTag("pt-PT"), Register.INFORMAL, BrandVoice.none()).addressRegister();   // FORMAL
   * }</pre>
   */
  public Register addressRegister() {
    return addressRegister;
  }

  /**
   * {@return words that are lower-cased when a customer's clause is placed mid-sentence ("You" →
   * "you")}
   */
  public Set<String> lowercaseLeadWords() {
    return lowercaseLeadWords;
  }

  /**
   * Whether this locale's orthography starts a full clause after a colon with a capital letter
   * (German: "Kurz zusammengefasst: Ihr Export bricht ab."); false when it continues in lower case
   * (English, French, Spanish, Portuguese).
   *
   * @return true for a capital after a colon
   */
  public boolean capitalizeAfterColon() {
    return capitalizeAfterColon;
  }

  /**
   * {@return what goes between two sentences of one paragraph: a space, or nothing in scripts
   * that do not space sentences (Japanese: "申し訳ございません。すぐに確認いたします。")}
   */
  public String sentenceSeparator() {
    return sentenceSeparator;
  }

  /**
   * Formats a list of the agent's clauses as "a, b and c" with ICU's ListFormatter for this
   * locale, or, where {@code meta.clauseJoiner} is set, as sentences joined by it (Japanese runs
   * finished clauses together with "。": "メモを追加しました。代替品をお送りします").
   *
   * @param items the clauses, in order
   * @return the clauses joined as one text
   */
  public String andList(List<String> items) {
    if (!clauseJoiner.isEmpty()) {
      return String.join(clauseJoiner, items);
    }
    if (stackedSentences && items.size() > 1 && stacked(items)) {
      // "the visit has been booked for Saturday between 8 and 12. I’ve flagged this to our manager":
      // an item holding the list's own "and" would stack two of them in one sentence
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < items.size(); i++) {
        String item = items.get(i).strip();
        if (i > 0) {
          char end = sb.charAt(sb.length() - 1);
          sb.append(end == '.' || end == '!' || end == '?' ? "" : ".").append(sentenceSeparator);
          int cp = item.codePointAt(0);
          item = new StringBuilder().appendCodePoint(Character.toUpperCase(cp)).append(item, Character.charCount(cp), item.length()).toString();
        }
        sb.append(item);
      }
      return sb.toString();
    }
    return andList.get().format(items);
  }

  /** True when an item holds the list's conjunction as a word of its own ("between 8 and 12"). */
  private boolean stacked(List<String> items) {
    String spaced = conjunction.get();
    if (spaced.isBlank()) {
      return false;
    }
    for (String item : items) {
      if (item.contains(spaced)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The situation without a trailing word the patterns add themselves ({@code
   * meta.situationSuffixes}; Japanese "返金の件" becomes "返金", since patterns say "{situation}の件で").
   *
   * @param situation the situation as the caller gave it
   * @return the situation without such a suffix
   */
  public String trimSituation(String situation) {
    for (String suffix : situationSuffixes) {
      if (situation.length() > suffix.length() && situation.endsWith(suffix)) {
        return situation.substring(0, situation.length() - suffix.length());
      }
    }
    return situation;
  }

  /**
   * Whether this locale continues a letter after a greeting that ends with a comma in lower
   * case ({@code meta.afterGreeting = lowercase}; German: "Hallo Dana,\n\nes tut mir leid …").
   *
   * @return true when the letter continues in lower case
   */
  public boolean lowercasesAfterGreeting() {
    return !afterGreetingWords.isEmpty();
  }

  /**
   * {@code sentence} as it starts on the line after {@code greeting}. Where the locale continues
   * a letter in lower case after a greeting that ends with a comma ({@code meta.afterGreeting}),
   * the sentence's first word is lower-cased when it is one of {@code meta.afterGreetingWords}
   * (pronouns, articles, verbs, adverbs); any other word, such as a noun, a name or the formal
   * "Sie" and its forms, keeps its capital. Otherwise, and after a greeting that ends otherwise
   * ("Hallo Dana!"), {@code sentence} is returned as it is.
   *
   * <pre>{@code
   * de.afterGreeting("Hallo Dana,", "Es tut mir leid.");   // "es tut mir leid."
   * de.afterGreeting("Hallo Dana,", "Sie haben recht.");   // "Sie haben recht."
   * de.afterGreeting("Hallo Dana!", "Es tut mir leid.");   // "Es tut mir leid."
   * }</pre>
   *
   * @param greeting the greeting line, e.g. {@code "Hallo Dana,"}
   * @param sentence the first sentence after it
   * @return the sentence, its first word lower-cased where the locale does that
   */
  public String afterGreeting(String greeting, String sentence) {
    checkNotNull(greeting, "greeting");
    checkNotNull(sentence, "sentence");
    if (afterGreetingWords.isEmpty() || !greeting.stripTrailing().endsWith(",")) {
      return sentence;
    }
    int end = 0;
    while (end < sentence.length() && Character.isLetter(sentence.codePointAt(end))) {
      end += Character.charCount(sentence.codePointAt(end));
    }
    if (end == 0 || !Character.isUpperCase(sentence.codePointAt(0))) {
      return sentence;
    }
    String word = sentence.substring(0, end);
    String lower = UCharacter.toLowerCase(locale, word);
    if (!afterGreetingWords.contains(lower) || lower.length() != word.length()) {
      return sentence;
    }
    int first = Character.charCount(sentence.codePointAt(0));
    return lower.substring(0, first) + sentence.substring(first);
  }

  /**
   * Weekday and date as the locale writes them after a preposition: "Friday, December 4" (en-US),
   * "Friday 4 December" (en-GB), "viernes 4 de diciembre" (es), "vendredi 4 décembre" (fr),
   * "Freitag, 4. Dezember" (de), "sexta-feira, dia 4 de dezembro" (pt-BR), "12月4日（金）" (ja).
   * The first of a month is an ordinal where writers make it one: "mardi 1er décembre" (fr),
   * "terça-feira, dia 1º de dezembro" (pt-BR).
   *
   * @param date the date
   * @param withYear whether to show the year
   * @return the formatted date
   */
  public String date(LocalDate date, boolean withYear) {
    DateText last = lastDate;
    if (last != null && last.withYear() == withYear && last.date().equals(date)) {
      return last.text();
    }
    DateTimeFormatter format =
        date.getDayOfMonth() == 1
            ? (withYear ? firstDateWithYearFormat : firstDateFormat)
            : (withYear ? dateWithYearFormat : dateFormat);
    String text = format.format(date);
    lastDate = new DateText(date, withYear, text);
    return text;
  }

  /**
   * A clock time as the locale writes it: "4:30 PM" and "5 PM" (en-US), "16:30" (en-GB, de, es),
   * "16 h 30" and "17 h" (fr), "16h30" and "17h" (pt-BR). Seconds are not shown.
   *
   * @param time the time of day
   * @return the formatted time
   */
  public String time(LocalTime time) {
    return (time.getMinute() == 0 ? timeOnTheHourFormat : timeFormat).format(time);
  }

  /** {@return ICU's word for today ("today", "hoy", "heute", "今日")} */
  public String today() {
    return today;
  }

  /** {@return ICU's word for tomorrow ("tomorrow", "mañana", "morgen", "明日")} */
  public String tomorrow() {
    return tomorrow;
  }

  /**
   * The bundled phrasebooks' raw variant patterns of {@code key} in this locale (for docs, tests).
   *
   * @param key a phrase key
   * @return the patterns, as written in the data
   */
  public List<String> patterns(String key) {
    ImmutableList.Builder<String> b = ImmutableList.builder();
    for (CompiledMessage m : variants(key)) {
      b.add(m.source());
    }
    return b.build();
  }

  private ImmutableList<CompiledMessage> variants(String key) {
    Variants v = compiled(key);
    if (v == null) {
      throw new IllegalArgumentException("unknown phrase key " + key);
    }
    return v.messages;
  }

  /**
   * A key's compiled variants, its stable hash, and what each variant fits (clause kinds and
   * emotions as bit masks, all bits when undeclared).
   */
  private static final class Variants {
    final int keyHash;
    final ImmutableList<CompiledMessage> messages;
    /** The same variants as an array, for the pick on every phrase of every reply. */
    final CompiledMessage[] array;
    final int[] kinds;
    final int[] emotions;
    /** Per variant, the moments it requires and those it excludes (bit sets over Moment). */
    final int[] momentsRequired;
    final int[] momentsExcluded;
    /** False when no variant declares anything: every variant fits every context. */
    final boolean declared;

    /**
     * The distinct (argument, word) seams of the variants whose word is one of the locale's seam
     * words, at most 64; null when there are none (most keys: no caller text, or a locale without
     * seam words). Each is checked once per phrase, whichever variants share it.
     */
    final String[] seamArguments;
    final String[] seamWords;
    /**
     * The distinct arguments of {@link #seamArguments}, and for each the seams (indexes) over it:
     * an argument's text is scanned once for all its seam words.
     */
    final String[] seamArgumentNames;
    final int[][] seamsOfArgument;
    /** Per distinct argument, {@link CompiledMessage#filter} of its seam words. */
    final long[][] seamFilters;
    /** Per variant, the seams (bits) where any occurrence repeats, and where only a later one does. */
    final long[] anyRepeat;
    final long[] laterRepeat;

    Variants(int keyHash, ImmutableList<CompiledMessage> messages, List<int[]> fits, Set<String> seamWords) {
      this.keyHash = keyHash;
      this.messages = messages;
      this.array = messages.toArray(new CompiledMessage[0]);
      List<String> arguments = new ArrayList<>();
      List<String> words = new ArrayList<>();
      long[] anywhere = new long[array.length];
      long[] later = new long[array.length];
      for (int i = 0; i < array.length && i < 64; i++) {
        for (CompiledMessage.Seam seam : array[i].seams()) {
          if (!seamWords.contains(seam.word())) {
            continue;
          }
          int j = 0;
          while (j < words.size() && !(words.get(j).equals(seam.word()) && arguments.get(j).equals(seam.name()))) {
            j++;
          }
          if (j == words.size()) {
            if (j == 64) {
              continue;
            }
            words.add(seam.word());
            arguments.add(seam.name().intern());
          }
          if (seam.before()) {
            later[i] |= 1L << j;
          } else {
            anywhere[i] |= 1L << j;
          }
        }
      }
      boolean anySeam = !words.isEmpty();
      this.seamArguments = anySeam ? arguments.toArray(String[]::new) : null;
      this.seamWords = anySeam ? words.toArray(String[]::new) : null;
      java.util.Map<String, List<Integer>> byArgument = new java.util.LinkedHashMap<>();
      for (int j = 0; j < arguments.size(); j++) {
        byArgument.computeIfAbsent(arguments.get(j), a -> new ArrayList<>()).add(j);
      }
      this.seamArgumentNames = anySeam ? byArgument.keySet().toArray(String[]::new) : null;
      this.seamsOfArgument = anySeam
          ? byArgument.values().stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new)
          : null;
      this.seamFilters = anySeam
          ? java.util.Arrays.stream(seamsOfArgument).map(seams -> CompiledMessage.filter(seams, this.seamWords)).toArray(long[][]::new)
          : null;
      this.anyRepeat = anywhere;
      this.laterRepeat = later;
      this.kinds = new int[array.length];
      this.emotions = new int[array.length];
      this.momentsRequired = new int[array.length];
      this.momentsExcluded = new int[array.length];
      boolean any = false;
      for (int i = 0; i < array.length; i++) {
        int[] f = fits.get(i);
        kinds[i] = f == null ? Fit.ALL_KINDS : f[0];
        emotions[i] = f == null ? Fit.ALL_EMOTIONS : f[1];
        momentsRequired[i] = f == null ? 0 : f[2];
        momentsExcluded[i] = f == null ? 0 : f[3];
        any |= f != null;
      }
      this.declared = any;
      this.fittingByFit = any ? new Fitting[Fit.COUNT] : null;
    }

    int pick(Fit fit, int seed, int turn) {
      int h = mix(seed, keyHash);
      if (!declared) {
        return step(h, turn, array.length);
      }
      int[] fitting = fitting(fit);
      if (fitting.length == 0) {
        return step(h, turn, array.length); // Fit.ANY never gets here; checked when built
      }
      return fitting[step(h, turn, fitting.length)];
    }

    /**
     * Per {@link Fit#id}, the variants that fit, in order, as the first reply that asked found
     * them: they depend on the key and the fit only, so every phrase of every reply asked them
     * again. Each is published through a final field, so another thread sees it whole or not at
     * all (and then works it out itself).
     */
    private final Fitting[] fittingByFit;

    private record Fitting(int[] variants) {}

    /** The variants (indexes, in order) that {@code fit} admits. */
    int[] fitting(Fit fit) {
      Fitting known = fittingByFit[fit.id];
      if (known != null) {
        return known.variants;
      }
      int n = 0;
      for (int i = 0; i < array.length; i++) {
        if (fits(fit, i)) {
          n++;
        }
      }
      int[] variants = new int[n];
      for (int i = 0, j = 0; i < array.length; i++) {
        if (fits(fit, i)) {
          variants[j++] = i;
        }
      }
      fittingByFit[fit.id] = new Fitting(variants);
      return variants;
    }

    /** The variants (as bits) that would repeat a seam word with {@code args}. */
    long repeating(Map<String, ?> args) {
      long anywhere = 0;
      long afterFirst = 0;
      for (int a = 0; a < seamArgumentNames.length; a++) {
        int[] seams = seamsOfArgument[a];
        Object value = args.get(seamArgumentNames[a]);
        if (seams.length > 32) {
          for (int j : seams) {
            int found = CompiledMessage.occurrences(value, seamWords[j]);
            anywhere |= found != 0 ? 1L << j : 0;
            afterFirst |= (found & CompiledMessage.LATER) != 0 ? 1L << j : 0;
          }
          continue;
        }
        long found = CompiledMessage.occurrences(value, seams, seamWords, seamFilters[a][0], seamFilters[a][1]);
        for (int k = 0; found != 0 && k < seams.length; k++) {
          anywhere |= (found >>> k & 1) << seams[k];
          afterFirst |= (found >>> (k + 32) & 1) << seams[k];
        }
      }
      if (anywhere == 0) {
        return 0;
      }
      long bits = 0;
      for (int i = 0; i < anyRepeat.length; i++) {
        if ((anyRepeat[i] & anywhere) != 0 || (laterRepeat[i] & afterFirst) != 0) {
          bits |= 1L << i;
        }
      }
      return bits;
    }

    /**
     * {@link #pick(Fit, int, int)} among the fitting variants outside {@code excluded} (bits),
     * by the same rule; among all fitting variants when every one is excluded. When only one
     * fitting variant is left, it is used on even turns and another fitting variant on odd ones,
     * so that consecutive replies in a conversation still vary.
     */
    int pick(Fit fit, int seed, int turn, long excluded) {
      int h = mix(seed, keyHash);
      int n = 0;
      int last = -1;
      for (int i = 0; i < array.length; i++) {
        if ((excluded & (1L << i)) == 0 && fits(fit, i)) {
          n++;
          last = i;
        }
      }
      if (n == 0) {
        return pick(fit, seed, turn);
      }
      if (n == 1) {
        return (turn & 1) == 0 ? last : another(fit, h, turn, last);
      }
      int target = step(h, turn, n);
      for (int i = 0; i < array.length; i++) {
        if ((excluded & (1L << i)) == 0 && fits(fit, i) && target-- == 0) {
          return i;
        }
      }
      throw new AssertionError();
    }


    /**
     * A fitting variant other than {@code one}, by the same rule among all of them (the excluded
     * ones too), or {@code one} when it is the only one that fits. Never alternates again: with
     * two fitting variants, one of them excluded, it must settle on the other.
     */
    private int another(Fit fit, int h, int turn, int one) {
      int m = 0;
      for (int i = 0; i < array.length; i++) {
        if (i != one && fits(fit, i)) {
          m++;
        }
      }
      if (m == 0) {
        return one;
      }
      int target = step(h, turn, m);
      for (int i = 0; i < array.length; i++) {
        if (i != one && fits(fit, i) && target-- == 0) {
          return i;
        }
      }
      throw new AssertionError();
    }

    boolean fits(Fit fit, int i) {
      return fit.admits(kinds[i], emotions[i], momentsRequired[i], momentsExcluded[i]);
    }

    /**
     * The variants of {@code half} (0: the first, third, … in the data; 1: the second, fourth, …)
     * that fit {@code fit}, in order. Only a closing asks, once per reply, so it is not remembered.
     */
    int[] half(Fit fit, int half) {
      int n = 0;
      for (int i = half; i < array.length; i += 2) {
        if (fits(fit, i)) {
          n++;
        }
      }
      int[] out = new int[n];
      for (int i = half, j = 0; i < array.length; i += 2) {
        if (fits(fit, i)) {
          out[j++] = i;
        }
      }
      return out;
    }

    /**
     * The first (kind, emotion, moments) that no variant fits, in words, or null when all are
     * covered.
     */
    String uncovered() {
      if (!declared) {
        return null;
      }
      for (ClauseKind k : ClauseKind.values()) {
        for (int e = 0; e <= Fit.NO_EMOTION; e++) {
          for (int m = 0; m < Fit.MOMENT_SETS; m++) {
            boolean covered = false;
            for (int i = 0; i < array.length && !covered; i++) {
              covered = (kinds[i] & (1 << k.ordinal())) != 0 && (emotions[i] & (1 << e)) != 0
                  && (m & momentsRequired[i]) == momentsRequired[i] && (m & momentsExcluded[i]) == 0;
            }
            if (!covered) {
              StringBuilder moments = new StringBuilder();
              for (Moment mo : Moment.values()) {
                if ((m & 1 << mo.ordinal()) != 0) {
                  moments.append(moments.length() == 0 ? " in a " : "+").append(mo.label());
                }
              }
              return "a " + k.label() + " clause for "
                  + (e == Fit.NO_EMOTION ? "no emotion" : "a " + dev.empathy.Emotion.values()[e].label() + " customer")
                  + (moments.length() == 0 ? "" : moments + " moment");
            }
          }
        }
      }
      return null;
    }

    /** {@code (h + turn) mod n}: any {@code n} turns in a row take every variant once. */
    private static int step(int h, int turn, int n) {
      return (int) Math.floorMod((long) h + turn, (long) n);
    }

    /** An avalanche of (seed, key): keys' starting variants are independent of each other. */
    private static int mix(int seed, int keyHash) {
      int h = seed * 0x9E3779B9 ^ keyHash;
      h ^= h >>> 16;
      h *= 0x85EBCA6B;
      h ^= h >>> 13;
      h *= 0xC2B2AE35;
      h ^= h >>> 16;
      return h;
    }
  }
}
