package dev.empathy.channels.voice;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Written figures said as a person says them on a call, from the language's data ({@code
 * spoken_<language>.properties}, a region's file over it): an amount with its currency's words
 * ("$42.50" → "42 dollars and 50 cents", "£12" → "12 pounds", "$10/mo" → "10 dollars a month"), a
 * clock time as the replies write one ("2:14pm" → "2:14 PM"), "#4471" → "number 4471", a numeric
 * date after a word that introduces one ("on 12/05" → "on December fifth" in en-US, "on the
 * twelfth of May" in en-GB), and a long web address not read out ("the tracking link https://…/abc123 to your email"
 * → "the tracking link to your email"). A language without data keeps its figures as written.
 *
 * <pre>{@code
 * SpokenFigures.forLocale(Locale.US).say("I’ve refunded $42.50 on 5/12 at 2:14pm");
 * // "I’ve refunded 42 dollars and 50 cents on May twelfth at 2:14 PM"
 * }</pre>
 */
final class SpokenFigures {
  private static final Splitter LIST = Splitter.on(',').trimResults().omitEmptyStrings();
  private static final Map<Locale, SpokenFigures> BY_LOCALE = new ConcurrentHashMap<>();
  private static final SpokenFigures NONE = new SpokenFigures(new Properties(), ULocale.ROOT);

  /** A sign, then a whole amount (with thousands separators) and optional hundredths, and an optional rate. */
  private static final Pattern MONEY = Pattern.compile(
      "(?<![\\p{L}\\p{N}])(?<sign>[$£€¥])\\s?(?<whole>\\d{1,3}(?:,\\d{3})+|\\d{1,12})(?:\\.(?<cents>\\d{2}))?(?![\\d.,:/]\\d|\\d)(?:/(?<rate>[A-Za-z]{2,5})(?![\\p{L}]))?");
  private static final Pattern CLOCK = Pattern.compile(
      "(?<![\\p{L}\\p{N}:.])(\\d{1,2})(?::([0-5]\\d))?\\s?([aApP])(?:[mM]|\\.[mM]\\.?)(?![\\p{L}\\p{N}])");
  /** "#" before a number or a code that holds a digit ("#4471", "#A-88213"), not an HTML entity's "&#". */
  private static final Pattern NUMBER_SIGN = Pattern.compile("(?<![\\p{L}\\p{N}&#])#(?=\\p{N}|[\\p{Lu}][\\p{Lu}\\p{N}-]{0,30}\\p{N})");
  private static final Pattern DATE = Pattern.compile(
      "(?<![\\p{L}\\p{N}])(\\p{L}+(?:-\\p{L}+)?)(,?\\s+)(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?(?![\\p{N}/]|[.,:-]\\p{N})");
  /**
   * A numeric date written with stops, day first ("am 03.12.", "Fr. 11.12.", "bis 15.12.2026"): its
   * final stop (or year) makes it a date, so no word before it is needed ({@code date.dotted}).
   */
  private static final Pattern DATE_DOTTED = Pattern.compile(
      "(?<![\\p{L}\\p{N}])(\\p{L}+)(\\.?,?\\s+)(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})?(?![\\p{N}]|[.,:-]\\p{N})");
  /**
   * Two small numbers joined by a dash, each perhaps a clock time ("8-12", "9-11 AM", "10am-2pm",
   * "3-5 business days", "2:30-4"); never part of a longer figure ("555-0134", "2026-12-01",
   * "A-12", "1-800-555-0199").
   */
  private static final Pattern RANGE = Pattern.compile(
      "(?<![\\p{IsLatin}\\p{N}/.,:#+-])(\\d{1,2}(?::[0-5]\\d)?(?:\\s?[aApP]\\.?[mM]\\.?)?)\\s?[-–]\\s?(\\d{1,2}(?::[0-5]\\d)?)(?![\\p{N}]|[-–/.,:]\\p{N}|\\.[\\p{L}])");
  /** What follows a date that reads as one without a word before it: a clock time or a range ("12/9 8-12", "12/10, 10am"). */
  private static final Pattern TIME_AFTER = Pattern.compile(
      "^,?\\s+(?:\\p{L}{1,5}\\s+){0,2}(?:\\d{1,2}:[0-5]\\d(?![\\d:])|\\d{1,2}(?::[0-5]\\d)?\\s?(?:[aApP]\\.?[mM](?![\\p{L}])|[-–]\\s?\\d|h\\b|時))");
  /** An "@" standing alone between blanks ("12/09 @ 10:30"): shorthand for the language's "at", never an address. */
  private static final Pattern LONE_AT = Pattern.compile("[ \\u00A0]+@[ \\u00A0]+(?=(\\p{N})?)");
  /** A numeric date in a language written without spaces: no word before it ("12/9の8-12時"). */
  private static final Pattern DATE_STANDALONE = Pattern.compile(
      "(?<![\\p{N}/.,:-])()()(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?(?![\\p{N}/]|[.,:-]\\p{N})");
  /**
   * A month and a year, never a day: "12/2028" (a year of four figures), or "04/29" right after a
   * word of {@code date.expiry} ("expires 04/29": a card's expiry is its month and year).
   */
  private static final Pattern MONTH_YEAR = Pattern.compile(
      "(?<![\\p{N}/.,:-])(?:(\\p{L}+)\\.?:?\\s+)?(\\d{1,2})/(\\d{4}|\\d{2})(?![\\p{N}/]|[.,:-]\\p{N})");
  /** A weekday written in brackets after a day ("12月10日（木）"): {@code weekday.bracketed} says it in full. */
  private static final Pattern BRACKETED_WEEKDAY = Pattern.compile("(?<=日)[（(](\\p{L})[）)]");
  /** A range of clock times joined by a wave dash ("14時〜16時"): {@code range.wave} says it. */
  private static final Pattern WAVE_RANGE = Pattern.compile("(\\d{1,2}(?:[:：]\\d{2}|時(?:\\d{1,2}分)?)?)\\s?[〜～~]\\s?(\\d{1,2}(?:[:：]\\d{2}|時(?:\\d{1,2}分)?)?)");
  /** An amount just after a currency code: "CHF 240.00". */
  private static final Pattern AMOUNT_NEXT = Pattern.compile("[ \\u00A0]?\\d");
  /** An e-mail address: a local part, "@" and a domain of two labels or more, in Latin letters and digits (a trailing stop, or Japanese after it, is not part of it). */
  private static final Pattern EMAIL = Pattern.compile(
      "(?<![\\p{IsLatin}\\p{N}._%+-])[\\p{IsLatin}\\p{N}._%+-]{1,64}@[\\p{IsLatin}\\p{N}-]{1,63}(?:\\.[\\p{IsLatin}\\p{N}-]{1,63}){1,6}(?![\\p{IsLatin}\\p{N}-]|\\.[\\p{IsLatin}\\p{N}])");
  /** "&" with a blank on each side, between words ("trust & safety", "iPhone & iPad"); not "AT&T", not an entity. */
  private static final Pattern AMPERSAND = Pattern.compile("(?<=[\\p{L}\\p{N}])\\s+&\\s+(?=[\\p{L}\\p{N}])");
  private static final Pattern LINK = Pattern.compile(
      "(?i)(?<![\\p{L}\\p{N}\\p{M}_&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]])(?:https?://|www\\.)[^\\s<>\"\\u3000-\\u30FF\\u3400-\\u9FFF\\uFF00-\\uFFEF]+");

  private final boolean enabled;
  /** How an e-mail address's symbols are said ({@code email.symbols}: "@ at, . dot"); empty: read as written. */
  private final ImmutableMap<Character, String> emailSymbols;
  /** An address said again in the same call ({@code email.again}: "the same address"); empty: spelled again. */
  private final String emailAgain;
  /** A long address said by its domain ({@code email.brief}: "the address ending in {0}"); empty: spelled whole. */
  private final String emailBrief;
  /** The longest local part spelled whole when a reply runs over its time ({@code email.spellUpTo}). */
  private final int emailSpellUpTo;
  /** "&" between words ("trust & safety") said as the language's "and" ({@code ampersand.said}); empty: as written. */
  private final String ampersand;
  /** A lone "@" before a time said as the language's "at" ({@code at.said}); null: as written. */
  private final String atSaid;
  /**
   * Words that name an address just before one ("your address is"), lower case, each with how a long
   * address is said by its domain after them ({@code email.named}: "address is=the one ending in {0}").
   */
  private final ImmutableMap<String, String> emailNamed;
  private final ImmutableMap<String, String[]> currencies;
  /** A currency's words by its ISO code ({@code code.MXN}), for an amount written with the code. */
  private final ImmutableMap<String, String> signCodes;
  private final ImmutableMap<String, String[]> codes;
  /** An amount written with a currency code or with a sign that {@code sign.*} gives a code; null without codes. */
  private final Pattern coded;
  private final String money;
  private final String moneyHundredths;
  private final String moneyHundredthsOnly;
  private final ImmutableMap<String, String> per;
  private final String moneyBeforeNoun;
  private final String moneyAfterNoun;
  /** How an amount follows a word that is not a sum of money ("your headphones at 349 dollars"). */
  private final String moneyAfterOther;
  /** The words that name a sum of money, which an amount follows with money.afterNoun ("the fee of"). */
  private final ImmutableSet<String> moneyNouns;
  /** The amounts as this language writes them: {@link #MONEY}, or one built from money.written. */
  private final Pattern moneyWritten;
  private final int afterNounWords;
  private final ImmutableSet<String> beforeNounAfter;
  private final ImmutableSet<String> beforeNounNot;
  private final ImmutableSet<String> beforeNounBetween;
  private final String am;
  private final String pm;
  private final String numberSign;
  private final boolean monthFirst;
  private final String datePattern;
  private final String datePatternYear;
  private final ImmutableSet<String> dateBefore;
  /** Whether the language writes numeric dates with stops, day first ({@code date.dotted = yes}: "03.12."). */
  private final boolean dateDotted;
  private final String linkSaid;
  private final String rangeSaid;
  /** After one of these words a range is said with {@link #rangeBetweenSaid}: "between 8 and 12", never "between 8 to 12". */
  private final ImmutableSet<String> rangeBetween;
  private final String rangeBetweenSaid;
  /** The day 1 where a language says it as a word of its own ("le premier décembre"); else the figure. */
  private final String dayOne;
  /** A date with no word before it is one ("12/9の", "12/9 8-12"), in a language written without spaces. */
  private final boolean dateStandalone;
  /** Figures written like a date that never are one ("24/7": round the clock), from {@code date.never}. */
  private final ImmutableSet<String> dateNever;
  /** Words after which "MM/YY" is a month and a year ("expires 04/29"), from {@code date.expiry}. */
  private final ImmutableSet<String> dateExpiry;
  /** How a month and a year are said ({@code date.monthYear}: {0} the month's name, {2} the year); empty: as written. */
  private final String monthYearSaid;
  /** Words naming what has an expiry of a month and a year ({@code date.expiry.things}: card). */
  private final List<String> expiryThings;
  /** A bracketed weekday's full name by its abbreviation ({@code weekday.bracketed}: 木=木曜日). */
  private final ImmutableMap<String, String> bracketedWeekdays;
  /**
   * A weekday written short before a date ("Fr. 11.12.", "vie. 18/12", "mar. 15/12"), said in full
   * where {@code weekday.short.said = yes}: the locale's own abbreviations and names (ICU), so a
   * speech engine never reads "Fr." as a word or "mar." as the sea. Null where off.
   */
  private final Pattern weekdayShort;
  /** The full weekday name by its abbreviation (without a stop), in the locale's case. */
  private final ImmutableMap<String, String> weekdayFull;
  /** Titles written short before a name ({@code title.said}: Fr.=Frau), said in full; null where none. */
  private final Pattern titleShort;
  private final ImmutableMap<String, String> titleFull;
  /**
   * The locale's month and weekday names, lower case (ICU): a figure right after one is said with it,
   * without a pause ("December 2028", "viernes 18 de diciembre").
   */
  private final ImmutableSet<String> months;
  /** How a wave-dash range is said ({@code range.wave}: {0}から{1}); empty: as written. */
  private final String waveSaid;
  private final ImmutableSet<String> linkWords;
  /** Articles that make the word after them a noun a web address stands beside ("the guide https://…"): {@code link.articles}. */
  private final ImmutableSet<String> linkArticles;
  /** How "/" in a web address said aloud is said ({@code link.slash}: "slash", "barra"); empty: as written. */
  private final String linkSlash;
  /** A figure after a word naming a reference ("claim 100-2003-40050", "Vorgang 2026/12/0815"), group v; null without {@code reference.words}. */
  private final Pattern reference;
  private final ULocale locale;

  private SpokenFigures(Properties p, ULocale locale) {
    this.locale = locale;
    ImmutableMap.Builder<String, String[]> c = ImmutableMap.builder();
    for (String name : p.stringPropertyNames()) {
      if (name.startsWith("currency.")) {
        c.put(name.substring("currency.".length()), LIST.splitToList(p.getProperty(name)).toArray(String[]::new));
      }
    }
    this.currencies = c.buildOrThrow();
    ImmutableMap.Builder<String, String[]> byCode = ImmutableMap.builder();
    ImmutableMap.Builder<String, String> signs = ImmutableMap.builder();
    for (String name : p.stringPropertyNames()) {
      if (name.startsWith("code.")) {
        byCode.put(name.substring("code.".length()), LIST.splitToList(p.getProperty(name)).toArray(String[]::new));
      } else if (name.startsWith("sign.")) {
        signs.put(name.substring("sign.".length()), p.getProperty(name).strip());
      }
    }
    this.codes = byCode.buildOrThrow();
    this.signCodes = signs.buildOrThrow();
    for (Map.Entry<String, String> e : signCodes.entrySet()) {
      if (!codes.containsKey(e.getValue())) {
        throw new IllegalStateException("spoken_" + locale + ".properties: sign." + e.getKey() + " names " + e.getValue() + ", which has no code." + e.getValue());
      }
    }
    this.coded = codes.isEmpty() ? null : coded(signCodes.keySet(), currencies.keySet());
    this.enabled = !p.isEmpty();
    this.money = p.getProperty("money", "");
    this.moneyHundredths = p.getProperty("money.hundredths", "");
    this.moneyHundredthsOnly = p.getProperty("money.hundredthsOnly", "");
    ImmutableMap.Builder<String, String> rates = ImmutableMap.builder();
    for (String pair : LIST.split(p.getProperty("per", ""))) {
      int eq = pair.indexOf('=');
      if (eq <= 0 || eq == pair.length() - 1) {
        throw new IllegalStateException("spoken_" + locale + ".properties: per entry \"" + pair + "\" must read \"unit=said\"");
      }
      rates.put(pair.substring(0, eq).strip().toLowerCase(Locale.ROOT), pair.substring(eq + 1).strip());
    }
    this.per = rates.buildOrThrow();
    this.moneyBeforeNoun = p.getProperty("money.beforeNoun", "");
    this.moneyAfterNoun = p.getProperty("money.afterNoun", "");
    this.moneyAfterOther = p.getProperty("money.afterNoun.other", moneyAfterNoun);
    this.moneyNouns = ImmutableSet.copyOf(LIST.splitToList(p.getProperty("money.afterNoun.nouns", "").toLowerCase(Locale.ROOT)));
    this.moneyWritten = written(p, currencies.keySet());
    this.afterNounWords = Integer.parseInt(p.getProperty("money.afterNoun.words", "3").strip());
    this.beforeNounAfter = ImmutableSet.copyOf(LIST.splitToList(p.getProperty("money.beforeNoun.after", "").toLowerCase(Locale.ROOT)));
    this.beforeNounBetween = ImmutableSet.copyOf(LIST.splitToList(p.getProperty("money.beforeNoun.between", "").toLowerCase(Locale.ROOT)));
    this.beforeNounNot = ImmutableSet.copyOf(LIST.splitToList(p.getProperty("money.beforeNoun.not", "").toLowerCase(Locale.ROOT)));
    this.am = p.getProperty("time.am", "");
    this.pm = p.getProperty("time.pm", "");
    this.numberSign = p.getProperty("number.sign", "");
    this.monthFirst = !"dm".equals(p.getProperty("date.order", "md").strip());
    this.datePattern = p.getProperty("date.said", "{0} {1}");
    this.datePatternYear = p.getProperty("date.saidWithYear", "{0} {1}, {2}");
    this.dateBefore = ImmutableSet.copyOf(LIST.splitToList(p.getProperty("date.before", "").toLowerCase(Locale.ROOT)));
    this.linkSaid = p.getProperty("link.said", "");
    this.rangeSaid = p.getProperty("range.said", "");
    this.rangeBetween = ImmutableSet.copyOf(LIST.splitToList(p.getProperty("range.between.words", "").toLowerCase(Locale.ROOT)));
    this.rangeBetweenSaid = p.getProperty("range.between.said", rangeSaid);
    this.dayOne = p.getProperty("date.dayOne", "1");
    this.dateNever = ImmutableSet.copyOf(LIST.splitToList(p.getProperty("date.never", "")));
    this.dateStandalone = Boolean.parseBoolean(p.getProperty("date.standalone", "false").strip());
    this.dateDotted = p.getProperty("date.dotted", "no").strip().equals("yes");
    this.dateExpiry = ImmutableSet.copyOf(LIST.splitToList(p.getProperty("date.expiry", "").toLowerCase(Locale.ROOT)));
    this.monthYearSaid = p.getProperty("date.monthYear", "").strip();
    this.expiryThings = LIST.splitToList(p.getProperty("date.expiry.things", "").toLowerCase(Locale.ROOT));
    ImmutableMap.Builder<String, String> weekdays = ImmutableMap.builder();
    for (String pair : LIST.splitToList(p.getProperty("weekday.bracketed", ""))) {
      int eq = pair.indexOf('=');
      if (eq <= 0 || eq == pair.length() - 1) {
        throw new IllegalStateException("spoken_" + locale + ": weekday.bracketed lists abbreviation=name, not \"" + pair + "\"");
      }
      weekdays.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
    }
    this.bracketedWeekdays = weekdays.buildOrThrow();
    this.waveSaid = p.getProperty("range.wave", "").strip();
    com.ibm.icu.text.DateFormatSymbols calendarSymbols = new com.ibm.icu.text.DateFormatSymbols(locale);
    ImmutableMap.Builder<String, String> fullDays = ImmutableMap.builder();
    if (p.getProperty("weekday.short.said", "no").strip().equals("yes")) {
      String[] shortDays = calendarSymbols.getWeekdays(com.ibm.icu.text.DateFormatSymbols.FORMAT, com.ibm.icu.text.DateFormatSymbols.ABBREVIATED);
      String[] wideDays = calendarSymbols.getWeekdays(com.ibm.icu.text.DateFormatSymbols.FORMAT, com.ibm.icu.text.DateFormatSymbols.WIDE);
      java.util.Map<String, String> seen = new java.util.LinkedHashMap<>();
      for (int d = 1; d < shortDays.length && d < wideDays.length; d++) {
        String abbr = shortDays[d].strip().replaceAll("\\.$", "");
        if (abbr.length() >= 2 && !abbr.equalsIgnoreCase(wideDays[d].strip())) {
          seen.putIfAbsent(abbr, wideDays[d].strip());
        }
      }
      fullDays.putAll(seen);
    }
    this.weekdayFull = fullDays.buildOrThrow();
    // Said in full only before a figure, after an optional comma and a short word ("Fr., den 18."):
    // "Sa." alone, or "mar" in "la mar", is left as written.
    this.weekdayShort = weekdayFull.isEmpty() ? null : Pattern.compile(
        "(?<![\\p{L}\\p{N}])(" + weekdayFull.keySet().stream().flatMap(a -> java.util.stream.Stream.of(a, capitalised(a))).distinct()
            .map(Pattern::quote).collect(java.util.stream.Collectors.joining("|"))
            + ")\\.?(?=,?\\s{1,3}(?:\\p{Ll}{1,3}\\s{1,3})?\\p{N})");
    ImmutableMap.Builder<String, String> titles = ImmutableMap.builder();
    for (String pair : LIST.splitToList(p.getProperty("title.said", ""))) {
      int eq = pair.indexOf('=');
      if (eq <= 0 || eq == pair.length() - 1) {
        throw new IllegalStateException("spoken_" + locale + ": title.said lists abbreviation=word, not \"" + pair + "\"");
      }
      titles.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
    }
    this.titleFull = titles.buildOrThrow();
    // A title only before a name (a capital): "Fr. 11.12." is a Friday, "Hr." alone is as written.
    this.titleShort = titleFull.isEmpty() ? null : Pattern.compile(
        "(?<![\\p{L}\\p{N}])(" + titleFull.keySet().stream().map(Pattern::quote).collect(java.util.stream.Collectors.joining("|"))
            + ")(?=\\s{1,3}\\p{Lu})");
    ImmutableSet.Builder<String> monthNames = ImmutableSet.builder();
    for (int ctx : new int[] {com.ibm.icu.text.DateFormatSymbols.FORMAT, com.ibm.icu.text.DateFormatSymbols.STANDALONE}) {
      for (String m : calendarSymbols.getMonths(ctx, com.ibm.icu.text.DateFormatSymbols.WIDE)) {
        if (!m.isBlank()) {
          monthNames.add(m.strip().toLowerCase(locale.toLocale()));
        }
      }
    }
    for (String d : calendarSymbols.getWeekdays(com.ibm.icu.text.DateFormatSymbols.FORMAT, com.ibm.icu.text.DateFormatSymbols.WIDE)) {
      if (!d.isBlank()) {
        monthNames.add(d.strip().toLowerCase(locale.toLocale()));
      }
    }
    this.months = monthNames.build();
    this.linkWords = ImmutableSet.copyOf(LIST.splitToList(p.getProperty("link.words", "").toLowerCase(Locale.ROOT)));
    this.linkArticles = ImmutableSet.copyOf(LIST.splitToList(p.getProperty("link.articles", "").toLowerCase(Locale.ROOT)));
    this.linkSlash = p.getProperty("link.slash", "").strip();
    List<String> refs = LIST.splitToList(p.getProperty("reference.words", ""));
    this.reference = refs.isEmpty() ? null : Pattern.compile(
        "(?<![\\p{IsLatin}\\p{N}])(?:" + refs.stream().map(Pattern::quote).collect(java.util.stream.Collectors.joining("|"))
            + ")(?![\\p{IsLatin}\\p{N}])(?:\\s{0,3}(?:\\p{L}{1,6}\\.|n[°º]\\.?))?\\s{0,3}[#:：]?\\s{0,3}"
            + "(?<v>[\\p{IsLatin}\\p{N}](?=[\\p{IsLatin}\\p{N}/.\\-]{0,40}\\p{N})[\\p{IsLatin}\\p{N}/.\\-]{1,40}(?<=[\\p{IsLatin}\\p{N}]))",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    ImmutableMap.Builder<Character, String> symbols = ImmutableMap.builder();
    for (String pair : LIST.splitToList(p.getProperty("email.symbols", ""))) {
      if (pair.length() < 3 || pair.charAt(1) != ' ' || "@.+_-".indexOf(pair.charAt(0)) < 0) {
        throw new IllegalStateException("spoken_" + locale + ": email.symbols lists a symbol of @ . + _ - , a space and its word, not \"" + pair + "\"");
      }
      symbols.put(pair.charAt(0), pair.substring(2).strip());
    }
    this.emailSymbols = symbols.buildOrThrow();
    this.emailAgain = p.getProperty("email.again", "").strip();
    this.emailBrief = p.getProperty("email.brief", "").strip();
    String upTo = p.getProperty("email.spellUpTo", "16").strip();
    if (!upTo.matches("\\d{1,3}") || (!emailBrief.isEmpty() && !emailBrief.contains("{0}"))) {
      throw new IllegalStateException("spoken_" + locale + ": email.spellUpTo is a whole number and email.brief holds {0} (the domain), not \"" + upTo + "\", \"" + emailBrief + "\"");
    }
    this.emailSpellUpTo = Integer.parseInt(upTo);
    this.ampersand = p.getProperty("ampersand.said", "").strip();
    this.atSaid = p.getProperty("at.said") == null ? null : p.getProperty("at.said").strip();
    ImmutableMap.Builder<String, String> named = ImmutableMap.builder();
    for (String pair : LIST.splitToList(p.getProperty("email.named", ""))) {
      int eq = pair.indexOf('=');
      if (eq <= 0 || !pair.substring(eq + 1).contains("{0}")) {
        throw new IllegalStateException("spoken_" + locale + ": email.named lists words that name an address, \"=\" and how the address is said after them with {0} (its domain), not \"" + pair + "\"");
      }
      named.put(pair.substring(0, eq).strip().toLowerCase(Locale.ROOT), pair.substring(eq + 1).strip());
    }
    this.emailNamed = named.buildKeepingLast();
    if (!emailSymbols.isEmpty() && !emailSymbols.keySet().containsAll(java.util.List.of('@', '.'))) {
      throw new IllegalStateException("spoken_" + locale + ": email.symbols must say at least @ and .");
    }
  }

  /**
   * The pattern of amounts in a language that writes them its own way: {@code money.written} is
   * {@code before} ("R$ 89,90") or {@code after} ("42,50 €") the sign; {@code money.decimal} and
   * {@code money.group} the separators of hundredths and thousands ({@code money.group} is every
   * character that may group thousands, written together: ".", or "\\u0020\\u00A0\\u202F." in French). Without {@code money.written}, {@link #MONEY}.
   */
  private static Pattern written(Properties p, java.util.Set<String> signs) {
    String order = p.getProperty("money.written", "").strip();
    if (order.isEmpty() || signs.isEmpty()) {
      return MONEY;
    }
    String sign = signs.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
        .collect(java.util.stream.Collectors.joining("|", "(?<sign>", ")"));
    String decimal = Pattern.quote(p.getProperty("money.decimal", ".").strip());
    String groups = p.getProperty("money.group", ",").codePoints()
        .mapToObj(c -> Pattern.quote(new String(Character.toChars(c))))
        .collect(java.util.stream.Collectors.joining("|", "(?:", ")"));
    String amount = "(?<whole>\\d{1,3}(?:" + groups + "\\d{3})+|\\d{1,12})(?:" + decimal + "(?<cents>\\d{2}))?";
    // A rate written after the amount ("9,99 €/mes", "R$ 19,90/mês") is said in the language's words (per).
    String rate = "(?:/(?<rate>\\p{L}{2,7})(?!\\p{L}))?";
    return switch (order) {
      case "before" -> Pattern.compile("(?<![\\p{L}\\p{N}])" + sign + "[ \\u00A0\\u202F]?" + amount + "(?![\\d.,:/]\\d|\\d)" + rate);
      case "after" -> Pattern.compile("(?<![\\p{L}\\p{N}.,])" + amount + "(?![\\d.,:/]\\d|\\d)[ \\u00A0\\u202F]?" + sign + "(?![\\p{L}\\p{N}])" + rate);
      default -> throw new IllegalStateException("money.written must be before or after, not \"" + order + "\"");
    };
  }

  /**
   * An amount with a currency code after or before it ("$1,250.00 MXN", "1.500.000 COP", "CHF
   * 240.00", "CHF 1'250.00") or a sign that names one ("US$ 120.00"); its separators are read by their shape, not
   * by the language: a last one followed by one or two digits is the decimal point, the others
   * group thousands (so "$4.500" is four thousand five hundred, "120.00" one hundred and twenty).
   */
  private static Pattern coded(java.util.Set<String> signs, java.util.Set<String> otherSigns) {
    String sign = java.util.stream.Stream.concat(signs.stream(), otherSigns.stream()).distinct()
        .sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
        .collect(java.util.stream.Collectors.joining("|"));
    String amount = "\\d{1,3}(?:[.,\\u00A0\\u202F '’]\\d{3})+(?:[.,]\\d{1,2})?|\\d{1,12}(?:[.,]\\d{1,2})?";
    return Pattern.compile(
        "(?<![\\p{L}\\p{N}$£€¥.,])(?:(?<codeBefore>[A-Z]{3})[ \\u00A0]?)?(?:(?<sign>" + sign + ")[ \\u00A0\\u202F]?)?"
            + "(?<amount>" + amount + ")(?![\\d]|[.,]\\d)"
            + "(?:[ \\u00A0\\u202F]?(?:(?<codeAfter>[A-Z]{3})(?![\\p{L}\\p{N}])|(?<signAfter>" + sign + ")(?![\\p{L}\\p{N}])))?");
  }

  /** The amounts written with a currency code (or a sign {@code sign.*} names), said with the code's words. */
  private String coded(String t) {
    Matcher m = coded.matcher(t);
    StringBuilder sb = null;
    int copied = 0;
    for (int from = 0; from < t.length() && m.find(from); from = Math.max(m.end(), m.start() + 1)) {
      if (m.group("codeAfter") != null && m.group("sign") == null && m.group("codeBefore") == null
          && AMOUNT_NEXT.matcher(t).region(m.end(), t.length()).lookingAt()) {
        // "1234 CHF 240.00": the code goes with the amount after it
        m.find(m.start("codeAfter"));
      }
      String code = m.group("codeAfter") != null ? m.group("codeAfter") : m.group("codeBefore");
      String sign = m.group("sign") != null ? m.group("sign") : m.group("signAfter");
      if (code == null && sign != null) {
        code = signCodes.get(sign);
      }
      String[] unit = code == null ? null : codes.get(code);
      if (unit == null || unit.length < 2 || (m.group("codeBefore") != null && m.group("codeAfter") != null)) {
        continue;
      }
      String written = m.group("amount");
      int last = Math.max(written.lastIndexOf('.'), written.lastIndexOf(','));
      boolean decimal = last >= 0 && written.length() - last - 1 <= 2;
      String whole = (decimal ? written.substring(0, last) : written).replaceAll("\\D", "");
      String cents = decimal ? written.substring(last + 1) : "";
      if (cents.length() == 1) {
        cents = cents + "0";
      }
      String wholeSaid = com.ibm.icu.text.NumberFormat.getIntegerInstance(locale).format(new java.math.BigInteger(whole));
      boolean hasCents = !cents.isEmpty() && !cents.equals("00") && unit.length >= 4;
      String unitWord = whole.equals("1") ? unit[0] : unit[1];
      String said;
      if (hasCents) {
        String centsSaid = cents.charAt(0) == '0' ? cents.substring(1) : cents;
        String centsUnit = centsSaid.equals("1") ? unit[2] : unit[3];
        said = MessageFormat.format(whole.equals("0") ? moneyHundredthsOnly : moneyHundredths, wholeSaid, unitWord, centsSaid, centsUnit);
      } else {
        said = MessageFormat.format(money, wholeSaid, unitWord);
      }
      if (sb == null) {
        sb = new StringBuilder(t.length() + 16);
      }
      sb.append(t, copied, m.start()).append(said);
      copied = m.end();
    }
    return sb == null ? t : sb.append(t, copied, t.length()).toString();
  }

  static SpokenFigures forLocale(Locale locale) {
    return BY_LOCALE.computeIfAbsent(locale, SpokenFigures::load);
  }

  private static SpokenFigures load(Locale locale) {
    Properties p = new Properties();
    boolean any = read(p, "spoken_" + locale.getLanguage());
    if (!locale.getCountry().isEmpty()) {
      any |= read(p, "spoken_" + locale.getLanguage() + "_" + locale.getCountry());
    }
    return any ? new SpokenFigures(p, ULocale.forLocale(locale)) : NONE;
  }

  private static boolean read(Properties p, String name) {
    String path = name + ".properties";
    try (InputStream in = SpokenFigures.class.getResourceAsStream(path)) {
      if (in == null) {
        return false;
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(path, e);
    }
  }

  private static String capitalised(String word) {
    return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }

  /**
   * Whether {@code before} (the text before a figure) ends with a month's or a weekday's name, or with
   * a month and the word joining it to its year ("diciembre de ", "December ", "mardi "): the figure
   * is said with it, no pause.
   */
  boolean endsWithMonth(String before) {
    String t = before.stripTrailing();
    int end = t.length();
    int start = end;
    while (start > 0 && Character.isLetter(t.charAt(start - 1))) {
      start--;
    }
    String last = t.substring(start, end).toLowerCase(locale.toLocale());
    if (months.contains(last)) {
      return true;
    }
    if (last.length() <= 3 && start > 0) { // "de", "of": the month is the word before it
      String rest = t.substring(0, start).stripTrailing();
      int s2 = rest.length();
      while (s2 > 0 && Character.isLetter(rest.charAt(s2 - 1))) {
        s2--;
      }
      return s2 < rest.length() && months.contains(rest.substring(s2).toLowerCase(locale.toLocale()));
    }
    return false;
  }

  /** {@code text} with the titles written short before a name said in full ({@code title.said}: "Fr. Schulz" → "Frau Schulz"). */
  String titles(String text) {
    return titleShort == null ? text : titleShort.matcher(text).replaceAll(m -> Matcher.quoteReplacement(titleFull.get(m.group(1))));
  }

  /** {@code text} with its figures said as words; the same text when the language has no data. */
  String say(String text) {
    if (!enabled || text.isEmpty()) {
      return text;
    }
    String t = text;
    if (!emailSymbols.isEmpty() && t.indexOf('@') >= 0) {
      t = emails(t);
    }
    if (atSaid != null && t.indexOf('@') >= 0) {
      // "12/09 @ 10:30" → "12/09 at 10:30" (then a date before a time); "@ between 9 and 11" → "between 9 and 11".
      t = LONE_AT.matcher(t).replaceAll(m -> m.group(1) != null && !atSaid.isEmpty() ? Matcher.quoteReplacement(" " + atSaid + " ") : " ");
    }
    if (!linkSaid.isEmpty() && t.indexOf('.') >= 0) {
      t = links(t);
    }
    if (coded != null) {
      t = coded(t);
    }
    if (!currencies.isEmpty()) {
      t = money(t);
    }
    // Dates first, while a time after one is still as typed ("12/9 8-12"); then ranges, before
    // clock times, so that "10am-2pm" becomes "10am to 2pm" and then "10 AM to 2 PM".
    if (!monthYearSaid.isEmpty() && t.indexOf('/') >= 0) {
      t = monthYears(t);
    }
    t = titles(t);
    if (weekdayShort != null) {
      t = weekdayShort.matcher(t).replaceAll(m -> {
        String abbr = m.group(1);
        String full = weekdayFull.get(abbr);
        if (full == null) { // the capitalised form, at a sentence's start
          full = capitalised(weekdayFull.get(Character.toLowerCase(abbr.charAt(0)) + abbr.substring(1)));
        }
        return Matcher.quoteReplacement(full);
      });
    }
    if (!bracketedWeekdays.isEmpty() && t.indexOf('日') >= 0) {
      t = BRACKETED_WEEKDAY.matcher(t).replaceAll(w -> Matcher.quoteReplacement(bracketedWeekdays.getOrDefault(w.group(1), w.group())));
    }
    if (!waveSaid.isEmpty()) {
      t = WAVE_RANGE.matcher(t).replaceAll(w -> Matcher.quoteReplacement(MessageFormat.format(waveSaid, w.group(1), w.group(2))));
    }
    if ((!dateBefore.isEmpty() || dateStandalone) && t.indexOf('/') >= 0) {
      t = dates(t, dateStandalone ? DATE_STANDALONE : DATE, false);
    }
    if (dateDotted && t.indexOf('.') >= 0) {
      t = dates(t, DATE_DOTTED, true);
    }
    if (!rangeSaid.isEmpty() && (t.indexOf('-') >= 0 || t.indexOf('–') >= 0)) {
      t = ranges(t);
    }
    if (!am.isEmpty() && (t.indexOf('m') >= 0 || t.indexOf('M') >= 0)) {
      t = clock(t);
    }
    if (!ampersand.isEmpty() && t.indexOf('&') >= 0) {
      t = AMPERSAND.matcher(t).replaceAll(Matcher.quoteReplacement(" " + ampersand + " "));
    }
    if (!numberSign.isEmpty() && t.indexOf('#') >= 0) {
      t = NUMBER_SIGN.matcher(t).replaceAll(Matcher.quoteReplacement(numberSign + " "));
    }
    return t;
  }

  /**
   * An e-mail address as {@link #say} spells it, with how it is said again in the same call and,
   * when it is long, by its domain.
   *
   * @param spelled the whole address spelled ("dev dot patel at outlook dot com")
   * @param again how it is said after it was spelled once ("the same address"), or null
   * @param brief how it is said by its domain when the reply runs over its time ("the address
   *     ending in outlook dot com"), or null when it is short enough to spell
   */
  record Address(String spelled, String again, String brief, Map<String, String> named) {
    /**
     * How the address is said by its domain after {@code before}: the form of {@code named} when
     * {@code before} ends with words that name an address ("your address is" → "the one ending in
     * …", never "your address is the address ending in …"), else {@link #brief}.
     */
    String briefAfter(String before) {
      String tail = before.stripTrailing().toLowerCase(Locale.ROOT);
      for (Map.Entry<String, String> n : named.entrySet()) {
        String w = n.getKey();
        if (tail.endsWith(w) && (tail.length() == w.length() || !Character.isLetterOrDigit(tail.charAt(tail.length() - w.length() - 1)))) {
          return n.getValue();
        }
      }
      return brief;
    }
  }

  /**
   * The e-mail addresses in {@code text} (a block's text before {@link #say}), longest first, each
   * as it is spelled and said again; none when the language spells no address.
   */
  List<Address> addresses(String text) {
    List<Address> out = new ArrayList<>();
    if (emailSymbols.isEmpty() || text.indexOf('@') < 0) {
      return out;
    }
    Matcher m = EMAIL.matcher(text);
    while (m.find()) {
      String address = m.group();
      int at = address.indexOf('@');
      String spelled = spelled(address);
      String domain = spelled(address.substring(at + 1));
      String brief = emailBrief.isEmpty() || at <= emailSpellUpTo ? null : emailBrief.replace("{0}", domain);
      Map<String, String> named = new java.util.LinkedHashMap<>();
      if (brief != null) {
        emailNamed.forEach((words, form) -> named.put(words, form.replace("{0}", domain)));
      }
      Address a = new Address(spelled, emailAgain.isEmpty() ? null : emailAgain, brief, java.util.Collections.unmodifiableMap(named));
      if (out.stream().noneMatch(x -> x.spelled().equals(spelled))) {
        out.add(a);
      }
    }
    out.sort((x, y) -> y.spelled().length() - x.spelled().length());
    return out;
  }

  /**
   * "dev.patel+work@outlook.com" → "dev dot patel plus work at outlook dot com": a speech engine
   * reads an address's symbols unevenly or not at all; the caller hears each one as a word.
   */
  private String emails(String t) {
    Matcher m = EMAIL.matcher(t);
    StringBuilder sb = null;
    int copied = 0;
    while (m.find()) {
      sb = sb == null ? new StringBuilder(t.length() + 32) : sb;
      sb.append(t, copied, m.start());
      sb.append(spelled(m.group()));
      copied = m.end();
    }
    return sb == null ? t : sb.append(t, copied, t.length()).toString().replaceAll(" {2,}", " ");
  }

  /** An address (or its domain) with each symbol said as its word: "dev.patel@x.com" → "dev dot patel at x dot com". */
  private String spelled(String address) {
    StringBuilder sb = new StringBuilder(address.length() + 32);
    for (int i = 0; i < address.length(); i++) {
      char c = address.charAt(i);
      String word = emailSymbols.get(c);
      if (word == null) {
        sb.append(c);
      } else {
        sb.append(' ').append(word).append(' ');
      }
    }
    return sb.toString().replaceAll(" {2,}", " ").strip();
  }

  /**
   * {@code whole} with the locale's thousands separators when it was typed without them ("¥3000" →
   * "3,000"): a run of four digits or more is otherwise taken for a code and spelled out digit by
   * digit ("3000 yen" was said "three zero zero zero yen").
   */
  private String grouped(String whole) {
    if (whole.length() < 4 || !whole.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return whole;
    }
    return com.ibm.icu.text.NumberFormat.getIntegerInstance(locale).format(new java.math.BigInteger(whole));
  }

  private String money(String t) {
    Matcher m = moneyWritten.matcher(t);
    StringBuilder sb = null;
    int copied = 0;
    while (m.find()) {
      String[] unit = currencies.get(m.group("sign"));
      if (unit == null || unit.length < 2) {
        continue;
      }
      String whole = grouped(m.group("whole"));
      String cents = m.group("cents");
      boolean hasCents = cents != null && !cents.equals("00") && unit.length >= 4;
      boolean one = whole.equals("1");
      String unitWord = one ? unit[0] : unit[1];
      String said;
      if (hasCents) {
        String centsSaid = cents.charAt(0) == '0' ? cents.substring(1) : cents;
        String centsUnit = centsSaid.equals("1") ? unit[2] : unit[3];
        said = whole.equals("0")
            ? MessageFormat.format(moneyHundredthsOnly, whole, unitWord, centsSaid, centsUnit)
            : MessageFormat.format(moneyHundredths, whole, unitWord, centsSaid, centsUnit);
      } else if (cents != null && !cents.equals("00")) {
        // A currency without hundredths' words ("¥"): the amount is said with its decimals.
        said = MessageFormat.format(money, whole + "." + cents, unit[1]);
      } else if (noRate(m) && beforeNoun(t, m.start(), m.end())) {
        // "the $300 payment" → "the 300-euro payment": an amount that qualifies a noun takes the
        // unit's singular form joined to the figure, as a speaker says it.
        said = MessageFormat.format(moneyBeforeNoun, whole, unit[0]);
      } else {
        said = MessageFormat.format(money, whole, unitWord);
      }
      String rate = noRate(m) ? null : per.get(m.group("rate").toLowerCase(Locale.ROOT));
      int end = m.end();
      if (!noRate(m)) {
        if (rate != null) {
          said = said + " " + rate;
        } else {
          end = m.start("rate") - 1; // "/xyz" that is no rate is left as typed
        }
      }
      sb = sb == null ? new StringBuilder(t.length() + 32) : sb;
      int nounEnd = (hasCents || rate != null) && !moneyAfterNoun.isEmpty() && beforeNoun(t, m.start(), end)
          ? nounEnd(t, end + 1) : -1;
      if (nounEnd > end + 1) {
        // "the $42.50 restocking fee" → "the restocking fee of 42 dollars and 50 cents": an amount
        // with hundredths or a rate has no adjective form ("the 42 dollars and 50 cents fee"), so
        // it follows the words it qualifies, as a speaker puts it.
        // A sum of money takes "of" ("the fee of …"); a thing bought takes what a speaker puts
        // before its price ("your headphones at …", never "your headphones of …").
        String noun = t.substring(end + 1, nounEnd);
        String pattern = moneyNouns.isEmpty() || moneyNouns.contains(lastWord(noun)) ? moneyAfterNoun : moneyAfterOther;
        sb.append(t, copied, m.start()).append(MessageFormat.format(pattern, noun, said));
        copied = nounEnd;
        continue;
      }
      sb.append(t, copied, m.start()).append(said);
      copied = end;
    }
    return sb == null ? t : sb.append(t, copied, t.length()).toString();
  }

  /**
   * True when the amount at {@code [start, end)} stands between a determiner of
   * {@code money.beforeNoun.after} and a word that is not one of {@code money.beforeNoun.not}:
   * "the $300 payment", "a $42 late fee", but not "the $42 you paid" or "refunded $42 to you".
   */
  private boolean beforeNoun(String t, int start, int end) {
    if (moneyBeforeNoun.isEmpty() || beforeNounAfter.isEmpty()) {
      return false;
    }
    int b = start;
    while (b > 0 && t.charAt(b - 1) == ' ') {
      b--;
    }
    if (b == start) {
      return false;
    }
    int a = b;
    while (a > 0 && Character.isLetter(t.charAt(a - 1))) {
      a--;
    }
    if (a == b || a > 0 && Character.isLetterOrDigit(t.charAt(a - 1))) {
      return false;
    }
    String before = t.substring(a, b).toLowerCase(Locale.ROOT);
    if (beforeNounBetween.contains(before) && a > 1 && t.charAt(a - 1) == ' ') {
      // "the remaining $120 balance": one word of money.beforeNoun.between after the determiner
      int d = a - 1;
      int c = d;
      while (c > 0 && Character.isLetter(t.charAt(c - 1))) {
        c--;
      }
      if (c < d && (c == 0 || !Character.isLetterOrDigit(t.charAt(c - 1)))) {
        before = t.substring(c, d).toLowerCase(Locale.ROOT);
      }
    }
    if (!beforeNounAfter.contains(before)) {
      return false;
    }
    if (end >= t.length() || t.charAt(end) != ' ') {
      return false;
    }
    int w = end + 1;
    int z = w;
    while (z < t.length() && Character.isLetter(t.charAt(z))) {
      z++;
    }
    String word = t.substring(w, z).toLowerCase(Locale.ROOT);
    return z > w && Character.isLowerCase(t.charAt(w)) && !adverb(word) && !beforeNounNot.contains(word);
  }

  /** A word in -ly is an adverb ("the $42 immediately") unless it is one of money.beforeNoun.between ("monthly"). */
  private boolean adverb(String word) {
    return word.endsWith("ly") && !beforeNounBetween.contains(word);
  }

  private static String lastWord(String words) {
    return words.substring(words.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
  }

  private static boolean noRate(Matcher m) {
    return m.group("rate") == null || m.group("rate").isEmpty();
  }

  /**
   * The end of the words an amount qualifies, from {@code from} (the first word after it): lower-
   * case words that are not {@code money.beforeNoun.not} nor end in "-ly", at most {@code
   * money.afterNoun.words} of them ("restocking fee" in "the $42.50 restocking fee on your return").
   */
  private int nounEnd(String t, int from) {
    int end = from;
    for (int w = 0, at = from; w < afterNounWords; w++) {
      int z = at;
      while (z < t.length() && (Character.isLetter(t.charAt(z)) || z > at && t.charAt(z) == '-' && z + 1 < t.length()
          && Character.isLetter(t.charAt(z + 1)))) {
        z++;
      }
      String word = t.substring(at, z).toLowerCase(Locale.ROOT);
      if (z == at || !Character.isLowerCase(t.charAt(at)) || adverb(word) || beforeNounNot.contains(word)
          || z < t.length() && t.charAt(z) != ' ' && ".,;:!?)".indexOf(t.charAt(z)) < 0) {
        break;
      }
      end = z;
      if (z >= t.length() || t.charAt(z) != ' ') {
        break;
      }
      at = z + 1;
    }
    return end;
  }

  private String clock(String t) {
    Matcher m = CLOCK.matcher(t);
    StringBuilder sb = null;
    int copied = 0;
    while (m.find()) {
      int hour = Integer.parseInt(m.group(1));
      if (hour < 1 || hour > 12) {
        continue;
      }
      String said = hour + (m.group(2) == null ? "" : ":" + m.group(2)) + " "
          + (Character.toLowerCase(m.group(3).charAt(0)) == 'a' ? am : pm);
      sb = sb == null ? new StringBuilder(t.length() + 8) : sb;
      sb.append(t, copied, m.start()).append(said);
      copied = m.end();
    }
    return sb == null ? t : sb.append(t, copied, t.length()).toString();
  }

  /** "8-12" → "8 to 12" ({@code range.said}): a speech engine says the dash as "minus" or not at all. */
  private String ranges(String t) {
    Matcher m = RANGE.matcher(t);
    StringBuilder sb = null;
    int copied = 0;
    while (m.find()) {
      int b = m.start();
      while (b > 0 && t.charAt(b - 1) == ' ') {
        b--;
      }
      int a = b;
      while (a > 0 && Character.isLetter(t.charAt(a - 1))) {
        a--;
      }
      String pattern = rangeBetween.contains(t.substring(a, b).toLowerCase(Locale.ROOT)) ? rangeBetweenSaid : rangeSaid;
      sb = sb == null ? new StringBuilder(t.length() + 8) : sb;
      sb.append(t, copied, m.start()).append(MessageFormat.format(pattern, m.group(1), m.group(2)));
      copied = m.end();
    }
    return sb == null ? t : sb.append(t, copied, t.length()).toString();
  }

  /**
   * A month and a year said as such ("extended to 12/2028" → "extended to December 2028", "expires
   * 04/29" → "expires April 2029"), never as a day: "April twenty-ninth" would misread a card.
   */
  private String monthYears(String t) {
    Matcher m = MONTH_YEAR.matcher(t);
    StringBuilder sb = null;
    int copied = 0;
    while (m.find()) {
      boolean fourFigures = m.group(3).length() == 4;
      boolean expiry = m.group(1) != null && expiryWord(m.group(1).toLowerCase(Locale.ROOT))
          && m.group(2).length() == 2 && namesACard(t, m.start(2));
      int month = Integer.parseInt(m.group(2));
      if (!(fourFigures || expiry) || month < 1 || month > 12) {
        continue;
      }
      int year = fourFigures ? Integer.parseInt(m.group(3)) : 2000 + Integer.parseInt(m.group(3));
      Calendar cal = new GregorianCalendar(TimeZone.GMT_ZONE, locale);
      cal.clear();
      cal.set(year, month - 1, 1, 12, 0);
      String monthName = new SimpleDateFormat("MMMM", locale).format(cal.getTime());
      String said = MessageFormat.format(monthYearSaid, monthName, "", Integer.toString(year));
      sb = sb == null ? new StringBuilder(t.length() + 16) : sb;
      sb.append(t, copied, m.start(2)).append(said);
      copied = m.end();
    }
    return sb == null ? t : sb.append(t, copied, t.length()).toString();
  }

  /** True for a word of {@code date.expiry}, or in a language written without spaces a run that ends with one ("カードの有効期限"). */
  private boolean expiryWord(String word) {
    if (dateExpiry.contains(word)) {
      return true;
    }
    return dateStandalone && dateExpiry.stream().anyMatch(word::endsWith);
  }

  /**
   * True when the sentence before {@code at} names a card ({@code date.expiry.things}): "the new
   * card expires 04/29" is a month and a year, "the offer expires 12/31" a day.
   */
  private boolean namesACard(String t, int at) {
    int from = at;
    while (from > 0 && at - from < 120 && ".!?。\n".indexOf(t.charAt(from - 1)) < 0) {
      from--;
    }
    String before = t.substring(from, at).toLowerCase(Locale.ROOT);
    for (String thing : expiryThings) {
      if (before.contains(thing)) {
        return true;
      }
    }
    return false;
  }

  private String dates(String t, Pattern form, boolean dotted) {
    Matcher m = form.matcher(t);
    StringBuilder sb = null;
    int copied = 0;
    while (m.find()) {
      // A date after a word that introduces one ("on 12/9"), or followed by a clock time or a
      // range ("window was 12/9 8-12"); "24/7 support" and "50/50" are no dates. A dotted one
      // ("03.12.") is a date by its form.
      // A hyphenated word is read whole ("sexta-feira") and by its last part ("check-in").
      String w = m.group(1).toLowerCase(Locale.ROOT);
      boolean introduced = dateBefore.contains(w) || dateBefore.contains(w.substring(w.lastIndexOf('-') + 1));
      if (!dotted && !dateStandalone && !introduced
          && !TIME_AFTER.matcher(t.substring(m.end(), Math.min(t.length(), m.end() + 16))).find()) {
        continue;
      }
      if (dateNever.contains(m.group(3) + "/" + m.group(4))) {
        continue;
      }
      int a = Integer.parseInt(m.group(3));
      int b = Integer.parseInt(m.group(4));
      int month = monthFirst && !dotted ? a : b;
      int day = monthFirst && !dotted ? b : a;
      if (month < 1 || month > 12 || day < 1 || day > 31) {
        continue;
      }
      Integer year = null;
      if (m.group(5) != null) {
        int y = Integer.parseInt(m.group(5));
        year = m.group(5).length() == 2 ? 2000 + y : y;
      }
      Calendar cal = new GregorianCalendar(TimeZone.GMT_ZONE, locale);
      cal.setLenient(false);
      cal.clear();
      cal.set(year == null ? 2000 : year, month - 1, day); // 2000: a leap year, so "2/29" is a date
      cal.set(Calendar.HOUR_OF_DAY, 12);
      try {
        cal.getTime();
      } catch (IllegalArgumentException e) {
        continue; // "2/31" is no date: read as written
      }
      // The day as an ordinal in words ("December third"): a figure there would get a number's
      // pause inside the date.
      String monthName = new SimpleDateFormat("MMMM", locale).format(cal.getTime());
      String pattern = year == null ? datePattern : datePatternYear;
      // The ordinal in words only where the pattern says it ({1}): not every language has the rule.
      String dayWords = pattern.contains("{1}")
          ? new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT).format(day, "%spellout-ordinal") : "";
      String dayFigure = day == 1 ? dayOne : Integer.toString(day);
      String said = MessageFormat.format(pattern, monthName, dayWords,
          Integer.toString(year == null ? 0 : year), Integer.toString(month), dayFigure);
      sb = sb == null ? new StringBuilder(t.length() + 16) : sb;
      sb.append(t, copied, m.start(3)).append(said);
      copied = m.end();
      if (dotted && m.group(5) == null && copied == t.length()) {
        sb.append('.'); // "bis 15.12." at the end: its stop also ended the sentence
      }
    }
    return sb == null ? t : sb.append(t, copied, t.length()).toString();
  }

  /**
   * A web address is said by {@link Speech#spokenLink} when it is a site with at most one short
   * word of path ("example.com/help"); a longer one no caller can note down: left out after a word
   * naming it ("the tracking link https://…/abc123") or said as {@code link.said}.
   */
  private String links(String t) {
    Matcher m = LINK.matcher(t);
    StringBuilder sb = null;
    int copied = 0;
    while (m.find()) {
      int end = m.end();
      while (end > m.start() + 1 && ".,;:!?)]".indexOf(t.charAt(end - 1)) >= 0) {
        end--;
      }
      String spoken = Speech.spokenLink(t.substring(m.start(), end));
      int slash = spoken.indexOf('/');
      if (slash < 0 || spoken.substring(slash + 1).matches("\\p{L}[\\p{L}-]{0,19}(?:/\\p{L}[\\p{L}-]{0,19}){0,2}")) {
        continue; // "example.com", "example.com/billing/faq": words, said without scheme or query
      }
      int before = m.start();
      while (before > 0 && t.charAt(before - 1) == ' ') {
        before--;
      }
      int wordStart = before;
      while (wordStart > 0 && Character.isLetter(t.charAt(wordStart - 1))) {
        wordStart--;
      }
      boolean named = linkWords.contains(t.substring(wordStart, before).toLowerCase(Locale.ROOT));
      if (!named && wordStart < before) {
        // "sent the guide https://…": the address stands beside a noun its article opened, which
        // names it; "the link" there would read "the guide the link".
        int articleEnd = wordStart;
        while (articleEnd > 0 && t.charAt(articleEnd - 1) == ' ') {
          articleEnd--;
        }
        int articleStart = articleEnd;
        while (articleStart > 0 && Character.isLetter(t.charAt(articleStart - 1))) {
          articleStart--;
        }
        named = articleEnd < wordStart && linkArticles.contains(t.substring(articleStart, articleEnd).toLowerCase(Locale.ROOT));
      }
      sb = sb == null ? new StringBuilder(t.length()) : sb;
      if (named) {
        sb.append(t, copied, before);
      } else {
        sb.append(t, copied, m.start()).append(linkSaid);
      }
      copied = end;
    }
    return sb == null ? t : sb.append(t, copied, t.length()).toString();
  }

  /** {@return how "/" in a web address is said aloud ("slash"), or "/" where the language has no word for it} */
  String slash() {
    return linkSlash.isEmpty() ? "/" : linkSlash;
  }

  /** {@return a figure after a word naming a reference (group {@code v}), said as characters, never as a telephone number; null when the language has none} */
  Pattern reference() {
    return reference;
  }

  /** True when {@code text} holds a web address {@link #say} leaves unsaid. */
  boolean leavesLinkUnsaid(String text) {
    return enabled && !linkSaid.isEmpty() && !links(text).equals(text);
  }
}
