package dev.empathy.phrase;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.text.DateTimePatternGenerator;
import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.text.RelativeDateTimeFormatter;
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
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

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
 * <p>Locale resolution: the requested locale if bundled, else its language, else English. The
 * locale actually used is {@link #locale()}, and {@link #fallbackWarning()} says when it differs.
 * Unsupported locales never throw.
 */
public final class Phrasebook {
  /** Bundled locales, most specific first. {@code en} reads as US English. */
  public static final ImmutableList<ULocale> SUPPORTED =
      ImmutableList.of(
          new ULocale("en"),
          new ULocale("en_US"),
          new ULocale("en_GB"));

  private static final ULocale DEFAULT = new ULocale("en");
  private static final String BASE = "/dev/empathy/phrase/";
  /**
   * Phrase bundles, each with a catalogue ({@code keys-<bundle>.tsv}, or {@code keys.tsv} for the
   * core bundle) and one file per locale ({@code <bundle>_<locale>.properties}).
   */
  private static final ImmutableList<String> BUNDLES = ImmutableList.of("phrases", "channels");
  private static final ImmutableMap<String, PhraseKey> CATALOGUE = loadCatalogue();
  private static final Map<String, Map<String, String>> FILES = new ConcurrentHashMap<>();
  private static final Map<String, Phrasebook> BUNDLED = new ConcurrentHashMap<>();

  private final ULocale locale;
  private final Locale requested;
  private final Register register;
  private final String fallbackWarning;
  private final ImmutableMap<String, ImmutableList<CompiledMessage>> phrases;
  private final ImmutableMap<String, String> raw;
  private final CompiledMessage.Formatters formatters;
  private final DateTimeFormatter dateFormat;
  private final DateTimeFormatter dateWithYearFormat;
  private final DateTimeFormatter timeFormat;
  private final String today;
  private final String tomorrow;
  private final ListFormatter andList;
  private final ImmutableSet<String> lowercaseLeadWords;

  private Phrasebook(
      ULocale locale,
      Locale requested,
      Register register,
      String fallbackWarning,
      ImmutableMap<String, ImmutableList<CompiledMessage>> phrases,
      ImmutableMap<String, String> raw) {
    this.locale = locale;
    this.requested = requested;
    this.register = register;
    this.fallbackWarning = fallbackWarning;
    this.phrases = phrases;
    this.raw = raw;
    this.formatters =
        new CompiledMessage.Formatters(
            PluralRules.forLocale(locale), NumberFormatter.withLocale(locale));
    DateTimePatternGenerator gen = DateTimePatternGenerator.getInstance(locale);
    Locale jl = locale.toLocale();
    this.dateFormat = DateTimeFormatter.ofPattern(javaPattern(gen.getBestPattern("EEEEMMMMd")), jl);
    this.dateWithYearFormat =
        DateTimeFormatter.ofPattern(javaPattern(gen.getBestPattern("yMMMMEEEEd")), jl);
    this.timeFormat = DateTimeFormatter.ofPattern(javaPattern(gen.getBestPattern("jmm")), jl);
    RelativeDateTimeFormatter rel = RelativeDateTimeFormatter.getInstance(locale);
    this.today =
        rel.format(RelativeDateTimeFormatter.Direction.THIS, RelativeDateTimeFormatter.AbsoluteUnit.DAY);
    this.tomorrow =
        rel.format(RelativeDateTimeFormatter.Direction.NEXT, RelativeDateTimeFormatter.AbsoluteUnit.DAY);
    this.andList = ListFormatter.getInstance(locale, ListFormatter.Type.AND, ListFormatter.Width.WIDE);
    this.lowercaseLeadWords =
        ImmutableSet.copyOf(
            Splitter.on(',').trimResults().omitEmptyStrings().split(raw.getOrDefault("meta.lowercaseLeadWords", "")));
  }

  /**
   * Loads the phrasebook for {@code requested} (falling back as documented) in {@code register},
   * with {@code voice} applied.
   *
   * @throws InvalidInputException naming {@code phrase} when an override uses an unknown key, a
   *     malformed pattern, an argument the key does not offer, or when banned phrases leave a key
   *     with no variant
   */
  public static Phrasebook load(Locale requested, Register register, BrandVoice voice) {
    ULocale resolved = resolve(requested);
    if (voice.phrases().isEmpty() && voice.banned().isEmpty()) {
      String cacheKey = resolved + "/" + register + "/" + requested.toLanguageTag();
      return BUNDLED.computeIfAbsent(cacheKey, k -> build(requested, resolved, register, voice));
    }
    return build(requested, resolved, register, voice);
  }

  private static Phrasebook build(
      Locale requested, ULocale resolved, Register register, BrandVoice voice) {
    Map<String, String> merged = new LinkedHashMap<>();
    for (String bundle : BUNDLES) {
      for (String file : chain(resolved, register)) {
        merged.putAll(file(bundle + "_" + file));
      }
    }
    Map<String, List<String>> variants = groupVariants(merged, resolved.toString());
    // Brand overrides: plain keys for every locale, key@lang for one language.
    for (Map.Entry<String, ImmutableList<String>> e : voice.phrases().entrySet()) {
      String key = e.getKey();
      int at = key.indexOf('@');
      if (at >= 0) {
        if (!key.substring(at + 1).equalsIgnoreCase(resolved.getLanguage())) {
          checkKnown(key.substring(0, at));
          continue;
        }
        key = key.substring(0, at);
      }
      checkKnown(key);
      variants.put(key, e.getValue());
    }
    ImmutableMap.Builder<String, ImmutableList<CompiledMessage>> compiled = ImmutableMap.builder();
    ImmutableMap.Builder<String, String> raw = ImmutableMap.builder();
    for (PhraseKey spec : CATALOGUE.values()) {
      List<String> list = variants.get(spec.key());
      if (list == null) {
        throw new IllegalStateException(
            "phrase " + spec.key() + " is missing from the bundled phrasebook for " + resolved);
      }
      if (spec.raw()) {
        raw.put(spec.key(), list.get(0));
        continue;
      }
      ImmutableList.Builder<CompiledMessage> msgs = ImmutableList.builder();
      for (String pattern : list) {
        CompiledMessage m = compile(spec, pattern);
        if (!isBanned(m, voice.banned())) {
          msgs.add(m);
        }
      }
      ImmutableList<CompiledMessage> built = msgs.build();
      if (built.isEmpty()) {
        throw new InvalidInputException(
            "phrase", "phrase " + spec.key() + ": every variant contains a banned phrase " + voice.banned());
      }
      compiled.put(spec.key(), built);
    }
    String warning = null;
    if (!sameLocale(requested, resolved)) {
      warning =
          "locale "
              + requested.toLanguageTag()
              + " is not bundled; replying in "
              + resolved.toLanguageTag();
    }
    return new Phrasebook(resolved, requested, register, warning, compiled.buildOrThrow(), raw.buildOrThrow());
  }

  private static boolean sameLocale(Locale requested, ULocale resolved) {
    String req = requested.toLanguageTag();
    String res = resolved.toLanguageTag();
    // "en" and "en-US" read the same; anything else that differs is a visible fallback.
    return req.equalsIgnoreCase(res)
        || (res.equals("en") && req.equalsIgnoreCase("en-US"))
        || (res.equals("en-US") && req.equalsIgnoreCase("en"));
  }

  private static CompiledMessage compile(PhraseKey spec, String pattern) {
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

  private static boolean isBanned(CompiledMessage m, Collection<String> banned) {
    if (banned.isEmpty()) {
      return false;
    }
    String text = m.literalText().toLowerCase(Locale.ROOT);
    for (String b : banned) {
      if (text.contains(b.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static void checkKnown(String key) {
    if (!CATALOGUE.containsKey(key)) {
      throw new InvalidInputException(
          "phrase", "phrase " + key + ": unknown key (see docs/phrase-keys.md for the catalogue)");
    }
  }

  /** Resolves a requested locale to the bundled one used: exact, then language, then English. */
  public static ULocale resolve(Locale requested) {
    ULocale want = ULocale.forLocale(requested);
    for (ULocale s : SUPPORTED) {
      if (s.getLanguage().equals(want.getLanguage()) && s.getCountry().equals(want.getCountry())
          && !want.getCountry().isEmpty()) {
        return s;
      }
    }
    for (ULocale s : SUPPORTED) {
      if (s.getLanguage().equals(want.getLanguage())) {
        return s;
      }
    }
    return DEFAULT;
  }

  private static List<String> chain(ULocale locale, Register register) {
    List<String> files = new ArrayList<>();
    String lang = locale.getLanguage();
    String full = locale.getCountry().isEmpty() ? lang : lang + "_" + locale.getCountry();
    files.add(lang.equals("pt") ? "pt_BR" : lang);
    if (!full.equals(files.get(0))) {
      files.add(full);
    }
    if (register == Register.INFORMAL) {
      for (String f : List.copyOf(files)) {
        files.add(f + ".informal");
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
      p.forEach((k, v) -> m.put(k.toString(), v.toString()));
      return Map.copyOf(m);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /** Groups {@code key.1 … key.n} into ordered variants of {@code key}; checks keys are known. */
  private static Map<String, List<String>> groupVariants(Map<String, String> entries, String where) {
    Map<String, TreeMap<Integer, String>> grouped = new HashMap<>();
    for (Map.Entry<String, String> e : entries.entrySet()) {
      String k = e.getKey();
      int dot = k.lastIndexOf('.');
      int index = 0;
      String base = k;
      if (dot > 0 && k.substring(dot + 1).chars().allMatch(Character::isDigit)) {
        base = k.substring(0, dot);
        index = Integer.parseInt(k.substring(dot + 1));
      }
      if (!CATALOGUE.containsKey(base)) {
        throw new IllegalStateException("phrasebook " + where + ": unknown key " + k);
      }
      grouped.computeIfAbsent(base, b -> new TreeMap<>()).put(index, e.getValue());
    }
    Map<String, List<String>> out = new HashMap<>();
    grouped.forEach((k, v) -> out.put(k, new ArrayList<>(v.values())));
    return out;
  }

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

  /** The catalogue of phrase keys, in the order of {@code keys.tsv}. */
  public static ImmutableList<PhraseKey> catalogue() {
    return CATALOGUE.values().asList();
  }

  /** A stable seed for a conversation id, for {@link #pick} and {@link #format}. */
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

  /** The locale actually used. */
  public ULocale locale() {
    return locale;
  }

  /** The locale that was asked for. */
  public Locale requestedLocale() {
    return requested;
  }

  public Register register() {
    return register;
  }

  /** Says which locale was used instead of the requested one, when that happened. */
  public Optional<String> fallbackWarning() {
    return Optional.ofNullable(fallbackWarning);
  }

  /** True when the catalogue has {@code key}. */
  public static boolean isKey(String key) {
    return CATALOGUE.containsKey(key);
  }

  /** The number of usable variants of {@code key}. */
  public int variantCount(String key) {
    return variants(key).size();
  }

  /**
   * The variant index for {@code key} at {@code turn} of the conversation with {@code seed}: the
   * key's own offset plus the turn, so consecutive turns always move to the next variant.
   */
  public int pick(String key, int seed, int turn) {
    int n = variants(key).size();
    return Math.floorMod(seed * 31 + stableHash(key) + turn, n);
  }

  /** Formats the picked variant of {@code key} with {@code args} (inserted as data). */
  public String format(String key, int seed, int turn, Map<String, ?> args) {
    ImmutableList<CompiledMessage> list = variants(key);
    CompiledMessage m = list.get(Math.floorMod(seed * 31 + stableHash(key) + turn, list.size()));
    try {
      return m.format(args, formatters);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("phrase " + key + ": " + e.getMessage(), e);
    }
  }

  /** Like {@link #format}, appending to {@code out}. */
  public void formatTo(StringBuilder out, String key, int seed, int turn, Map<String, ?> args) {
    out.append(format(key, seed, turn, args));
  }

  /** The raw data value of a {@code raw} key (e.g. a word list). */
  public String raw(String key) {
    String v = raw.get(key);
    if (v == null) {
      throw new IllegalArgumentException("phrase " + key + " is not a raw data key");
    }
    return v;
  }

  /** Words that are lower-cased when a customer's clause is placed mid-sentence ("You" → "you"). */
  public ImmutableSet<String> lowercaseLeadWords() {
    return lowercaseLeadWords;
  }

  /** Formats a list as "a, b and c" with ICU's ListFormatter for this locale. */
  public String andList(List<String> items) {
    return andList.format(items);
  }

  /** Weekday and date, e.g. "Friday, December 4" (en-US) or "Friday 4 December" (en-GB). */
  public String date(LocalDate date, boolean withYear) {
    return (withYear ? dateWithYearFormat : dateFormat).format(date);
  }

  /** A clock time in the locale's convention, e.g. "4:30 PM" or "16:30". */
  public String time(LocalTime time) {
    return timeFormat.format(time);
  }

  /** ICU's word for today ("today", "hoy", "heute", "今日"). */
  public String today() {
    return today;
  }

  /** ICU's word for tomorrow ("tomorrow", "mañana", "morgen", "明日"). */
  public String tomorrow() {
    return tomorrow;
  }

  /** The bundled phrasebooks' raw variant patterns of {@code key} in this locale (for docs, tests). */
  public ImmutableList<String> patterns(String key) {
    ImmutableList.Builder<String> b = ImmutableList.builder();
    for (CompiledMessage m : variants(key)) {
      b.add(m.source());
    }
    return b.build();
  }

  private ImmutableList<CompiledMessage> variants(String key) {
    ImmutableList<CompiledMessage> list = phrases.get(key);
    if (list == null) {
      throw new IllegalArgumentException("unknown phrase key " + key);
    }
    return list;
  }
}
