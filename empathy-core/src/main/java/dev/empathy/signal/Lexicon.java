package dev.empathy.signal;

import com.google.common.collect.ImmutableList;
import dev.empathy.Emotion;
import dev.empathy.text.PhraseMatcher;
import dev.empathy.text.PhraseMatcher.Anchoring;
import dev.empathy.text.PrecompiledPhrases;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The compiled lexicon for one locale: the phrase automaton over {@code lexicon_<locale>.tsv}
 * plus {@code lexicon_common.tsv} (emoji), {@code lexicon_more.tsv} (the commonest words of
 * languages without a lexicon of their own), and the emoticon table. Immutable and thread-safe.
 *
 * <p>File format, one entry per line, tab-separated: {@code kind phrase target weight [flags]}.
 * {@code kind} is a {@link Cue.Kind} in lower case; {@code target} an emotion label, a signal
 * kind or {@code -}; flags, comma-separated: {@code inside} (match inside words, for scripts
 * without spaces), {@code sarcastic}, {@code feels=<emotion>:<weight>}, {@code if-upset} (a signal
 * that counts only when the customer is upset, like "for 3 days"), {@code needs-act} (a signal
 * that counts only with an act in the same sentence), {@code actions-only} (a negator of actions
 * only), {@code needs-target} (a signal that counts only when aimed at someone, see {@link
 * Cue#needsTarget()}), {@code comparative} (a praise word that counts only when denied, see {@link
 * Cue#comparative()}), {@code next-ends=ing} (the word after must end so; {@code next-ends=?}: the mark must follow, see {@link Cue#endings()}),
 * {@code if-own} (a repeat that counts only beside a failure or a contact, see {@link OwnSituation}), {@code forms} (the first word in every form, see {@link WordForms}). Lines starting with
 * {@code #} are comments; {@code @fold-accents true} ignores Latin diacritics. The clause reader's
 * word classes ({@code clauses_<locale>.tsv}, optional) use the same format with kind {@code
 * clause} and a {@link ClauseReader.Part} as the target.
 */
final class Lexicon {
  private static final String DIR = "/dev/empathy/signal/";
  /** While a lexicon is compiled on this thread: every file it reads, in order (null: absent). */
  private static final ThreadLocal<Map<String, byte[]>> READS = new ThreadLocal<>();


  private final Locale locale;
  /** {@code locale.toString()}, kept: every reading looks its helpers' data up by it. */
  private final String tag;
  private final PhraseMatcher<Cue> matcher;
  private final ImmutableList<Emoticon> emoticons;
  private final String emoticonStarts;
  private final boolean fromRecord;

  /** An emoticon (":(", "-_-"), matched on characters because the word tokenizer skips them. */
  record Emoticon(String glyph, Cue cue) {}

  private Lexicon(Locale locale, PhraseMatcher<Cue> matcher, ImmutableList<Emoticon> emoticons, boolean fromRecord) {
    this.fromRecord = fromRecord;
    this.locale = locale;
    this.tag = locale.toString();
    this.matcher = matcher;
    this.emoticons = emoticons;
    StringBuilder starts = new StringBuilder();
    for (Emoticon e : emoticons) {
      if (starts.indexOf(e.glyph().substring(0, 1)) < 0) {
        starts.append(e.glyph().charAt(0));
      }
    }
    this.emoticonStarts = starts.toString();
  }

  /** The first characters of the emoticons, for a quick test before trying the table. */
  String emoticonStarts() {
    return emoticonStarts;
  }

  Locale locale() {
    return locale;
  }

  /** {@return {@code locale().toString()}, without building it again} */
  String tag() {
    return tag;
  }

  /** Whether the matcher came from the build's record of the files (no phrase was widened). */
  boolean fromRecord() {
    return fromRecord;
  }

  PhraseMatcher<Cue> matcher() {
    return matcher;
  }

  ImmutableList<Emoticon> emoticons() {
    return emoticons;
  }

  /**
   * Compiled lexicons, one per bundled lexicon tag ({@code en}, {@code pt_BR}, ...), built on first
   * use and shared by every analyzer in the JVM. Keyed by the resolved tag, so any number of
   * requested locales ({@code en-US}, {@code en_us}, {@code en-US-x-k0001}) hold one copy: the map
   * never has more entries than {@code lexicon-locales.txt} has lines, plus the lexicon of no one
   * language ({@link #sharedWords}).
   */
  private static final ConcurrentHashMap<String, Slot> SHARED = new ConcurrentHashMap<>();

  /**
   * One language's lexicon, loaded by the first caller while later ones wait (a plain class, not
   * a memoizing lambda: each lambda on the load path costs a class spun at a cold start).
   */
  private static final class Slot {
    private final String tag;
    private volatile Lexicon lexicon;

    Slot(String tag) {
      this.tag = tag;
    }

    Lexicon get() {
      Lexicon l = lexicon;
      if (l == null) {
        synchronized (this) {
          l = lexicon;
          if (l == null) {
            l = load(tag);
            lexicon = l;
          }
        }
      }
      return l;
    }
  }

  private static Lexicon sharedSlot(String tag) {
    Slot slot = SHARED.get(tag);
    if (slot == null) {
      Slot made = new Slot(tag);
      slot = SHARED.putIfAbsent(tag, made);
      if (slot == null) {
        slot = made;
      }
    }
    return slot.get();
  }

  /** The bundled lexicon tags, read once. */
  private static final List<String> AVAILABLE = available();

  /**
   * The shared lexicon for {@code requested}: language and country, language, then English. The
   * first call for a language compiles it (other languages are not blocked meanwhile); later calls
   * return the same instance.
   */
  static Lexicon shared(Locale requested) {
    String tag = resolve(requested);
    return sharedSlot(tag);
  }

  /** The tag of the lexicon of no one language: emoji, emoticons and the words every lexicon shares ({@code lexicon_und.tsv}). */
  static final String SHARED_WORDS = "und";

  /**
   * The lexicon for a message in a language without a lexicon of its own: only what every
   * lexicon reads (emoji, emoticons, {@code lexicon_more.tsv}, English borrowed into any
   * language), never another language's words. Compiled on first use, once per JVM.
   */
  static Lexicon sharedWords() {
    return sharedSlot(SHARED_WORDS);
  }

  /** Whether {@code tag} ({@code es}, {@code pt_BR}) has a lexicon of its own. */
  static boolean bundled(String tag) {
    return AVAILABLE.contains(tag);
  }

  /**
   * The version of how lexicon files become phrases (in {@link PrecompiledPhrases#key}): raise it
   * when a change here, in {@link Spelling} or in {@link WordForms} spells the same files out into
   * other phrases.
   */
  static final String SOURCE_VERSION = "lexicon/2";

  /** The files whose rows become phrases, as numbered in a record's notes (file, line, file, line...). */
  private static List<String> entryFiles(String tag) {
    return List.of("lexicon_" + tag + ".tsv", "lexicon_common.tsv", "lexicon_more.tsv", "lexicon_en.tsv", "clauses_" + tag + ".tsv");
  }

  /** The lexicon {@code tag}: from the build's record of its files when they are unchanged, else compiled. */
  static Lexicon load(String tag) {
    return load(tag, true);
  }

  /**
   * Loads the lexicon {@code tag}; with {@code usePrecompiled} false, compiles it afresh from its
   * files even when the build recorded them (tests compare the two).
   */
  static Lexicon load(String tag, boolean usePrecompiled) {
    if (usePrecompiled) {
      Lexicon recorded = fromRecord(tag);
      if (recorded != null) {
        return recorded;
      }
    }
    Map<String, byte[]> reads = new LinkedHashMap<>();
    READS.set(reads);
    try {
      return compile(tag, reads);
    } finally {
      READS.remove();
    }
  }

  /**
   * The lexicon from the build's record of exactly these files ({@link PrecompiledPhrases}): every
   * row's cue is read as {@link #compile} reads it, but no phrase is widened or spelled out. Null
   * when there is no such record.
   */
  private static Lexicon fromRecord(String tag) {
    Optional<PrecompiledPhrases> found = PrecompiledPhrases.find("lexicon_" + tag);
    if (found.isEmpty()) {
      return null;
    }
    PrecompiledPhrases record = found.get();
    Map<String, byte[]> files = new HashMap<>();
    List<byte[]> contents = new ArrayList<>();
    for (String source : record.sources()) {
      byte[] b = bytes(source);
      files.put(source, b);
      contents.add(b);
    }
    if (!record.madeFrom(SOURCE_VERSION, contents)) {
      return null;
    }
    List<String> entryFiles = entryFiles(tag);
    List<List<String>> rows = new ArrayList<>();
    for (String f : entryFiles) {
      byte[] b = files.get(f);
      rows.add(b == null ? List.of() : lines(b));
    }
    int[] refs = record.notes();
    List<Cue> cues = new ArrayList<>(refs.length / 2);
    // A row widened into many phrases (spellings, word forms) gives them all one cue: parse each
    // row once (a cue is an immutable value).
    Map<Long, Cue> byRow = new HashMap<>();
    Map<String, Parsed> byText = new HashMap<>();
    for (int i = 0; i + 1 < refs.length; i += 2) {
      int file = refs[i];
      int line = refs[i + 1];
      Cue cue = byRow.get(((long) file << 32) | line);
      if (cue == null) {
        cue = cue(rows.get(file).get(line - 1), entryFiles.get(file), line, byText);
        byRow.put(((long) file << 32) | line, cue);
      }
      cues.add(cue);
    }
    return new Lexicon(locale(tag), record.matcher(cues), readEmoticons(), true);
  }

  private static Lexicon compile(String tag, Map<String, byte[]> reads) {
    PhraseMatcher.Builder<Cue> b = PhraseMatcher.builder();
    List<String> main = lines("lexicon_" + tag + ".tsv");
    boolean foldAccents = main.stream().anyMatch(l -> l.strip().equals("@fold-accents\ttrue"));
    b.foldAccents(foldAccents);
    Spelling spelling = Spelling.load(tag, main);
    WordForms forms = WordForms.load(tag);
    List<Integer> refs = new ArrayList<>();
    addEntries(b, "lexicon_" + tag + ".tsv", main, spelling, forms, refs, 0);
    addEntries(b, "lexicon_common.tsv", lines("lexicon_common.tsv"), spelling, forms, refs, 1);
    addEntries(b, "lexicon_more.tsv", lines("lexicon_more.tsv"), spelling, WordForms.NONE, refs, 2);
    addEntries(b, "clauses_" + tag + ".tsv", lines("clauses_" + tag + ".tsv", true), spelling, forms, refs, 4);
    if (!tag.equals("en")) {
      addBorrowedEnglish(b, spelling, refs, 3);
    }
    PhraseMatcher<Cue> matcher = b.build();
    Lexicon lexicon = new Lexicon(locale(tag), matcher, readEmoticons(), false);
    List<String> sources = new ArrayList<>(reads.keySet());
    List<byte[]> contents = new ArrayList<>(reads.values());
    PrecompiledPhrases.record(
        "lexicon_" + tag, sources, PrecompiledPhrases.key(SOURCE_VERSION, sources, contents), matcher, refs.stream().mapToInt(Integer::intValue).toArray());
    return lexicon;
  }

  private static Locale locale(String tag) {
    String[] parts = tag.split("_");
    return parts.length == 1 ? new Locale(parts[0]) : new Locale(parts[0], parts[1]);
  }

  private static ImmutableList<Emoticon> readEmoticons() {
    ImmutableList.Builder<Emoticon> emo = ImmutableList.builder();
    List<String> rows = lines("emoticons.tsv");
    for (int i = 0; i < rows.size(); i++) {
      String[] f = fields(rows.get(i));
      if (f == null) {
        continue;
      }
      emo.add(new Emoticon(f[1], cue(f, "emoticons.tsv", i + 1)));
    }
    return emo.build();
  }

  private static List<String> available() {
    List<String> available = new ArrayList<>();
    for (String l : lines("lexicon-locales.txt")) {
      if (!l.isBlank() && !l.startsWith("#")) {
        available.add(l.strip());
      }
    }
    return List.copyOf(available);
  }

  /** The bundled lexicon tag for {@code requested}: language and country, language, then English. */
  static String resolve(Locale requested) {
    List<String> available = AVAILABLE;
    String lang = requested.getLanguage();
    String exact = lang + "_" + requested.getCountry();
    if (available.contains(exact)) {
      return exact;
    }
    for (String a : available) {
      if (a.equals(lang) || a.startsWith(lang + "_")) {
        return a;
      }
    }
    return "en";
  }

  private static void addEntries(
      PhraseMatcher.Builder<Cue> b, String file, List<String> rows, Spelling spelling, WordForms forms, List<Integer> refs, int fileNumber) {
    for (int i = 0; i < rows.size(); i++) {
      String[] f = fields(rows.get(i));
      if (f == null) {
        continue;
      }
      Cue cue = cue(f, file, i + 1);
      List<String> flags = f.length > 4 ? List.of(f[4].split(",")) : List.of();
      boolean inside = flags.contains("inside");
      String phrase = flags.contains("forms") ? forms.inflect(f[1]) : f[1];
      b.add(spelling.widen(phrase), cue, inside ? Anchoring.INSIDE_WORDS : Anchoring.WHOLE_WORDS);
      refs.add(fileNumber);
      refs.add(i + 1);
    }
  }

  /**
   * English entries a customer may mix into another language ({@code english-borrowing.tsv}):
   * phrases of several words, single words of five letters or more, and vowel-less
   * abbreviations, unless the host lexicon already uses the word or it is a listed false friend.
   */
  private static void addBorrowedEnglish(PhraseMatcher.Builder<Cue> b, Spelling host, List<Integer> refs, int fileNumber) {
    Set<String> kinds = new HashSet<>();
    Set<String> exclude = new HashSet<>();
    for (String row : lines("english-borrowing.tsv")) {
      String[] f = fields(row);
      if (f == null) {
        continue;
      }
      (f[0].strip().equals("kinds") ? kinds : exclude).add(f[1].strip());
    }
    List<String> english = lines("lexicon_en.tsv");
    for (int i = 0; i < english.size(); i++) {
      String[] f = fields(english.get(i));
      if (f == null || f.length < 4 || !kinds.contains(f[0].strip()) || !BORROWABLE.matcher(f[1]).matches()) {
        continue;
      }
      String phrase = f[1].strip();
      if (phrase.indexOf(' ') < 0) {
        boolean ok = true;
        for (String w : phrase.split("\\|")) {
          ok &= (w.length() >= 5 || w.length() >= 3 && !VOWEL.matcher(w).find()) && !exclude.contains(w) && !host.knows(w);
        }
        if (!ok) {
          continue;
        }
      }
      Cue cue = cue(f, "lexicon_en.tsv", i + 1);
      b.add(phrase, cue, Anchoring.WHOLE_WORDS); // as written: slips are the host language's business
      refs.add(fileNumber);
      refs.add(i + 1);
    }
  }

  private static final Pattern BORROWABLE = Pattern.compile("[a-z'|?*# ]+");
  private static final Pattern VOWEL = Pattern.compile("[aeiouy]");

  private static String[] fields(String line) {
    if (line.isBlank() || line.startsWith("#") || line.startsWith("@")) {
      return null;
    }
    return line.split("\t");
  }

  /**
   * The cue of a row, parsed once per distinct text: about 3,800 English rows carry some 260
   * distinct cues, and parsing each (a weight, a label, flags) was a visible share of a cold start.
   * {@code seen} maps a row's columns after its phrase to the cues parsed from rows ending so, each
   * with its kind (the first column); rows that agree on both parse to equal cues, since the phrase
   * is the only column a cue does not read. The kind is compared in place: cutting it out and
   * joining it to the rest made three strings per row, a visible share of a cold start.
   */
  private static Cue cue(String row, String file, int line, Map<String, Parsed> seen) {
    int kindEnd = row.indexOf('\t');
    int phraseEnd = kindEnd < 0 ? -1 : row.indexOf('\t', kindEnd + 1);
    if (phraseEnd < 0) {
      return cue(fields(row), file, line);
    }
    String rest = row.substring(phraseEnd);
    Parsed first = seen.get(rest);
    for (Parsed p = first; p != null; p = p.next()) {
      if (p.kind().length() == kindEnd && row.startsWith(p.kind())) {
        return p.cue();
      }
    }
    Cue cue = cue(fields(row), file, line);
    seen.put(rest, new Parsed(row.substring(0, kindEnd), cue, first));
    return cue;
  }

  /** A cue parsed from a row of this kind, and the next one parsed from rows with the same columns after the phrase. */
  private record Parsed(String kind, Cue cue, Parsed next) {}

  private static Cue cue(String[] f, String file, int line) {
    try {
      if (f.length < 4) {
        throw new IllegalArgumentException("expected kind, phrase, target, weight [, flags]");
      }
      Cue.Kind kind = Cue.Kind.parse(f[0]);
      String target = f[2].strip();
      double weight = Double.parseDouble(f[3].strip());
      Emotion emotion = null;
      SignalKind signal = null;
      double feelsWeight = 0;
      boolean sarcastic = kind == Cue.Kind.SARCASM;
      boolean ifUpset = false;
      boolean needsAct = false;
      boolean actionsOnly = false;
      boolean needsTarget = false;
      boolean comparative = false;
      boolean ifOwn = false;
      List<String> endings = List.of();
      ClauseReader.Part part = null;
      if (kind == Cue.Kind.SIGNAL) {
        signal = SignalKind.fromLabel(target);
      } else if (kind == Cue.Kind.CLAUSE) {
        part = ClauseReader.Part.parse(target);
      } else if (!target.equals("-")) {
        emotion = Emotion.fromLabel(target);
      }
      if (f.length > 4) {
        for (String flag : f[4].split(",")) {
          flag = flag.strip();
          if (flag.equals("sarcastic")) {
            sarcastic = true;
          } else if (flag.equals("if-upset")) {
            ifUpset = true;
          } else if (flag.equals("needs-act")) {
            needsAct = true;
          } else if (flag.equals("actions-only")) {
            actionsOnly = true;
          } else if (flag.equals("needs-target")) {
            needsTarget = true;
          } else if (flag.startsWith("next-ends=")) {
            endings = List.of(flag.substring(10).split("\\|"));
          } else if (flag.equals("if-own")) {
            ifOwn = true;
          } else if (flag.equals("comparative")) {
            comparative = true;
          } else if (flag.startsWith("feels=")) {
            String[] kv = flag.substring(6).split(":");
            emotion = Emotion.fromLabel(kv[0]);
            feelsWeight = Double.parseDouble(kv[1]);
          } else if (!flag.equals("inside") && !flag.equals("forms") && !flag.isEmpty()) {
            throw new IllegalArgumentException("unknown flag " + flag);
          }
        }
      }
      if ((kind == Cue.Kind.EMOTION || kind == Cue.Kind.SARCASM) && emotion == null) {
        throw new IllegalArgumentException(kind + " needs an emotion target");
      }
      return new Cue(kind, emotion, signal, weight, feelsWeight, sarcastic, ifUpset, needsAct, actionsOnly, needsTarget, comparative, endings, part, ifOwn);
    } catch (RuntimeException e) {
      throw new IllegalStateException(DIR + file + ":" + line + ": " + e.getMessage(), e);
    }
  }

  /** The lines of a resource file, or none when {@code optional} and it is missing. */
  static List<String> lines(String file, boolean optional) {
    byte[] b = bytes(file);
    if (b == null && optional) {
      return List.of();
    }
    if (b == null) {
      throw new IllegalStateException("missing resource " + DIR + file);
    }
    return lines(b);
  }

  private static List<String> lines(String file) {
    byte[] b = bytes(file);
    if (b == null) {
      throw new IllegalStateException("missing resource " + DIR + file);
    }
    return lines(b);
  }

  private static List<String> lines(byte[] bytes) {
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
      for (String l = r.readLine(); l != null; l = r.readLine()) {
        out.add(l);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * The bytes of a resource file, or null when it is missing; noted as a source of the lexicon
   * being compiled on this thread, if any (so a record's key covers every file its phrases read).
   */
  private static byte[] bytes(String file) {
    byte[] b;
    try (InputStream in = Lexicon.class.getResourceAsStream(DIR + file)) {
      b = in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, byte[]> reads = READS.get();
    if (reads != null && !reads.containsKey(file)) {
      reads.put(file, b);
    }
    return b;
  }
}
