package dev.empathy.text;

import static dev.empathy.InvalidInputException.checkArgument;
import static dev.empathy.InvalidInputException.checkNotNull;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds private details in text: e-mail addresses (also written "dana at example dot com" or
 * "dana @ example.com"), phone numbers (with any dash, or spelled in words), card numbers (Luhn)
 * and "card ending 4242", IBANs (mod 97), postal addresses, flats and PO boxes, order and account
 * numbers, customer ids and usernames, passwords and PINs after their keyword, dates of birth and
 * the customer's surname. The shapes and keywords are data, one file per language ({@code
 * private-data_<language>.tsv} beside this class, plus the language-neutral {@code
 * private-data.tsv}); English keywords are always included, since customers mix them into every
 * language ("mi password es…").
 *
 * <pre>{@code
 * PrivateData detector = PrivateData.forLocale(Locale.US)
 *     .allowing(List.of("help@acme.example", "+1 800 555 0100"))  // our own contact points
 *     .withCustomerName("Dana Whitaker");
 * detector.find("Card ending 4242, password: hunter2");
 * // [Span[kind=CARD_ENDING, start=12, end=16, certain=true], Span[kind=PASSWORD, start=28, end=35, certain=true]]
 * detector.find("DM us your order number and we'll call you at +1 800 555 0100");  // []
 * }</pre>
 *
 * <p>What is not private, so that safe practice is never flagged: a request to send a detail by
 * private message (it names the detail, it does not hold it); the company's own contact points
 * given to {@link #allowing}; dates, times, prices and thread counters such as "1/2"; a number
 * that is only a date ("2026-12-01"). A span is {@linkplain Span#certain() uncertain} when only
 * its shape suggests it (a bare five-digit number, "dana1987"): a public post should still keep
 * it out, while a reviewer may leave it alone.
 *
 * <p>Instances are immutable and thread-safe; {@link #find} is linear in the text (every pattern
 * looks at a bounded window).
 */
public final class PrivateData {
  /** What a span holds; never the data itself. */
  public enum Kind {
    /** An e-mail address. */
    EMAIL("an email address", false),
    /** A phone number, or another long run of digits. */
    PHONE("a phone or other long number", false),
    /** A whole payment card number (secret). */
    CARD("a card number", true),
    /** The last digits of a card ("ending in 4471"). */
    CARD_ENDING("the end of a card number", false),
    /** An IBAN (secret). */
    IBAN("an IBAN", true),
    /** A postal address. */
    ADDRESS("a postal address", false),
    /** An order, ticket or account number. */
    REFERENCE("an order or account number", false),
    /** A username, handle or customer id. */
    USERNAME("a username or customer id", false),
    /** A password (secret). */
    PASSWORD("a password", true),
    /** A PIN, one-time or security code (secret). */
    CODE("a PIN or security code", true),
    /** A date of birth. */
    BIRTH_DATE("a date of birth", false),
    /** The customer's full name, from {@link PrivateData#withCustomerName(String)}. */
    NAME("the customer's full name", false);

    private final String description;
    private final boolean secret;

    Kind(String description, boolean secret) {
      this.description = description;
      this.secret = secret;
    }

    /** {@return what it is, in English, for a change note or a log: "an email address"} */
    public String description() {
      return description;
    }

    /**
     * {@return whether this is a secret, which no channel may carry at all, public or not (SMS
     * shows on a lock screen): a password, a PIN or code, a whole card number, an IBAN}
     */
    public boolean secret() {
      return secret;
    }
  }

  /**
   * One private detail at UTF-16 offsets [{@code start}, {@code end}) of the text searched.
   * {@code certain} is false when only the shape suggests it (a bare five-digit number).
   */
  public record Span(Kind kind, int start, int end, boolean certain) {
    /**
     * Validates the components.
     *
     * @param kind what was found
     * @param start UTF-16 offset of the first character
     * @param end UTF-16 offset after the last character
     * @param certain false when only the shape suggests it
     * @throws dev.empathy.InvalidInputException naming {@code kind} when null, or {@code start}
     *     when the span is not {@code 0 <= start <= end}
     */
    public Span {
      checkNotNull(kind, "kind");
      checkArgument(start >= 0 && end >= start, "start and end must satisfy 0 <= start <= end, got %s..%s", start, end);
    }
  }

  /**
   * A rule; {@code cues} (lower case), when not empty, are strings one of which the text must hold
   * for the rule to run ({@code "0"}…{@code "9"} stand for any digit).
   */
  private record Rule(
      Kind kind, String check, boolean certain, Pattern pattern, boolean valueGroup, int[] cues, boolean anchored, Starts starts) {}

  /**
   * Where a match of an unanchored rule can start, derived from the rule's own pattern (no list to
   * keep in step): a character, with the one before it, can start a match when the pattern matches
   * there or runs out of input trying ({@link Matcher#hitEnd()}). Decided once per character (per
   * pair of ASCII characters) on first sight and remembered; a surrogate always may. Lets {@link
   * #find} try the pattern only where it can match instead of at every offset, with the same matches.
   */
  static final class Starts {
    private final Pattern pattern;
    /** Two bits per character: known, can start (after any character, or at the text's start). */
    private final java.util.concurrent.atomic.AtomicLongArray single = new java.util.concurrent.atomic.AtomicLongArray(2048);
    /** Two bits per pair of ASCII characters (the one before, the first): known, can start. */
    private final java.util.concurrent.atomic.AtomicLongArray pairs = new java.util.concurrent.atomic.AtomicLongArray(512);

    Starts(Pattern pattern) {
      this.pattern = pattern;
    }

    /** Whether a match may start at {@code i} of the text whose characters are {@code chars}. */
    boolean at(char[] chars, int i) {
      char c = chars[i];
      if (c < 128 && i > 0) {
        char p = chars[i - 1];
        if (p < 128) {
          return test(pairs, p << 7 | c, p, c);
        }
      }
      return test(single, c, (char) 0, c);
    }

    private boolean test(java.util.concurrent.atomic.AtomicLongArray bits, int key, char before, char c) {
      int word = key >>> 5;
      long known = 1L << ((key & 31) << 1);
      long v = bits.get(word);
      if ((v & known) == 0) {
        long can = derive(before, c) ? known << 1 : 0;
        bits.accumulateAndGet(word, known | can, (a, b) -> a | b);
        return can != 0;
      }
      return (v & known << 1) != 0;
    }

    /** {@code before == 0}: nothing known before {@code c} (a lookbehind sees nothing, so it lets more through). */
    boolean derive(char before, char c) {
      if (Character.isSurrogate(c)) {
        return true;
      }
      String s = before == 0 ? String.valueOf(c) : new String(new char[] {before, c});
      Matcher m = pattern.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
      m.region(s.length() - 1, s.length());
      return m.lookingAt() || m.hitEnd();
    }
  }

  /**
   * Where each unanchored rule of a language may start, for all of them in one pass: a mask with
   * bit {@code k} set when the {@code k}-th unanchored rule may start at a character (after the
   * one before it), decided by each rule's {@link Starts#derive} on first sight and remembered.
   * One table read per character replaces a table read per rule per character; the answers are
   * those of the rules' own {@link Starts}. Bit 63 marks an entry as known, so a thread reads an
   * entry whole or not at all: at most 63 rules (a language with more scans rule by rule).
   */
  static final class StartTable {
    static final int MAX_RULES = 63;
    private static final long KNOWN = 1L << 63;
    private final Starts[] rules;
    /** Per pair of ASCII characters (the one before, the first). */
    private final java.util.concurrent.atomic.AtomicLongArray pairs = new java.util.concurrent.atomic.AtomicLongArray(128 * 128);
    /** Per character (after any character, or at the text's start), in pages of 256 made on first use. */
    private final java.util.concurrent.atomic.AtomicReferenceArray<java.util.concurrent.atomic.AtomicLongArray> single =
        new java.util.concurrent.atomic.AtomicReferenceArray<>(256);

    StartTable(List<Starts> rules) {
      this.rules = rules.toArray(new Starts[0]);
    }

    /** The rules (bits) that may start a match at {@code i} of the text whose characters are {@code chars}. */
    long at(char[] chars, int i) {
      char c = chars[i];
      if (c < 128 && i > 0) {
        char p = chars[i - 1];
        if (p < 128) {
          int key = p << 7 | c;
          long v = pairs.getOpaque(key);
          if (v == 0) {
            v = derive(p, c);
            pairs.setOpaque(key, v);
          }
          return v & ~KNOWN;
        }
      }
      java.util.concurrent.atomic.AtomicLongArray page = single.getAcquire(c >>> 8);
      if (page == null) {
        single.compareAndExchangeRelease(c >>> 8, null, new java.util.concurrent.atomic.AtomicLongArray(256));
        page = single.getAcquire(c >>> 8);
      }
      long v = page.getOpaque(c & 255);
      if (v == 0) {
        v = derive((char) 0, c);
        page.setOpaque(c & 255, v);
      }
      return v & ~KNOWN;
    }

    private long derive(char before, char c) {
      long v = KNOWN;
      for (int k = 0; k < rules.length; k++) {
        if (rules[k].derive(before, c)) {
          v |= 1L << k;
        }
      }
      return v;
    }
  }

  /**
   * The compiled rules of one language, shared by every detector for it; {@code starts} is the
   * start table of the unanchored rules, in their order in {@code find} (null when there are more
   * than {@link StartTable#MAX_RULES}).
   */
  private record Rules(
      List<Rule> find, List<Pattern> safe, Pattern digitWord, Cues cues, StartTable starts, StartTable safeStarts, Set<String> roleMailboxes,
      List<Pattern> desks) {}

  /** Every rule's cues, found in one pass over the text. */
  private static final class Cues {
    private final List<String> words = new ArrayList<>();
    private final Map<Character, List<Integer>> byFirst = new java.util.HashMap<>();

    int id(String cue) {
      int i = words.indexOf(cue);
      if (i < 0) {
        i = words.size();
        words.add(cue);
        byFirst.computeIfAbsent(cue.charAt(0), c -> new ArrayList<>()).add(i);
      }
      return i;
    }

    /** The cues' ids by first character, for the characters below 128 (most text): no boxing, no hashing. */
    private final int[][] ascii = new int[128][];

    /** Fills {@link #ascii}; called once, when every cue is known and before any {@link #find}. */
    Cues seal() {
      byFirst.forEach((c, ids) -> {
        if (c < 128) {
          ascii[c] = ids.stream().mapToInt(Integer::intValue).toArray();
        }
      });
      return this;
    }

    /** For each cue, the offsets where it starts in {@code lower} (null when it does not occur). */
    java.util.BitSet[] find(String lower) {
      java.util.BitSet[] at = new java.util.BitSet[words.size()];
      for (int i = 0; i < lower.length(); i++) {
        char c = lower.charAt(i);
        if (c < 128) {
          int[] ids = ascii[c];
          if (ids != null) {
            at = mark(lower, i, ids, at);
          }
          continue;
        }
        List<Integer> ids = byFirst.get(c);
        if (ids == null) {
          continue;
        }
        for (int id : ids) {
          if (lower.startsWith(words.get(id), i)) {
            if (at[id] == null) {
              at[id] = new java.util.BitSet();
            }
            at[id].set(i);
          }
        }
      }
      return at;
    }

    /** Marks offset {@code i} for each of {@code ids} whose cue starts there. */
    private java.util.BitSet[] mark(String lower, int i, int[] ids, java.util.BitSet[] at) {
      for (int id : ids) {
        if (lower.startsWith(words.get(id), i)) {
          if (at[id] == null) {
            at[id] = new java.util.BitSet();
          }
          at[id].set(i);
        }
      }
      return at;
    }
  }

  private static final Map<String, Rules> BY_LANGUAGE = new ConcurrentHashMap<>();
  private static final Set<String> LANGUAGES = Set.of("en", "es", "fr", "de", "pt", "ja");
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
  /**
   * A date, alone or with the clock time or time window it is booked for: "2026-12-01", "12/10
   * 8-12", "10/12/2026 8:00-12:00", "12.12. 8–12" (a date's digits and a window's make seven, the
   * length of a phone number). An hour is at most 24 and a minute two digits, so "12/10 8812" is
   * not one.
   */
  private static final Pattern DATE;

  static {
    String sep = "[-/.‐‑‒–—−]";
    String date = "\\d{4}" + sep + "\\d{1,2}" + sep + "\\d{1,2}|\\d{1,2}" + sep + "\\d{1,2}" + sep + "\\d{2,4}|\\d{1,2}[/.]\\d{1,2}\\.?";
    String time = "(?:[01]?\\d|2[0-4])(?:[:.h]\\d{2})?";
    String window = time + "(?:\\s?[-‐‑‒–—−]\\s?" + time + ")?";
    DATE = Pattern.compile("(?:" + date + ")(?:[,.]?\\s{1,3}" + window + ")?", Pattern.UNICODE_CHARACTER_CLASS);
  }

  private static final Pattern NOT_DIGIT = Pattern.compile("\\D", Pattern.UNICODE_CHARACTER_CLASS);

  private final Rules rules;
  private final List<String> allowed;
  /** The company's own web domains ("acme.com"), lower case: its addresses and its links' paths are not private. */
  private final List<String> domains;
  /** True once {@link #allowing} was called: a company's desks (role mailboxes, toll-free numbers) are not private. */
  private final boolean desks;
  private final List<Pattern> names;

  private PrivateData(Rules rules, List<String> allowed, List<String> domains, boolean desks, List<Pattern> names) {
    this.rules = rules;
    this.allowed = allowed;
    this.domains = domains;
    this.desks = desks;
    this.names = names;
  }

  /**
   * The detector for {@code locale}'s language (English, Spanish, French, German, Portuguese and
   * Japanese have their own keywords; any other language gets the language-neutral shapes and the
   * English keywords).
   *
   * @param locale the text's locale
   * @return the detector; immutable and thread-safe
   */
  public static PrivateData forLocale(Locale locale) {
    checkNotNull(locale, "locale");
    String language = LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : "en";
    return new PrivateData(BY_LANGUAGE.computeIfAbsent(language, PrivateData::load), List.of(), List.of(), false, List.of());
  }

  /**
   * The detector with every language's keywords and shapes at once, for text whose language is
   * not known or mixed, and where a false alarm costs less than a miss (a public post).
   *
   * @return the detector; immutable and thread-safe
   */
  public static PrivateData everyLanguage() {
    return new PrivateData(BY_LANGUAGE.computeIfAbsent("*", PrivateData::load), List.of(), List.of(), false, List.of());
  }

  /**
   * A detector that never flags the company's own contact points: a span equal to one of {@code
   * contacts} (e-mail addresses compared without case, phone numbers by their digits, so "+1 800
   * 555 0100" allows "800-555-0100") is not private, and a contact that is a web domain or a link
   * ("acme.com", "https://help.acme.com") allows every address at that domain or below it
   * ("returns@acme.com") and every link to it, up to its query ("https://acme.com/help/360012345"
   * is public; in "https://acme.com/track?order=55012" the order number stays private).
   *
   * <pre>{@code
   * PrivateData.forLocale(Locale.US).allowing(List.of("acme.com", "0345 600 1234"))
   *     .find("Call 0345 600 1234, write to returns@acme.com or see https://help.acme.com/a/360044512");  // []
   * }</pre>
   *
   * <p>Whatever the contacts (an empty list too), the detector it returns also leaves a company's
   * desk alone: a role mailbox ("support@…", "kundenservice@…": the {@code rolemailbox} set of
   * {@code private-data.tsv}) and a toll-free or free-dial number ("1-888-555-0199", "0800 123 456",
   * "0120-123-456": its {@code desk} lines). A detector not told of contacts finds them, as any
   * address or number: what they are is the caller's to judge.
   *
   * @param contacts the company's own e-mail addresses, phone numbers and web domains
   * @return a new detector; immutable and thread-safe
   * @throws dev.empathy.InvalidInputException naming {@code contacts} when it is null
   */
  public PrivateData allowing(Collection<String> contacts) {
    List<String> keys = new ArrayList<>(allowed);
    List<String> hosts = new ArrayList<>(domains);
    for (String c : checkNotNull(contacts, "contacts")) {
      if (c != null && !c.isBlank()) {
        String host = domainOf(c.strip());
        if (host != null) {
          hosts.add(host);
        } else {
          keys.add(key(c));
        }
      }
    }
    return new PrivateData(rules, List.copyOf(keys), List.copyOf(hosts), true, names);
  }

  private static final Pattern DOMAIN = Pattern.compile(
      "(?:https?://)?(?:www\\.)?((?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.){1,8}\\p{L}{2,24})\\.?(?:[/?#].*)?",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

  /** The host a contact names when it is a domain or a link ("acme.com", "https://help.acme.com/x"), else null. */
  private static String domainOf(String contact) {
    if (contact.indexOf('@') >= 0) {
      return null;
    }
    Matcher m = DOMAIN.matcher(contact);
    return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
  }

  /** Whether {@code host} is one of the company's domains or below one ("help.acme.com" under "acme.com"). */
  private boolean ownHost(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    for (String d : domains) {
      if (h.equals(d) || h.endsWith("." + d)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the span lies in an address at one of the company's domains, or in a link to one before
   * its query: the whitespace-delimited word around it is read as an address or a link.
   */
  private boolean atOwnDomain(Span s, CharSequence text) {
    int from = s.start();
    while (from > 0 && !Character.isWhitespace(text.charAt(from - 1)) && s.start() - from < 2048) {
      from--;
    }
    int to = s.end();
    while (to < text.length() && !Character.isWhitespace(text.charAt(to)) && to - s.end() < 2048) {
      to++;
    }
    String word = text.subSequence(from, to).toString();
    if (s.kind() == Kind.EMAIL) {
      String value = text.subSequence(s.start(), s.end()).toString().strip();
      // "returns@acme.com", or written out against scrapers: "are at acme.com" (the last word is its domain)
      int at = Math.max(Math.max(value.lastIndexOf('@'), value.lastIndexOf('＠')), value.lastIndexOf(' '));
      return at >= 0 && ownHost(value.substring(at + 1).replaceAll("[.．]+$", ""));
    }
    Matcher m = LINK_HOST.matcher(word);
    if (!m.lookingAt() || !ownHost(m.group(1))) {
      return false;
    }
    int query = word.indexOf('?');
    return query < 0 || s.start() < from + query;
  }

  private static final Pattern LINK_HOST = Pattern.compile(
      "[^\\p{L}\\p{N}]{0,3}(?:https?://)?((?:[\\p{L}\\p{N}-]{1,63}\\.){1,8}\\p{L}{2,24})(?=[/?#:]|$|[.,;!)\\]]*$)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

  /**
   * Whether {@code address} is an e-mail address to a role mailbox, a company's desk rather than a
   * person ("help@acme.com", "Service.Client@…", "kundenservice@…"): its local part, letters only, is
   * one of the {@code rolemailbox} words of {@code private-data.tsv}.
   *
   * @param address an e-mail address
   * @return whether it is a role mailbox
   */
  public boolean roleMailbox(CharSequence address) {
    String value = address.toString();
    int at = value.indexOf('@');
    if (at <= 0 || value.indexOf('@', at + 1) >= 0) {
      return false;
    }
    StringBuilder local = new StringBuilder(at);
    for (int i = 0; i < at; i++) {
      char c = value.charAt(i);
      if (Character.isLetter(c)) {
        local.append(Character.toLowerCase(c));
      }
    }
    return rules.roleMailboxes().contains(local.toString());
  }

  /**
   * A detector that also flags the customer's surname(s): every word of {@code fullName} after
   * the first ("Whitaker" in "Dana Whitaker"); the first name alone is how a public reply greets.
   *
   * @param fullName the customer's full name, e.g. {@code "Dana Whitaker"}
   * @return a new detector; immutable and thread-safe
   */
  public PrivateData withCustomerName(String fullName) {
    if (fullName == null || fullName.isBlank()) {
      return this;
    }
    List<Pattern> out = new ArrayList<>(names);
    String[] words = fullName.strip().split("\\s+");
    for (int i = 1; i < words.length && i < 8; i++) {
      String w = words[i].replaceAll("^\\p{P}+|\\p{P}+$", "");
      if (w.codePointCount(0, w.length()) >= 2 && w.length() <= 60) {
        out.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}])", FLAGS));
      }
    }
    return new PrivateData(rules, allowed, domains, desks, List.copyOf(out));
  }

  /**
   * The private details in {@code text}, ordered by start; a span inside another is left out.
   *
   * @param text the text to search
   * @return the spans; empty when none
   */
  public List<Span> find(CharSequence text) {
    return find(text, true);
  }

  /** {@code prefilter} false: every unanchored rule scans the whole text (the reference for tests). */
  List<Span> find(CharSequence text, boolean prefilter) {
    checkNotNull(text, "text");
    List<Span> found = new ArrayList<>();
    // A rule runs only when one of its cues is there: most text has no keyword, and many no digit.
    java.util.BitSet[] cueAt = rules.cues().find(cueText(text));
    java.util.BitSet at = new java.util.BitSet(); // one set for every rule's cue offsets, cleared per rule
    // The unanchored rules (a dozen) each look at every character: they read them from one array
    // (the thread's, reused), not through CharSequence.charAt, which checked the string's encoding
    // and bounds at every character of every rule's pass (the largest part of find's time).
    char[] chars = null;
    Candidates candidates = null; // where the unanchored rules may start, found in one pass when first needed
    int unanchored = -1; // the index of the rule among the unanchored ones
    for (Rule r : rules.find()) {
      if (!r.anchored()) {
        unanchored++;
      }
      if (r.cues().length > 0) {
        at.clear();
        for (int id : r.cues()) {
          if (cueAt[id] != null) {
            at.or(cueAt[id]);
          }
        }
        if (at.isEmpty()) {
          continue;
        }
      }
      if (r.anchored()) {
        atCues(found, r, r.pattern().matcher(text), text, r.cues().length > 0 ? at : null);
      } else if (prefilter && rules.starts() != null) {
        if (candidates == null) {
          candidates = candidates(text, cueAt);
        }
        atCandidates(found, r, text, candidates, 1L << unanchored);
      } else if (prefilter) {
        if (chars == null) {
          chars = characters(text);
        }
        atStarts(found, r, text, chars);
      } else {
        Matcher m = r.pattern().matcher(text);
        while (m.find()) {
          add(found, r, m, text);
        }
      }
    }
    for (Pattern p : names) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        found.add(new Span(Kind.NAME, m.start(), m.end(), true));
      }
    }
    if (found.isEmpty()) {
      return List.of();
    }
    List<int[]> safe = prefilter && rules.safeStarts() != null ? safeAtStarts(text) : safeEverywhere(text);
    found.sort(
        Comparator.comparingInt(Span::start)
            .thenComparing(Comparator.comparingInt(Span::end).reversed())
            .thenComparing(s -> !s.certain()));
    List<Span> out = new ArrayList<>(found.size());
    int coveredTo = -1;
    for (Span s : found) {
      if (s.end() <= coveredTo || isSafe(s, text, safe)) {
        continue;
      }
      Span last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.kind() == Kind.ADDRESS && s.kind() == Kind.ADDRESS && joins(text, last.end(), s.start())) {
        // "22 Park Ave" + "Apt 4": one address.
        out.set(out.size() - 1, new Span(Kind.ADDRESS, last.start(), s.end(), last.certain() || s.certain()));
      } else {
        out.add(s);
      }
      coveredTo = Math.max(coveredTo, s.end());
    }
    return List.copyOf(out);
  }

  /** Where the safe patterns match, each scanning the whole text (the reference for tests). */
  private List<int[]> safeEverywhere(CharSequence text) {
    List<int[]> safe = new ArrayList<>();
    for (Pattern p : rules.safe()) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        safe.add(new int[] {m.start(), m.end()});
      }
    }
    return safe;
  }

  /**
   * The ranges of {@link #safeEverywhere}, trying each safe pattern only where it may start (its
   * bit in {@link Rules#safeStarts}), in one pass over the text: a pattern's next try is after its
   * last match ends, as {@link Matcher#find} goes on. Most characters start none of them (a flight
   * code, a time window, a code's use).
   */
  private List<int[]> safeAtStarts(CharSequence text) {
    List<int[]> safe = new ArrayList<>();
    List<Pattern> patterns = rules.safe();
    Matcher[] matchers = new Matcher[patterns.size()];
    int[] next = new int[patterns.size()];
    char[] chars = characters(text);
    StartTable table = rules.safeStarts();
    int n = text.length();
    for (int i = 0; i < n; i++) {
      long may = table.at(chars, i);
      while (may != 0) {
        int k = Long.numberOfTrailingZeros(may);
        may &= may - 1;
        if (i < next[k]) {
          continue;
        }
        Matcher m = matchers[k];
        if (m == null) {
          m = patterns.get(k).matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
          matchers[k] = m;
        }
        if (m.region(i, n).lookingAt()) {
          safe.add(new int[] {m.start(), m.end()});
          next[k] = Math.max(m.end(), m.start() + 1);
        }
      }
    }
    return safe;
  }

  // The scans over the text are methods of their own: a long text makes C2 compile the loop on the
  // stack (OSR), and a small method is compiled quickly, where find as a whole was compiled three times.

  /** An anchored rule: the match starts with one of the cues, so try there only, not at every offset. */
  private int atCues(List<Span> found, Rule r, Matcher m, CharSequence text, java.util.BitSet at) {
    m.useTransparentBounds(true).useAnchoringBounds(false);
    int next = 0;
    for (int i = at.nextSetBit(0); i >= 0; i = at.nextSetBit(i + 1)) {
      if (i >= next && m.region(i, text.length()).lookingAt()) {
        next = add(found, r, m, text);
      }
    }
    return next;
  }

  /** Texts up to this long have their characters copied into the thread's array, kept between calls. */
  private static final int KEPT_CHARS = 1 << 16;

  private static final ThreadLocal<char[]> CHARS = ThreadLocal.withInitial(() -> new char[256]);

  /** The characters of {@code text} (at least {@code text.length()} of them, the rest unused). */
  private static char[] characters(CharSequence text) {
    int n = text.length();
    char[] chars = n <= KEPT_CHARS ? CHARS.get() : new char[n];
    if (chars.length < n) {
      chars = new char[Math.min(KEPT_CHARS, Math.max(n, chars.length * 2))];
      CHARS.set(chars);
    }
    if (text instanceof String s) {
      s.getChars(0, n, chars, 0);
    } else {
      for (int i = 0; i < n; i++) {
        chars[i] = text.charAt(i);
      }
    }
    return chars;
  }

  /** An unanchored rule: try only where a match can start (every match a find() would see starts there). */
  private int atStarts(List<Span> found, Rule r, CharSequence text, char[] chars) {
    Starts starts = r.starts();
    Matcher m = null; // made at the first place a match can start: most texts have none for most rules
    int n = text.length();
    int next = 0;
    for (int i = 0; i < n; i++) {
      if (i >= next && starts.at(chars, i)) {
        if (m == null) {
          m = r.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }
        if (m.region(i, n).lookingAt()) {
          next = add(found, r, m, text);
        }
      }
    }
    return next;
  }

  /**
   * The offsets where some unanchored rule that runs on this text (its cues are there) may start
   * a match, each with the mask of those rules, in order; the arrays are the thread's, reused.
   */
  private static final class Candidates {
    int[] at = new int[64];
    long[] rules = new long[64];
    int size;
  }

  private static final ThreadLocal<Candidates> CANDIDATES = ThreadLocal.withInitial(Candidates::new);

  private Candidates candidates(CharSequence text, java.util.BitSet[] cueAt) {
    long running = 0;
    int k = 0;
    for (Rule r : rules.find()) {
      if (!r.anchored()) {
        if (runs(r, cueAt)) {
          running |= 1L << k;
        }
        k++;
      }
    }
    Candidates c = text.length() <= KEPT_CHARS ? CANDIDATES.get() : new Candidates();
    c.size = 0;
    if (running == 0) {
      return c;
    }
    char[] chars = characters(text);
    StartTable table = rules.starts();
    int n = text.length();
    for (int i = 0; i < n; i++) {
      long may = table.at(chars, i) & running;
      if (may != 0) {
        if (c.size == c.at.length) {
          c.at = java.util.Arrays.copyOf(c.at, c.size * 2);
          c.rules = java.util.Arrays.copyOf(c.rules, c.size * 2);
        }
        c.at[c.size] = i;
        c.rules[c.size++] = may;
      }
    }
    return c;
  }

  /** Whether a rule runs on a text: it has no cues, or one of them is in the text. */
  private static boolean runs(Rule r, java.util.BitSet[] cueAt) {
    if (r.cues().length == 0) {
      return true;
    }
    for (int id : r.cues()) {
      if (cueAt[id] != null) {
        return true;
      }
    }
    return false;
  }

  /** An unanchored rule (bit {@code bit} of the candidates): tried where it may start, as {@link #atStarts}. */
  private int atCandidates(List<Span> found, Rule r, CharSequence text, Candidates c, long bit) {
    Matcher m = null;
    int n = text.length();
    int next = 0;
    for (int j = 0; j < c.size; j++) {
      int i = c.at[j];
      if (i >= next && (c.rules[j] & bit) != 0) {
        if (m == null) {
          m = r.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }
        if (m.region(i, n).lookingAt()) {
          next = add(found, r, m, text);
        }
      }
    }
    return next;
  }

  /** Adds the match (its {@code v} group, when the rule has one) if it passes the rule's check; returns its end. */
  private int add(List<Span> found, Rule r, Matcher m, CharSequence text) {
    boolean value = r.valueGroup() && m.start("v") >= 0;
    int s = value ? m.start("v") : m.start();
    int e = value ? m.end("v") : m.end();
    if (e > s && passes(r.check(), text.subSequence(s, e).toString())) {
      found.add(new Span(r.kind(), s, e, r.certain()));
    }
    return Math.max(m.end(), m.start() + 1);
  }

  /** Lower case char by char (offsets stay those of the text), every decimal digit of any script as "0". */
  private static String cueText(CharSequence text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      char c = text.charAt(i);
      out[i] = Character.isDigit(c) ? '0' : Character.toLowerCase(c);
    }
    return new String(out);
  }

  /** True when only a comma and spaces (at most three characters) separate two spans. */
  private static boolean joins(CharSequence text, int end, int start) {
    if (start < end || start - end > 3) {
      return start < end;
    }
    for (int i = end; i < start; i++) {
      char c = text.charAt(i);
      if (c != ',' && c != ' ') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code text} holds any private detail.
   *
   * @param text the text to search
   * @return true when {@link #find} would find a span
   */
  public boolean any(CharSequence text) {
    return !find(text).isEmpty();
  }

  private boolean isSafe(Span s, CharSequence text, List<int[]> safe) {
    for (int[] r : safe) {
      if (r[0] <= s.start() && s.end() <= r[1]) {
        return true;
      }
    }
    if (desks && companyDesk(s, text)) {
      return true;
    }
    if (!domains.isEmpty() && atOwnDomain(s, text)) {
      return true;
    }
    if (allowed.isEmpty()) {
      return false;
    }
    String k = key(text.subSequence(s.start(), s.end()).toString());
    for (String a : allowed) {
      if (a.equals(k) || (k.length() >= 7 && a.length() >= 7 && k.chars().allMatch(Character::isDigit) && (a.endsWith(k) || k.endsWith(a)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the span is a company's desk: a role mailbox, or a toll-free or free-dial number (the
   * {@code desk} lines of {@code private-data.tsv}); a phone number read on past one ("1-888-555-0199
   * (24/7": the hours' digits) is that number.
   */
  private boolean companyDesk(Span s, CharSequence text) {
    if (s.kind() == Kind.EMAIL) {
      return roleMailbox(text.subSequence(s.start(), s.end()).toString().strip());
    }
    if (s.kind() != Kind.PHONE) {
      return false;
    }
    int from = Math.max(0, s.start() - 3);
    CharSequence window = text.subSequence(from, Math.min(text.length(), s.end() + 3));
    for (Pattern p : rules.desks()) {
      Matcher m = p.matcher(window);
      while (m.find()) {
        if (from + m.start() <= s.start() + 1 && from + m.end() >= Math.min(s.end(), from + m.start() + 10)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Digits only for a number, else lower case without spaces. */
  private static String key(String s) {
    String digits = NOT_DIGIT.matcher(s).replaceAll("");
    boolean number = !s.codePoints().anyMatch(Character::isLetter) && digits.length() >= 3;
    return number ? digits : s.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
  }

  private boolean passes(String check, String match) {
    return switch (check) {
      // a date and its window can pass Luhn by chance ("02.04.2024 12-16": twelve digits)
      case "luhn" -> luhn(NOT_DIGIT.matcher(match).replaceAll("")) && !DATE.matcher(match.strip()).matches();
      case "iban" -> iban(match.replaceAll("\\s", "").toUpperCase(Locale.ROOT));
      case "notDate" -> !DATE.matcher(match.strip()).matches();
      case "spelled" -> spelledDigits(match) >= 7;
      case "place" -> place(match);
      default -> true;
    };
  }

  /**
   * Whether words in a foreign script around a number name a place rather than count something:
   * a capital ("5 ул. Ленина"), an abbreviation's stop ("ул.") or a script without case (Arabic,
   * Hebrew, Hangul, Thai, Devanagari, Georgian). "3 новых сообщения" is a count, no address.
   */
  private static boolean place(String match) {
    for (int i = 0; i < match.length(); i++) {
      char c = match.charAt(i);
      if (Character.isUpperCase(c) || (c == '.' && i > 0 && Character.isLetter(match.charAt(i - 1)))) {
        return true;
      }
      if (Character.isLetter(c) && !Character.isLowerCase(c)) {
        return true; // a letter of a script without case
      }
    }
    return false;
  }

  /** How many digits {@code match} spells, a word per digit ("five five five") or as numerals. */
  private int spelledDigits(String match) {
    int n = 0;
    Matcher m = rules.digitWord().matcher(match);
    while (m.find()) {
      n += m.group().chars().allMatch(Character::isDigit) ? m.group().length() : 1;
    }
    return n;
  }

  static boolean luhn(String digits) {
    if (digits.length() < 12 || digits.length() > 19 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return false;
    }
    int sum = 0;
    boolean dbl = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (dbl) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      dbl = !dbl;
    }
    return sum % 10 == 0;
  }

  /** True when some prefix of {@code candidate} (15 to 34 characters) is a valid IBAN. */
  static boolean iban(String candidate) {
    for (int len = Math.min(34, candidate.length()); len >= 15; len--) {
      String s = candidate.substring(0, len);
      if (!s.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) {
        continue;
      }
      String rearranged = s.substring(4) + s.substring(0, 4);
      StringBuilder digits = new StringBuilder(rearranged.length() * 2);
      for (char c : rearranged.toCharArray()) {
        digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
      }
      if (new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1) {
        return true;
      }
    }
    return false;
  }

  // ---- loading -------------------------------------------------------------------------------

  private static Rules load(String language) {
    Map<String, List<String>> sets = new LinkedHashMap<>();
    List<String[]> lines = new ArrayList<>();
    List<String> files = new ArrayList<>(List.of("private-data.tsv", "private-data_en.tsv"));
    for (String l : List.of("es", "fr", "de", "pt", "ja")) {
      if (language.equals(l) || language.equals("*")) {
        files.add("private-data_" + l + ".tsv");
      }
    }
    for (String file : files) {
      for (String[] row : rows(file)) {
        if (row[0].equals("set")) {
          List<String> words = sets.computeIfAbsent(row[1], k -> new ArrayList<>());
          for (String w : row[2].split("\\|")) {
            if (!w.isBlank() && !words.contains(w.strip())) {
              words.add(w.strip());
            }
          }
        } else {
          lines.add(row);
        }
      }
    }
    List<Rule> find = new ArrayList<>();
    List<Pattern> safe = new ArrayList<>();
    List<Pattern> desks = new ArrayList<>();
    Cues cueIndex = new Cues();
    for (String[] row : lines) {
      switch (row[0]) {
        case "find" -> {
          Pattern pattern = compile(row[5], sets, row[0]);
          boolean anchored = row[4].startsWith("^") || (row[4].equals("-") && LEADING_SET.matcher(row[5]).find());
          find.add(
              new Rule(
                  Kind.valueOf(row[1].toUpperCase(Locale.ROOT)),
                  row[2],
                  row[3].equals("certain"),
                  pattern,
                  row[5].contains("(?<v>"),
                  cues(row[4].replaceFirst("^\\^", ""), row[5], sets).stream().mapToInt(cueIndex::id).toArray(),
                  anchored,
                  anchored ? null : new Starts(pattern)));
        }
        case "safe" -> safe.add(compile(row[1], sets, row[0]));
        case "desk" -> desks.add(compile(row[1], sets, row[0]));
        default -> throw new IllegalStateException("private-data: unknown line type " + row[0]);
      }
    }
    Pattern digitWord =
        Pattern.compile(
            "(?<![\\p{IsLatin}\\p{N}])(?:" + alternation(sets.getOrDefault("digit", List.of())) + "|\\p{N}+)(?![\\p{IsLatin}\\p{N}])", FLAGS);
    List<Starts> starts = new ArrayList<>();
    for (Rule r : find) {
      if (!r.anchored()) {
        starts.add(r.starts());
      }
    }
    StartTable table = starts.size() <= StartTable.MAX_RULES ? new StartTable(starts) : null;
    StartTable safeTable = safe.size() <= StartTable.MAX_RULES ? new StartTable(safe.stream().map(Starts::new).toList()) : null;
    Set<String> roleMailboxes = new java.util.HashSet<>();
    for (String w : sets.getOrDefault("rolemailbox", List.of())) {
      roleMailboxes.add(w.toLowerCase(Locale.ROOT));
    }
    return new Rules(List.copyOf(find), List.copyOf(safe), digitWord, cueIndex.seal(), table, safeTable, Set.copyOf(roleMailboxes), List.copyOf(desks));
  }

  private static final Pattern LEADING_SET = Pattern.compile("^(?:\\{b\\})?\\{([a-z]+)\\}");

  /**
   * What the text must hold for a rule to run: the {@code needs} column ({@code -} for nothing,
   * else alternatives: {@code digit}, {@code {set}} for the first word of each of its words, or a
   * literal), and a rule starting with a set ("{b}{password}…") needs one of its words.
   */
  private static List<String> cues(String needs, String regex, Map<String, List<String>> sets) {
    List<String> out = new ArrayList<>();
    Matcher m = LEADING_SET.matcher(regex);
    String leading = m.find() && sets.containsKey(m.group(1)) ? "{" + m.group(1) + "}" : null;
    List<String> wanted = needs.equals("-") ? new ArrayList<>() : new ArrayList<>(List.of(needs.split("\\|")));
    if (leading != null && wanted.isEmpty()) {
      wanted.add(leading);
    }
    for (String n : wanted) {
      if (n.equals("digit")) {
        out.add("0");
      } else if (n.startsWith("{") && n.endsWith("}")) {
        List<String> words = sets.get(n.substring(1, n.length() - 1));
        if (words == null) {
          throw new IllegalStateException("private-data: needs unknown set " + n);
        }
        for (String w : words) {
          out.add(cueText(w.split(" ")[0]));
        }
      } else {
        out.add(cueText(n));
      }
    }
    return List.copyOf(new java.util.LinkedHashSet<>(out));
  }

  private static final String WORDY = "[\\p{IsLatin}\\p{IsGreek}\\p{IsCyrillic}\\p{N}_]";
  private static final Pattern SET_REF = Pattern.compile("\\{([a-z]+)\\}");

  /** Expands {@code {name}} to the set's words as an alternation (longest first). */
  private static Pattern compile(String regex, Map<String, List<String>> sets, String where) {
    Matcher m = SET_REF.matcher(regex);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String replacement = switch (name) {
        // A boundary only between two letters of alphabetic scripts (or digits): Japanese words
        // need none, "パスワードはhunter2" is a keyword, a particle and a value.
        case "b", "e" -> "(?:(?<!" + WORDY + ")|(?!" + WORDY + "))";
        default -> {
          List<String> words = sets.get(name);
          if (words == null) {
            throw new IllegalStateException("private-data: " + where + " line uses unknown set {" + name + "}: " + regex);
          }
          yield "(?:" + alternation(words) + ")";
        }
      };
      m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(sb);
    return Pattern.compile(sb.toString(), FLAGS);
  }

  private static String alternation(List<String> words) {
    List<String> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    List<String> quoted = new ArrayList<>(sorted.size());
    for (String w : sorted) {
      quoted.add(Pattern.quote(w).replace(" ", "\\E\\s{1,3}\\Q").replace("\\Q\\E", ""));
    }
    return String.join("|", quoted);
  }

  private static List<String[]> rows(String file) {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = PrivateData.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("missing resource dev/empathy/text/" + file);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        out.add(line.split("\t"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
