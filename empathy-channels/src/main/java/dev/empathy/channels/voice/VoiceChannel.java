package dev.empathy.channels.voice;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.empathy.InvalidInputException;
import dev.empathy.channel.Channel;
import dev.empathy.channel.ChannelOverflowException;
import dev.empathy.channel.Length;
import dev.empathy.channel.Overflow;
import dev.empathy.channel.RenderOptions;
import dev.empathy.channel.Rendered;
import dev.empathy.channels.fit.ChannelData;
import dev.empathy.channels.fit.Cuts;
import dev.empathy.channels.fit.Greeting;
import dev.empathy.channels.fit.Section;
import dev.empathy.channels.fit.Shortener;
import dev.empathy.compose.Block;
import dev.empathy.compose.BlockKind;
import dev.empathy.compose.Reply;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import com.ibm.icu.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.ULocale;
import org.owasp.encoder.Encode;

/**
 * Voice (phone): SSML for a speech engine, or a plain script with pacing marks for a human agent,
 * with an estimated speaking time. A call opens as people speak ({@code greeting = casual} in the
 * channel's data: the locale's {@code chat.greeting}, "Hi Dana!", never a letter's "Dear Dana,"),
 * and a handle ("@dana") is never read out as a name. A later turn of the conversation ({@code
 * reply.turn() > 0}) is said in the same call: it has no greeting.
 *
 * <pre>{@code
 * Rendered r = Channels.require("voice").render(reply);
 * r.text();                      // "<speak>Hello Dana,<break time=\"600ms\"/>…</speak>"
 * r.field("script");             // Optional[Hello Dana, [pause]\n[slow down, warm tone] I’m sorry …]
 * r.length();                    // Length[unit=seconds, value=38, limit=null]
 * }</pre>
 *
 * <h2>Rendered conventions</h2>
 *
 * <ul>
 *   <li>flavours: {@code ssml} (default) and {@code script};
 *   <li>{@code text()}: the SSML document for {@code ssml}, the script for {@code script};
 *       {@code parts()}: that text as the single part;
 *   <li>{@code fields()}: {@code script} (always), {@code ssml} (always), {@code
 *       speakingSeconds} (one decimal), {@code wordsPerMinute};
 *   <li>{@code length()}: unit {@code seconds}, value = the estimate rounded up, limit = {@code
 *       limit} if given.
 * </ul>
 *
 * <h2>Speech</h2>
 *
 * <p>SSML uses {@code <speak>}, {@code <break>}, {@code <prosody rate>} and {@code <say-as
 * interpret-as="characters">}, and is well-formed for any input: every text is XML-encoded
 * (OWASP Encoder; {@code & < > " '} escaped, characters XML cannot hold replaced). The
 * acknowledgement is spoken at 90% rate; blocks are separated by a 600 ms pause; codes (upper-case
 * letters mixed with digits, or four or more digits that are not a year or an amount) are read
 * character by character after a 300 ms pause, one of more than eight characters in its hyphenated
 * parts and groups of four with a 150 ms pause between them ("9400 1118 9922 3344 5566 77", as an
 * agent reads a tracking number); the timeline's date (taken from its facts) follows
 * a 300 ms pause; a telephone number ("1-800-555-0199", "+44 20 7946 0958") is one {@code
 * <say-as interpret-as="telephone">} after a 300 ms pause, never spelled in pieces; a web address
 * is said without its scheme, "www.", query or fragment ("example.com/billing/faq", reported as a
 * {@code truncated} change when a query or fragment is left unsaid); any other number ("$4.99",
 * "12/03", "7:40") is one number after a 150 ms pause, but none when it is glued to a letter
 * ("gate B12") or ends the phrase of a number at most three words before it ("42 dollars and 50
 * cents", "from 8 to 12"). Before that, figures are said in words from the language's data
 * ({@code spoken_<language>.properties}, {@link SpokenFigures}): "$42.50" → "42 dollars and 50
 * cents", "the $42.50 fee" → "the fee of 42 dollars and 50 cents", "42,50 €" → "42 euros con 50
 * céntimos" in Spanish, "2:14pm" → "2:14 PM", "#4471" → "number 4471", "on 5/12" → "on May 12",
 * and a web address longer than a site and a short path is not read out (a {@code dropped}
 * change says so). The sign-off is not spoken, and the written
 * closing ("just reply here") becomes a spoken one ({@code voice.closing}).
 *
 * <p>The speaking time is estimated from the script at 140 words a minute (ICU word segments; a
 * spelled code counts one word per character; the acknowledgement at 90% rate) plus the pauses.
 * Option {@code voice.wordsPerMinute} (60 to 400) changes the rate. A typical reply speaks in
 * about 35 seconds ({@code voice.targetSeconds}): past it, whole sections are left out in the
 * shared keep order ({@link dev.empathy.channels.fit.KeepOrder}: the action's framing, the
 * closing, the acknowledgement's elaboration, the summary, the timeline's detail, the follow-up,
 * further actions), never the first action or the timeline. With {@code limit} (seconds), {@code SHORTEN}
 * and {@code SPLIT} go on in the same order, then cut at a word boundary; {@code FAIL} throws
 * when the reply as composed is longer.
 *
 * <p>Nothing meant for the eye reaches the speech engine: HTML character references in caller
 * text ("&amp;gt;", "&amp;#8217;") are decoded first, then HTML tags are left unsaid ("&lt;b&gt;call
 * first&lt;/b&gt;" → "call first", a line-ending tag a comma's pause; {@code fit/markup.properties}),
 * a weekday the locale writes in brackets ("11月27日（金）") is spoken in full ("11月27日金曜日",
 * ICU's weekday name), and a time window, a range or a numeric date is said in words from the
 * language's data ("12/9 8-12" → "December ninth 8 to 12", "el 9 de diciembre de 8 a 12").
 */
public final class VoiceChannel implements Channel {
  /** The channel id. */
  public static final String ID = "voice";
  /** Option name: the speaking rate for the estimate, in words per minute. */
  public static final String WORDS_PER_MINUTE = "voice.wordsPerMinute";

  private static final ImmutableSet<String> FLAVORS = ImmutableSet.of("ssml", "script");
  private static final ImmutableMap<String, String> PACE = ChannelData.properties(VoiceChannel.class, "limits.properties");
  private static final int DEFAULT_WPM = ChannelData.intValue(PACE, "wordsPerMinute");
  private static final int PAUSE_BLOCK = ChannelData.intValue(PACE, "pause.block");
  private static final int PAUSE_CODE = ChannelData.intValue(PACE, "pause.code");
  private static final int PAUSE_NUMBER = ChannelData.intValue(PACE, "pause.number");
  private static final int ACK_RATE = ChannelData.intValue(PACE, "rate.acknowledgement");
  private static final int PAUSE_NUMBER_AFTER = ChannelData.intValue(PACE, "pause.number.after");
  private static final int CODE_GROUP = ChannelData.intValue(PACE, "code.group");
  private static final int CODE_GROUP_ABOVE = ChannelData.intValue(PACE, "code.groupAbove");
  private static final int DEFAULT_TARGET = ChannelData.intValue(PACE, "targetSeconds");
  private static final Greeting.Style GREETING = Greeting.style(PACE, "voice");
  /** Option name: the seconds a typical reply aims for (a soft goal). */
  public static final String TARGET_SECONDS = "voice.targetSeconds";
  /**
   * The HTML entity names a reply may carry, read the first time one is spoken: a process that
   * never renders for voice never reads the table (every channel is built when {@code Channels}
   * first loads).
   */
  private static final class Entities {
    static final ImmutableMap<String, String> BY_NAME = entities();
  }

  private static final Pattern ENTITY = Pattern.compile("&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));");
  private static final Pattern BRACKETED = Pattern.compile("\\s*[（(]\\s*([^）)]{1,12}?)\\s*[）)]");

  /** Public for {@link java.util.ServiceLoader}; use {@code Channels.require("voice")}. */
  public VoiceChannel() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<String> flavors() {
    return FLAVORS.asList();
  }

  @Override
  public Rendered render(Reply reply, RenderOptions options) {
    String flavor = flavorOf(options);
    int wpm = wordsPerMinute(options);
    Marks marks = new Marks(reply.phrase("voice.script.pause"), reply.phrase("voice.script.slow"), reply.phrase("voice.script.spell"));
    Map<String, String> spoken = spokenDates(reply);
    List<String> dates = new ArrayList<>(spoken.keySet());
    Locale locale = reply.locale();
    Rendered.Builder out = Rendered.builder(ID, flavor).warnings(reply.warnings());

    List<Section> sections = Section.afterGreeting(sections(reply), reply.phrasebook());
    List<SpokenFigures.Address> addresses = addresses(reply);
    SpokenFigures words = SpokenFigures.forLocale(spokenLocale(reply));
    List<Section> whole = sections;
    sections = addressesOnce(whole, addresses, false);
    String script = script(sections, dates, marks, spoken, words);
    double seconds = seconds(script, marks, wpm, locale, words);
    int target = target(options);
    boolean briefSaid = false;
    if (seconds > target && options.overflow().orElse(Overflow.SHORTEN) != Overflow.FAIL) {
      // Over the target, a long address is said by its domain before any section goes, so the
      // summary is not dropped for the sake of spelling "maya dot k dot lindqvist dash …".
      briefSaid = !addressesOnce(whole, addresses, true).equals(sections);
      if (briefSaid) {
        out.change(dev.empathy.channel.Change.Kind.TRUNCATED,
            "said a long e-mail address by its domain to keep to about " + target + " seconds");
      }
      Shortener.Fitted brief =
          Shortener.brief(
              whole,
              s -> script(addressesOnce(s, addresses, true), dates, marks, spoken, words),
              t -> (int) Math.ceil(seconds(t, marks, wpm, locale, words)),
              target,
              "to keep to about " + target + " seconds");
      brief.changes().forEach(out::change);
      sections = addressesOnce(brief.sections(), addresses, true);
      script = brief.text();
      seconds = seconds(script, marks, wpm, locale, words);
    }
    Integer limit = options.limit().isPresent() ? options.limit().getAsInt() : null;
    if (limit != null && Math.ceil(seconds) > limit) {
      if (options.overflow().orElse(Overflow.SHORTEN) == Overflow.FAIL) {
        throw new ChannelOverflowException(ID, "seconds", (int) Math.ceil(seconds), limit);
      }
      if (!briefSaid && !addressesOnce(sections, addresses, true).equals(sections)) {
        out.change(dev.empathy.channel.Change.Kind.TRUNCATED, "said a long e-mail address by its domain to keep to " + limit + " seconds");
      }
      Shortener.Fitted fitted =
          Shortener.fit(
              sections,
              s -> script(addressesOnce(s, addresses, true), dates, marks, spoken, words),
              t -> (int) Math.ceil(seconds(t, marks, wpm, locale, words)),
              limit,
              "seconds",
              "…",
              locale);
      fitted.changes().forEach(out::change);
      sections = addressesOnce(fitted.sections(), addresses, true);
      script = fitted.text();
      seconds = seconds(script, marks, wpm, locale, words);
    }
    if (reply.blocks().stream().anyMatch(b -> pictographic(b.text()))) {
      out.change(dev.empathy.channel.Change.Kind.DROPPED,
          "left emoji unsaid: a speech engine reads them out by name (\"raising hands\")");
    }
    SpokenFigures figures = SpokenFigures.forLocale(spokenLocale(reply));
    if (reply.blocks().stream().anyMatch(b -> figures.leavesLinkUnsaid(speakable(b.text())))) {
      out.change(dev.empathy.channel.Change.Kind.DROPPED,
          "left long web addresses unsaid (said as \"the link\", or left out after a word naming it): no caller can note one down from a call");
    }
    if (sections.stream().anyMatch(VoiceChannel::linkLosesQuery)) {
      out.change(dev.empathy.channel.Change.Kind.TRUNCATED,
          "read web addresses without their query or fragment (what follows \"?\" or \"#\"), which no caller can note down");
    }
    String ssml = ssml(sections, dates, spoken, words);
    String text = flavor.equals("ssml") ? ssml : script;
    return out.text(text)
        .part(text)
        .field("script", script)
        .field("ssml", ssml)
        .field("speakingSeconds", String.format(Locale.ROOT, "%.1f", seconds))
        .field("wordsPerMinute", Integer.toString(wpm))
        .length(new Length("seconds", (int) Math.ceil(seconds), limit))
        .build();
  }

  private static int wordsPerMinute(RenderOptions options) {
    String v = options.option(WORDS_PER_MINUTE).orElse(null);
    if (v == null) {
      return DEFAULT_WPM;
    }
    try {
      int wpm = Integer.parseInt(v);
      if (wpm >= 60 && wpm <= 400) {
        return wpm;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidInputException(
        "options", "options." + WORDS_PER_MINUTE + " must be a whole number from 60 to 400 but was \"" + v + "\"");
  }

  private static int target(RenderOptions options) {
    String v = options.option(TARGET_SECONDS).orElse(null);
    if (v == null) {
      return DEFAULT_TARGET;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n >= 1 && n <= 3600) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidInputException(
        "options", "options." + TARGET_SECONDS + " must be a whole number of seconds from 1 to 3600 but was \"" + v + "\"");
  }

  /**
   * The locale figures are said in: the reply's, with the country that was asked for when the reply
   * is in that country's language ("es-MX" replied in "es": "$" is the peso there).
   */
  static Locale spokenLocale(Reply reply) {
    Locale written = reply.locale();
    Locale asked = reply.requestedLocale();
    if (written.getCountry().isEmpty() && !asked.getCountry().isEmpty() && asked.getLanguage().equals(written.getLanguage())) {
      return new Locale(written.getLanguage(), asked.getCountry());
    }
    return written;
  }

  private static List<Section> sections(Reply reply) {
    List<Section> out = new ArrayList<>();
    // "$42.50", "2:14pm", "#4471", "on 5/12" said as a person says them (SpokenFigures, per language).
    SpokenFigures figures = SpokenFigures.forLocale(spokenLocale(reply));
    for (Block b : reply.blocks()) {
      switch (b.kind()) {
        case SIGN_OFF -> { } // not spoken
        case CLOSING -> out.add(new Section("closing", reply.phrase("voice.closing"), false));
        case GREETING -> {
          // A later turn is said in the same call: the customer was greeted when it began.
          if (reply.turn() == 0) {
            Greeting.text(reply, GREETING, PACE, "voice")
                .ifPresent(g -> out.add(new Section(Section.roleOf(b), figures.titles(speakable(g)), false)));
          }
        }
        case TIMELINE -> out.add(Section.of(b, reply, false).map(t -> figures.say(speakable(t))));
        default -> out.add(Section.of(b, reply, true).map(t -> figures.say(speakable(t))));
      }
    }
    return out;
  }

  /** The e-mail addresses the reply's blocks hold, as the reply's language spells them. */
  private static List<SpokenFigures.Address> addresses(Reply reply) {
    SpokenFigures figures = SpokenFigures.forLocale(spokenLocale(reply));
    List<SpokenFigures.Address> out = new ArrayList<>();
    for (Block b : reply.blocks()) {
      for (SpokenFigures.Address a : figures.addresses(speakable(b.text()))) {
        if (out.stream().noneMatch(x -> x.spelled().equals(a.spelled()))) {
          out.add(a);
        }
      }
    }
    out.sort((x, y) -> y.spelled().length() - x.spelled().length());
    return out;
  }

  /**
   * Each e-mail address spelled once in a call: said again, it is "the same address"
   * ({@code email.again}); with {@code brief} (the reply runs over its time), a long one is said by
   * its domain ({@code email.brief}: "the address ending in outlook dot com"), since no caller
   * notes down forty spelled symbols, and the summary is not dropped to make room for them.
   */
  static List<Section> addressesOnce(List<Section> sections, List<SpokenFigures.Address> addresses, boolean brief) {
    if (addresses.isEmpty()) {
      return sections;
    }
    java.util.Set<String> said = new java.util.HashSet<>();
    List<Section> out = new ArrayList<>(sections.size());
    for (Section s : sections) {
      java.util.Set<String> before = new java.util.HashSet<>(said);
      String text = once(s.text(), s.role(), addresses, brief, said);
      String shortForm = s.shortForm() == null ? null : once(s.shortForm(), s.role(), addresses, brief, before);
      out.add(new Section(s.role(), text, s.cuttable(), shortForm));
    }
    return out;
  }

  private static String once(String text, String role, List<SpokenFigures.Address> addresses, boolean brief, java.util.Set<String> said) {
    String t = text;
    for (SpokenFigures.Address a : addresses) {
      int i = t.indexOf(a.spelled());
      while (i >= 0) {
        String instead = said.contains(a.spelled()) ? a.again()
            : brief && a.brief() != null ? a.briefAfter(t.substring(0, i)) : null;
        said.add(a.spelled());
        if (instead != null) {
          t = t.substring(0, i) + instead + t.substring(i + a.spelled().length());
          i = t.indexOf(a.spelled(), i + instead.length());
        } else {
          i = t.indexOf(a.spelled(), i + a.spelled().length());
        }
      }
    }
    return t;
  }

  /**
   * One line, with HTML character references ("&gt;", "&#8217;") decoded so none is read aloud;
   * text escaped twice over by an export ("&amp;gt;") is decoded until nothing changes.
   */
  static String speakable(String s) {
    String t = s;
    for (int round = 0; round < 4 && t.indexOf('&') >= 0; round++) {
      String next = decodeOnce(t);
      if (next.equals(t)) {
        break;
      }
      t = next;
    }
    String line = oneLine(unlaughed(unsymbolled(dev.empathy.channels.fit.Markup.untagged(t, ", "))));
    return line.indexOf(" .") < 0 ? line : SPACED_STOP.matcher(line).replaceAll(".");
  }

  /**
   * A full stop typed with a space before it ("ticket #88 . closed"): a speech engine reads a lone
   * "." after a figure as "dot" or as a pause in the wrong place, so it goes back on its word
   * ("ticket number 88. closed"). Tried only right after a word, and spaces are never given back.
   */
  private static final Pattern SPACED_STOP = Pattern.compile("(?<=[\\p{L}\\p{N}])[ \\t\u00A0]++\\.(?=[ \\t\u00A0]|$)");


  /**
   * A laugh typed in the customer's words, in any language ({@code unspoken.laugh} in
   * limits.properties: "jajaja", "kkkkk", "mdr", "rsrs", "lol", "xD"), as the same laughs
   * signal/laughter.tsv reads as a light moment.
   */
  private static final Pattern LAUGH = Pattern.compile(
      // A match starts only where a run of spaces starts: from inside a long run, "[ ]*" would rescan
      // it to its end at every position (100 KB of spaces took minutes).
      "(?<![ \\t\u00A0\u202F])[ \\t\u00A0\u202F]*(?<![\\p{L}\\p{N}@#_/.:=-])(?:" + PACE.get("unspoken.laugh") + ")(?![\\p{L}\\p{N}_]|[./@:=-][\\p{L}\\p{N}])",
      Pattern.CASE_INSENSITIVE);

  /**
   * Text with the customer's laughter taken out (emoji are, by {@link #unsymbolled}): a speech
   * engine would spell "kkkkk" out ("tu chiste del bot jajaja, gracias" → "tu chiste del bot,
   * gracias"). The reply answers a laugh in its own words (a light moment), so nothing the
   * customer needs to hear is lost. The spaces before a laugh go with it; everything else is kept.
   */
  static String unlaughed(String s) {
    String out = LAUGH.matcher(s).replaceAll("");
    if (out.length() != s.length() && !out.isEmpty() && !s.isEmpty() && (isSpaceBefore(out.charAt(0)) || out.charAt(0) == ',')
        && !isSpaceBefore(s.charAt(0)) && s.charAt(0) != ',') {
      // "Jajaja, qué bueno" → "qué bueno": a laugh that opened the text takes its comma and spaces along.
      int from = 0;
      while (from < out.length() && (isSpaceBefore(out.charAt(from)) || out.charAt(from) == ',')) {
        from++;
      }
      out = out.substring(from);
    }
    return out;
  }

  private static boolean isSpaceBefore(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F';
  }

  /** True when {@code s} holds an emoji, which a speech engine would read out by name ("raising hands"). */
  static boolean pictographic(String s) {
    return dev.empathy.channels.fit.Emoji.present(s);
  }

  /** {@code s} without its emoji (and the joiners and selectors that bind them), spaces kept single. */
  static String withoutEmoji(String s) {
    return dev.empathy.channels.fit.Emoji.without(s);
  }

  /** A step in a menu path ("Settings > Billing"), spoken as a pause: never "greater than". */
  private static final Pattern MENU_STEP = Pattern.compile("(?<=\\S)\\s+[>→|]\\s+(?=\\S)");
  /** An asterisk inside a word ("ACME*DIGITAL" on a card statement), spoken as the gap it stands for. */
  private static final Pattern WORD_STAR = Pattern.compile("(?<=[\\p{L}\\p{N}])\\*+(?=[\\p{L}\\p{N}])");
  /** Asterisks that mark emphasis or a footnote ("*only* today", "fees apply*"): not read out. */
  private static final Pattern STAR = Pattern.compile("\\*+");

  /**
   * Text with the symbols a speech engine would read out by name taken out: a menu path's
   * separators become a comma's pause ("Settings, Billing, Address"), an asterisk inside a word a
   * space, any other asterisk nothing. Language-neutral: no word is added.
   */
  static String unsymbolled(String s) {
    String t = pictographic(s) ? withoutEmoji(s) : s;
    if (t.indexOf('_') >= 0 || t.indexOf('`') >= 0 || t.indexOf('~') >= 0) {
      t = uncoded(t);
    }
    if (t.indexOf('[') >= 0 || t.indexOf(']') >= 0 || t.indexOf('{') >= 0 || t.indexOf('}') >= 0) {
      // "[setup, monthly, overage]" is an aside, said as one: a bracket is read out by name, and a
      // script reader takes a bracket for a stage cue ("[pause]").
      t = t.replace('[', '(').replace(']', ')').replace('{', '(').replace('}', ')');
    }
    if (t.indexOf('>') >= 0 || t.indexOf('→') >= 0 || t.indexOf('|') >= 0) {
      t = MENU_STEP.matcher(t).replaceAll(", ");
    }
    if (t.indexOf('*') >= 0) {
      t = STAR.matcher(WORD_STAR.matcher(t).replaceAll(" ")).replaceAll("");
    }
    if (t.indexOf('•') >= 0 || t.indexOf('●') >= 0 || t.indexOf('·') >= 0 || t.indexOf('∙') >= 0) {
      t = MASK.matcher(t).replaceAll("");
    }
    return t;
  }

  /**
   * Dots that mask a card's or a phone's other digits ("•••• 3321", "●●●●-●●●●-4242"): read out by
   * name ("bullet bullet…"), so left unsaid, as a person reads the last digits alone. Possessive
   * and tried only where a run starts: a long run with no digit after it is read once.
   */
  private static final Pattern MASK = Pattern.compile("(?<![•●·∙])(?:[•●·∙]{2,}+[ -]?+)++(?=\\p{N})");

  /** An underscore joining the words of an identifier ("bowl_lock", "ERR_AUTH_TIMEOUT"): the gap it stands for. */
  private static final Pattern WORD_UNDERSCORE = Pattern.compile("(?<=[\\p{L}\\p{N}])_+(?=[\\p{L}\\p{N}])");
  /** Code and strike-through marks around a word ("`undefined`", "~#9921~", "_urgent_"): not read out. */
  private static final Pattern CODE_MARK = Pattern.compile("`+|(?<![\\p{L}\\p{N}])[~_]+(?=\\S)|(?<=\\S)[~_]+(?![\\p{L}\\p{N}])");
  /** A word of blanks' separated text: an address or a link keeps its underscores (the figures spell them). */
  private static final Pattern TOKEN = Pattern.compile("\\S+");

  /**
   * Text with the marks of code and chat markup taken out of each word that is not an address or a
   * link: an identifier's underscores become spaces ("bowl_lock" → "bowl lock"), backticks,
   * tildes and underscores around a word go ("`undefined`" → "undefined"). Language-neutral.
   */
  static String uncoded(String s) {
    Matcher m = TOKEN.matcher(s);
    StringBuilder sb = new StringBuilder(s.length());
    int copied = 0;
    while (m.find()) {
      String w = m.group();
      if (w.indexOf('@') >= 0 || w.contains("://") || w.regionMatches(true, 0, "www.", 0, 4)
          || (w.indexOf('_') < 0 && w.indexOf('`') < 0 && w.indexOf('~') < 0)) {
        continue;
      }
      String said = CODE_MARK.matcher(WORD_UNDERSCORE.matcher(w).replaceAll(" ")).replaceAll("");
      sb.append(s, copied, m.start()).append(said);
      copied = m.end();
    }
    return copied == 0 ? s : sb.append(s, copied, s.length()).toString();
  }

  private static String decodeOnce(String s) {
    Matcher m = ENTITY.matcher(s);
    StringBuilder sb = new StringBuilder(s.length());
    while (m.find()) {
      String r = null;
      try {
        if (m.group(1) != null || m.group(2) != null) {
          int cp = m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
          if (Character.isValidCodePoint(cp) && cp != 0 && !(cp >= 0xD800 && cp <= 0xDFFF)) {
            r = new String(Character.toChars(cp));
          }
        } else {
          r = Entities.BY_NAME.get(m.group(3).toLowerCase(Locale.ROOT));
        }
      } catch (NumberFormatException e) {
        r = null;
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(r == null ? m.group() : r));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /**
   * The timeline's dates and times as the reply wrote them (from its facts), each with the form a
   * person says: a weekday the locale writes abbreviated in brackets ("11月27日（金）") is said in
   * full ("11月27日金曜日", ICU's weekday name); other forms are already said as written.
   */
  private static Map<String, String> spokenDates(Reply reply) {
    Map<String, String> out = new LinkedHashMap<>();
    reply.block(BlockKind.TIMELINE).ifPresent(t -> {
      t.fact("deadline").ifPresent(d -> {
        try {
          LocalDate date = LocalDate.parse(d);
          for (boolean year : new boolean[] {true, false}) {
            String written = reply.phrasebook().date(date, year);
            out.put(written, spokenDate(written, date, reply.locale()));
          }
        } catch (DateTimeParseException e) {
          // not a date: nothing to pause before
        }
      });
      t.fact("deadlineTime").ifPresent(tm -> {
        try {
          String written = reply.phrasebook().time(LocalTime.parse(tm));
          out.put(written, written);
        } catch (DateTimeParseException e) {
          // not a time
        }
      });
      out.put(reply.phrasebook().today(), reply.phrasebook().today());
      out.put(reply.phrasebook().tomorrow(), reply.phrasebook().tomorrow());
    });
    out.remove("");
    return out;
  }

  static String spokenDate(String written, LocalDate date, Locale locale) {
    Matcher m = BRACKETED.matcher(written);
    if (!m.find()) {
      return written;
    }
    ULocale ul = ULocale.forLocale(locale);
    java.util.Date instant = java.util.Date.from(date.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
    String inBrackets = m.group(1);
    for (String skeleton : new String[] {"E", "EEEE", "EEEEE"}) {
      SimpleDateFormat f = new SimpleDateFormat(skeleton, ul);
      f.setTimeZone(TimeZone.getTimeZone("UTC"));
      if (f.format(instant).equals(inBrackets)) {
        SimpleDateFormat full = new SimpleDateFormat("EEEE", ul);
        full.setTimeZone(TimeZone.getTimeZone("UTC"));
        String name = full.format(instant);
        String gap = Cuts.sentenceGap(written.substring(0, m.start())).isEmpty() || isCjk(name) ? "" : " ";
        return written.substring(0, m.start()) + gap + name + written.substring(m.end());
      }
    }
    return written;
  }

  private static boolean isCjk(String s) {
    return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
        || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA
        || Character.UnicodeScript.of(cp) == Character.UnicodeScript.KATAKANA);
  }

  private static ImmutableMap<String, String> entities() {
    ImmutableMap.Builder<String, String> b = ImmutableMap.builder();
    for (List<String> row : ChannelData.rows(VoiceChannel.class, "entities.tsv")) {
      b.put(row.get(0), row.get(1));
    }
    return b.buildOrThrow();
  }

  private record Marks(String pause, String slow, String spell) {}

  static String ssml(List<Section> sections, List<String> dates, Map<String, String> spoken) {
    return ssml(sections, dates, spoken, SpokenFigures.forLocale(Locale.ROOT));
  }

  static String ssml(List<Section> sections, List<String> dates, Map<String, String> spoken, SpokenFigures words) {
    StringBuilder sb = new StringBuilder(1024).append("<speak>");
    boolean first = true;
    for (Section s : sections) {
      if (s.text().isBlank()) {
        continue;
      }
      if (!first) {
        sb.append("<break time=\"").append(PAUSE_BLOCK).append("ms\"/>");
      }
      first = false;
      boolean slow = s.role().equals("acknowledgement");
      if (slow) {
        sb.append("<prosody rate=\"").append(ACK_RATE).append("%\">");
      }
      boolean start = true;
      List<Speech.Piece> pieces = Speech.pieces(s.text(), s.role().equals("timeline") ? dates : List.of(), words.reference());
      for (int i = 0; i < pieces.size(); i++) {
        Speech.Piece p = pieces.get(i);
        String enc = Encode.forXml(p.text());
        switch (p.kind()) {
          case CODE -> {
            sb.append(start ? "" : "<break time=\"" + PAUSE_CODE + "ms\"/>");
            List<String> groups = Speech.groups(p.text(), CODE_GROUP, CODE_GROUP_ABOVE);
            for (int g = 0; g < groups.size(); g++) {
              sb.append(g == 0 ? "" : "<break time=\"" + PAUSE_NUMBER + "ms\"/>")
                  .append("<say-as interpret-as=\"characters\">").append(Encode.forXml(groups.get(g))).append("</say-as>");
            }
          }
          case DATE -> sb.append(start ? "" : "<break time=\"" + PAUSE_CODE + "ms\"/>")
              .append(Encode.forXml(spoken.getOrDefault(p.text(), p.text())));
          case NUMBER -> sb.append(start || !pausesBeforeNumber(pieces, i, words) ? ""
              : "<break time=\"" + PAUSE_NUMBER + "ms\"/>").append(enc);
          case PHONE -> sb.append(start ? "" : "<break time=\"" + PAUSE_CODE + "ms\"/>")
              .append("<say-as interpret-as=\"telephone\">").append(enc).append("</say-as>");
          case LINK -> sb.append(Encode.forXml(said(Speech.spokenLink(p.text()), words)));
          default -> sb.append(enc);
        }
        start = false;
      }
      if (slow) {
        sb.append("</prosody>");
      }
    }
    return sb.append("</speak>").toString();
  }

  /**
   * True when the number at {@code pieces[i]} is said after a short pause, in the SSML and in the
   * speaking-time estimate alike (the estimate once counted a pause in "December 2028" that the SSML
   * no longer made). No pause at a line's start, before a number with its counter in a script
   * written without spaces ("11月28日", "1,100円", "2時間": one word), nor before a year after its
   * month ("December 2028", "diciembre de 2028").
   */
  static boolean pausesBeforeNumber(List<Speech.Piece> pieces, int i, SpokenFigures words) {
    boolean counted = i + 1 < pieces.size() && countedBy(pieces.get(i + 1).text());
    return i > 0 && !counted && Speech.pausesBefore(pieces, i, PAUSE_NUMBER_AFTER)
        && !words.endsWithMonth(pieces.get(i - 1).text());
  }

  /** True when {@code next} starts with a Han, Hiragana or Katakana letter: a counter after a number. */
  private static boolean countedBy(String next) {
    if (next.isEmpty()) {
      return false;
    }
    Character.UnicodeScript sc = Character.UnicodeScript.of(next.codePointAt(0));
    return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
        || sc == Character.UnicodeScript.KATAKANA;
  }

  /** A web address as said: "/" in the language's word ("example.com slash billing"), which every engine then says alike. */
  private static String said(String link, SpokenFigures words) {
    String slash = words.slash();
    return slash.equals("/") ? link : link.replace("/", " " + slash + " ");
  }

  private static String script(List<Section> sections, List<String> dates, Marks marks, Map<String, String> spoken, SpokenFigures words) {
    List<String> lines = new ArrayList<>();
    for (Section s : sections) {
      if (s.text().isBlank()) {
        continue;
      }
      StringBuilder line = new StringBuilder(200);
      if (s.role().equals("acknowledgement")) {
        line.append(marks.slow()).append(' ');
      }
      for (Speech.Piece p : Speech.pieces(s.text(), s.role().equals("timeline") ? dates : List.of(), words.reference())) {
        switch (p.kind()) {
          case CODE -> line.append(marks.spell()).append(' ').append(String.join(" ", Speech.groups(p.text(), CODE_GROUP, CODE_GROUP_ABOVE)));
          case DATE -> line.append(marks.pause()).append(' ').append(spoken.getOrDefault(p.text(), p.text()));
          case LINK -> line.append(said(Speech.spokenLink(p.text()), words));
          default -> line.append(p.text());
        }
      }
      lines.add(line.toString());
    }
    return String.join(" " + marks.pause() + "\n", lines);
  }

  /** Estimated speaking time of a script: words at the rate, plus pauses. */
  private static double seconds(String script, Marks marks, int wpm, Locale locale, SpokenFigures figures) {
    double words = 0;
    int pausesMs = 0;
    String[] lines = script.split("\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (i < lines.length - 1 && line.endsWith(marks.pause())) {
        pausesMs += PAUSE_BLOCK;
        line = line.substring(0, line.length() - marks.pause().length());
      }
      boolean slow = line.startsWith(marks.slow());
      if (slow) {
        line = line.substring(marks.slow().length());
      }
      double lineWords = 0;
      List<Speech.Piece> pieces = Speech.pieces(line.replace(marks.spell(), " ").replace(marks.pause(), " "), List.of());
      for (int k = 0; k < pieces.size(); k++) {
        Speech.Piece p = pieces.get(k);
        switch (p.kind()) {
          case CODE -> {
            lineWords += Speech.characters(p.text());
            pausesMs += PAUSE_CODE;
          }
          case NUMBER -> {
            lineWords += Speech.words(p.text(), locale);
            pausesMs += pausesBeforeNumber(pieces, k, figures) ? PAUSE_NUMBER : 0;
          }
          case PHONE -> {
            lineWords += Speech.characters(p.text());
            pausesMs += PAUSE_CODE;
          }
          case LINK -> lineWords += Speech.words(p.text(), locale) + p.text().chars().filter(c -> c == '.' || c == '/').count();
          default -> lineWords += Speech.words(p.text(), locale);
        }
      }
      pausesMs += countOf(line, marks.pause()) * PAUSE_CODE;
      words += slow ? lineWords * 100.0 / ACK_RATE : lineWords;
    }
    // Tenths of a second: an estimate claims no more precision, and the rounded-up length agrees.
    return Math.round((words * 60.0 / wpm + pausesMs / 1000.0) * 10) / 10.0;
  }

  private static boolean linkLosesQuery(Section s) {
    return Speech.pieces(s.text(), List.of()).stream()
        .anyMatch(p -> p.kind() == Speech.Kind.LINK && (p.text().indexOf('?') >= 0 || p.text().indexOf('#') >= 0)
            && !Speech.spokenLink(p.text()).equals(p.text()));
  }

  private static int countOf(String s, String mark) {
    if (mark.isEmpty()) {
      return 0;
    }
    int n = 0;
    for (int at = s.indexOf(mark); at >= 0; at = s.indexOf(mark, at + mark.length())) {
      n++;
    }
    return n;
  }

  private static String oneLine(String s) {
    return Cuts.strip(s.replaceAll("\\s+", " "));
  }
}
