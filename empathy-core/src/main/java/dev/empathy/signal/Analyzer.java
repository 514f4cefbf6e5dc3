package dev.empathy.signal;

import static dev.empathy.InvalidInputException.checkNotNull;

import dev.empathy.Emotion;
import dev.empathy.InvalidInputException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Listens to a customer's message: what they feel, how strongly, and whether the conversation is
 * heating up, with the evidence for each finding. Immutable and thread-safe; building one compiles
 * the locale's lexicon (a few hundred milliseconds), so build it once and share it. {@code
 * Empathy.analyze(text)} uses the instance's own analyzer.
 *
 * <pre>{@code
 * Analyzer analyzer = Analyzer.forLocale(Locale.US);
 * Signals s = analyzer.analyze("Third time I'm writing about this. Cancel my account!!!");
 * s.primary();                                    // ANGRY (a threat after a repeat)
 * s.escalation().level();                         // HIGH
 * s.escalation().has(SignalKind.CHURN_THREAT);    // true
 * s.suggestion().handoff();                       // true
 * }</pre>
 *
 * <p>Lexicons are data: {@code dev/empathy/signal/lexicon_<locale>.tsv} (English, Spanish,
 * French, German, Brazilian Portuguese, Japanese), plus emoji and emoticons shared by all and
 * the commonest words (thanks, plain feelings, "doesn't work") of languages without a lexicon of
 * their own (Italian, Dutch, Polish, Nordic languages, Russian, Korean, Chinese, ...). An
 * unsupported locale falls back to its language, then to English. Any text is accepted: any
 * script, emoji, markup, control characters, unpaired surrogates; time is linear in its length.
 * Evidence offsets are UTF-16 indexes into the text exactly as given (it is not cleaned first),
 * always at grapheme boundaries. Only the customer's own words count: quoted e-mail history,
 * signatures, URLs, addresses and @handles never contribute evidence, and web-form markup
 * ({@code &#39;}, {@code <br>}) is read as the text it stands for.
 *
 * <p>A message clearly written in another language that has a lexicon ("Me cobraron dos veces y
 * nadie me responde" to an English analyzer) is read with that language's lexicon, and {@link
 * Signals#locale()} and {@link Signals#language()} say which one was used; the first such message
 * builds that lexicon, once per analyzer. The language is told from the function words, the
 * letters and the letter sequences typical of each language (data, {@code languages.tsv}); a
 * message too short or mixed to tell stays with the analyzer's own locale, and when another
 * language leads in it without leading clearly, {@link Signals#warnings()} says the reading is
 * unsure. A message clearly written in a language without a lexicon ("Mijn pakket is nog steeds
 * niet aangekomen", Russian, Korean) is not read with the analyzer's words, which would invent
 * feelings from look-alikes: only emoji, emoticons and the words every language shares are read,
 * {@link Signals#locale()} stays the analyzer's, {@link Signals#language()} is the language
 * detected and {@link Signals#warnings()} names it:
 *
 * <pre>{@code
 * Signals nl = analyzer.analyze("Mijn pakket is nog steeds niet aangekomen, wat is er aan de hand?");
 * nl.language();  // nl
 * nl.warnings();  // ["text reads as Dutch (nl), a language without a lexicon: ..."]
 * }</pre>
 */
public final class Analyzer {
  private static final LanguageGuess LANGUAGES = LanguageGuess.load();

  private final Lexicon lexicon;
  /** Lexicons of other languages, built the first time a message in one of them arrives. */
  private final ConcurrentMap<String, Lexicon> others = new ConcurrentHashMap<>();

  Analyzer(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The compiled lexicon (shared by every analyzer of its language). */
  Lexicon lexicon() {
    return lexicon;
  }

  /**
   * An analyzer for {@code locale}'s lexicon (falling back to the language, then English). The
   * lexicon is compiled once per JVM and language, on first use, and shared: the first call for a
   * language takes a few hundred milliseconds, every later one (any spelling of the tag, any
   * region or private-use extension) returns at once.
   *
   * @param locale the customer's locale
   * @return the analyzer; thread-safe
   */
  public static Analyzer forLocale(Locale locale) {
    return new Analyzer(Lexicon.shared(checkNotNull(locale, "locale")));
  }

  /**
   * The language {@code text} is clearly written in, when that is not {@code expected}'s and we have
   * a lexicon for it: the same guess {@link #analyze} makes before choosing its words (function
   * words, letters and letter sequences of each language, the first 280 characters read), without
   * reading the text for feelings. A text too short or mixed to tell, in {@code expected}'s
   * language, or in a language we have no lexicon for answers empty. The CLI's {@code review} uses it
   * to review a draft sent without a locale by its own language's rules.
   *
   * <pre>{@code
   * Analyzer.language("Lo sentimos mucho, ya revisamos tu pedido y te escribimos hoy.", Locale.US);  // Optional[es]
   * Analyzer.language("Sorry about that!", Locale.US);                                               // Optional.empty
   * }</pre>
   *
   * @param text any text; null or blank answers empty
   * @param expected the locale the caller would otherwise use; not null
   * @return the lexicon locale of the language the text is written in, or empty
   */
  public static java.util.Optional<Locale> language(String text, Locale expected) {
    String current = Lexicon.resolve(checkNotNull(expected, "expected"));
    if (text == null || isBlank(text)) {
      return java.util.Optional.empty();
    }
    String other = LANGUAGES.read(MessageBody.withMarkupDecoded(text), current).tag();
    return other == null || !Lexicon.bundled(other) ? java.util.Optional.empty() : java.util.Optional.of(localeOf(other));
  }

  /**
   * The feeling a helpdesk's label names when it is not one of ours: "annoyed" is acknowledged as
   * {@link Emotion#FRUSTRATED}, "scared" as {@link Emotion#ANXIOUS}, "relieved" as {@link
   * Emotion#GRATEFUL}. One of our own labels answers itself (as {@link Emotion#fromLabel}). Other
   * labels are read from data ({@code emotion-labels.tsv}: labels the lexicon does not know as a
   * feeling, per language, English rows for every language), then by this analyzer's lexicon, as
   * the customer's own words would be ("furious", "worried", "fed up", "enfadado"). A label of more
   * than four words, or one that names no feeling ("bananas"), answers empty.
   *
   * <pre>{@code
   * Analyzer en = Analyzer.forLocale(Locale.US);
   * en.readLabel("annoyed");   // Optional[frustrated]
   * en.readLabel("relieved");  // Optional[grateful]
   * en.readLabel("bananas");   // Optional.empty
   * }</pre>
   *
   * @param label the label as sent; null or blank answers empty
   * @return the nearest of our emotions, or empty when the label names none
   */
  public java.util.Optional<Emotion> readLabel(String label) {
    if (label == null || isBlank(label)) {
      return java.util.Optional.empty();
    }
    String key = EmotionLabels.key(label);
    for (Emotion e : Emotion.values()) {
      if (EmotionLabels.key(e.label()).equals(key)) {
        return java.util.Optional.of(e);
      }
    }
    Emotion listed = EmotionLabels.find(lexicon.tag(), key);
    if (listed != null) {
      return java.util.Optional.of(listed);
    }
    if (key.isEmpty() || key.split(" ").length > 4) {
      return java.util.Optional.empty();
    }
    Signals s = analyze(label);
    return s.emotions().isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(s.emotions().get(0).label());
  }

  /**
   * {@return the lexicon locale in use, after fallback (e.g. {@code pt_BR} for {@code pt})} A
   * message in another language may be read with that language's lexicon (see {@link
   * Signals#locale()}).
   */
  public Locale locale() {
    return lexicon.locale();
  }

  /**
   * Reads one message.
   *
   * @param text the customer's message, as received
   * @return the emotions, escalation signals and suggestion, each with evidence spans
   * @throws InvalidInputException naming {@code text} when it is null or blank
   */
  public Signals analyze(String text) {
    if (text == null) {
      throw InvalidInputException.forRule("text", "must not be null");
    }
    if (isBlank(text)) {
      throw InvalidInputException.forRule("text", "must not be blank");
    }
    LanguageGuess.Guess guess = LANGUAGES.read(MessageBody.withMarkupDecoded(text), lexicon.tag());
    String other = guess.tag();
    if (other != null && !Lexicon.bundled(other)) {
      // A language we have no words for: read only what every language shares, and say so.
      Signals s = new Reading(text, Lexicon.sharedWords()).read();
      return new Signals(
          lexicon.locale(), s.primary(), s.emotions(), s.escalation(), s.suggestion(), List.of(unread(other)), localeOf(other));
    }
    Lexicon lex = other == null ? lexicon : others.computeIfAbsent(other, t -> Lexicon.shared(localeOf(t)));
    Signals s = new Reading(text, lex).read();
    if (guess.maybe() == null) {
      return s;
    }
    return new Signals(s.locale(), s.primary(), s.emotions(), s.escalation(), s.suggestion(), List.of(unsure(guess.maybe(), lex.locale())));
  }

  /** The warning for a message in a language without a lexicon. */
  private static String unread(String tag) {
    return "text reads as " + name(tag) + ", a language without a lexicon: only emoji and the words every language shares were read";
  }

  /** The warning for a message too short to tell whether it is in the lexicon's language. */
  private static String unsure(String tag, Locale read) {
    return "text may be " + name(tag) + " rather than " + name(read.getLanguage())
        + ": too short or mixed to tell; read as " + name(read.getLanguage());
  }

  private static String name(String tag) {
    String language = tag.contains("_") ? tag.substring(0, tag.indexOf('_')) : tag;
    String name = new Locale(language).getDisplayLanguage(Locale.ENGLISH);
    return name.isEmpty() || name.equals(language) ? language : name + " (" + language + ")";
  }

  private static Locale localeOf(String tag) {
    String[] parts = tag.split("_");
    return parts.length == 1 ? new Locale(parts[0]) : new Locale(parts[0], parts[1]);
  }

  /** Blank: nothing but whitespace, controls and invisible format characters. */
  private static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT && c != '\u00A0') {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "Analyzer[" + lexicon.locale().toLanguageTag() + "]";
  }
}
