package dev.empathy.channels.social;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import dev.empathy.channels.fit.ChannelData;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How a public post says a sentence whose private data went to the DM, in one language
 * ({@code redaction.properties}): the words that only name a datum and a preposition before it
 * leave with it, and the placeholder ends the sentence instead of standing where the datum was.
 */
final class Redaction {
  /** Where a datum was, until its sentence is closed. */
  static final char HOLE = '\uE000';
  private static final ImmutableMap<String, String> DATA = ChannelData.properties(Redaction.class, "redaction.properties");
  private static final Map<String, Redaction> CACHE = new ConcurrentHashMap<>();
  /** A sentence's end: its punctuation and the blanks after it. */
  private static final Pattern END = Pattern.compile("[.!?。！？]+[\\s\\u00a0]*$");
  /**
   * Where a sentence ends inside a text: punctuation then a blank or the text's end. A stop before a
   * figure ends an abbreviation, not a sentence: "le mar. 15/12", "am Sa. 12.12." (the placeholder
   * once closed "le mar (détails en message privé). 15/12."); so does one before a lower-case word
   * ("ab 16.12. in der Bergstraße 12 aktiv" once became "ab 16.12. Aktiv").
   */
  private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])(?:\\s+(?![\\s\uE000]*[\\p{N}\\p{Ll}])|$)|(?<=[。！？])");
  /** What is left beside a removed datum: a comma, colon or dash before the sentence's end ("para 16/12 - (detalhes…"). */
  private static final Pattern DANGLING = Pattern.compile("[\\s\\u00a0]*[,;:、\\-–—][\\s\\u00a0]*$");

  /** The labels and the things, longest first: the words that may name a datum just before it. */
  private final List<String> names;
  private final Set<String> things;
  private final Set<String> articles;
  private final Set<String> prepositions;
  /** Linking verbs ({@code <lang>.copulas}): a clause that only says what a datum is leaves with it. */
  private final Set<String> copulas;
  private final boolean spaces;
  /** Particles written right after a datum that go with it ({@code <lang>.particles}), longest first. */
  private final List<String> particles;
  /** Particles that link a named datum to the noun after it ({@code <lang>.links}), longest first. */
  private final List<String> links;

  private Redaction(String language) {
    things = lowerCase(list(language + ".things"));
    names = java.util.stream.Stream.concat(list(language + ".labels").stream(), list(language + ".things").stream())
        .sorted(Comparator.comparingInt(String::length).reversed()).collect(Collectors.toUnmodifiableList());
    articles = lowerCase(list(language + ".articles"));
    prepositions = lowerCase(list(language + ".prepositions"));
    copulas = lowerCase(list(language + ".copulas"));
    spaces = !DATA.getOrDefault(language + ".spaces", "yes").strip().equals("no");
    particles = list(language + ".particles").stream()
        .sorted(Comparator.comparingInt(String::length).reversed()).collect(Collectors.toUnmodifiableList());
    links = list(language + ".links").stream()
        .sorted(Comparator.comparingInt(String::length).reversed()).collect(Collectors.toUnmodifiableList());
  }

  /** Where the datum ending at {@code end} ends with the particle written right after it ("…5678にお電話": after "に"). */
  int end(String t, int end) {
    // A language written without spaces may still set a Latin datum off by one ("ORD-558812 の商品").
    int at = end;
    while (!spaces && at < t.length() && at - end < 2 && (t.charAt(at) == ' ' || t.charAt(at) == '\u3000')) {
      at++;
    }
    for (String p : particles) {
      if (t.startsWith(p, at)) {
        return at + p.length();
      }
    }
    return end;
  }

  /**
   * Where the datum ending at {@code end}, after the words naming it, ends with a particle that
   * only linked it to the noun after it ({@code <lang>.links}): "予約番号 BK8812Q のご予約を" →
   * "ご予約を", never "のご予約を"; any other particle is the noun's and stays ("カード末尾1234を停止"
   * → "カードを停止").
   */
  int endLinked(String t, int end) {
    int at = end;
    while (!spaces && at < t.length() && at - end < 2 && (t.charAt(at) == ' ' || t.charAt(at) == '\u3000')) {
      at++;
    }
    for (String p : links) {
      if (t.startsWith(p, at)) {
        return at + p.length();
      }
    }
    return end;
  }

  /** The words of {@code locale}'s language (none for a language without data). */
  static Redaction forLocale(Locale locale) {
    return CACHE.computeIfAbsent(locale.getLanguage(), Redaction::new);
  }

  /**
   * Where the datum starting at {@code start} begins with the words that only name it ("the card
   * ending 3391": at "ending"), an article before them ("sent the reference AB-123": at "the"), and
   * a preposition just before ("a label to dana@…": at "to"; "logged this under case DSP-44120":
   * at "under"). A thing a reference numbers ("case", "order") goes only with a preposition: as the
   * object of a verb it stays ("reshipping order #W-55821": at "#").
   */
  int start(String t, int start) {
    int s = start;
    int beforeThing = -1;
    for (boolean moved = true; moved; ) {
      moved = false;
      int b = blanksBefore(t, s);
      if (b > 0 && t.charAt(b - 1) == ':') {
        b = blanksBefore(t, b - 1);
      }
      for (String name : names) {
        int from = nameStart(t, b, name);
        if (from >= 0) {
          if (beforeThing < 0 && things.contains(name.toLowerCase(Locale.ROOT))) {
            beforeThing = s;
          }
          s = from;
          moved = true;
          break;
        }
      }
    }
    boolean named = s < start;
    // An article goes with the words naming a datum, or with the datum itself where it stands just
    // before it ("appelez le 1 514 555-0142 au besoin" → "appelez au besoin").
    int word = wordBefore(t, s, articles);
    int p = wordBefore(t, word >= 0 ? word : s, prepositions);
    // A clause that only says what the datum is ("the UPS tracking is 1Z999…", "your ref is AB12")
    // leaves whole: without its datum it says nothing ("The UPS tracking is; I’ve also filed a trace").
    int copula = wordBefore(t, p >= 0 ? p : word >= 0 ? word : s, copulas);
    if (copula >= 0) {
      int c = copula;
      while (c > 0 && ",;:.!?。、\n".indexOf(t.charAt(c - 1)) < 0) {
        c--;
      }
      return c;
    }
    if (p >= 0) {
      return p;
    }
    if (beforeThing >= 0) {
      // A thing set off by a comma names the datum after it, as a label does ("escalated to our iOS
      // team, ticket APP-7" → "escalated to our iOS team"): the comma goes with them.
      int c = blanksBefore(t, s);
      if (c > 0 && (t.charAt(c - 1) == ',' || t.charAt(c - 1) == '、')) {
        return c - 1;
      }
      return beforeThing;
    }
    return word >= 0 ? word : s;
  }

  /** Where {@code name} ends at {@code b} as a word of its own (or, written "*nummer", a word's end); -1 when not. */
  private int nameStart(String t, int b, String name) {
    boolean suffix = name.startsWith("*");
    String n = suffix ? name.substring(1) : name;
    int from = b - n.length();
    if (from < 0 || !t.regionMatches(true, from, n, 0, n.length())) {
      return -1;
    }
    if (suffix) {
      while (from > 0 && Character.isLetter(t.charAt(from - 1))) {
        from--;
      }
      return from < b - n.length() ? from : -1;
    }
    return !spaces || from == 0 || !Character.isLetterOrDigit(t.charAt(from - 1)) ? from : -1;
  }

  /** Where the word of {@code words} just before {@code at} (after blanks) starts; -1 when there is none. */
  private int wordBefore(String t, int at, Set<String> words) {
    int b = blanksBefore(t, at);
    if (words.isEmpty() || (spaces && b == at)) {
      return -1;
    }
    int w = b;
    while (w > 0 && Character.isLetter(t.charAt(w - 1))) {
      w--;
    }
    return w < b && (w == 0 || !Character.isLetterOrDigit(t.charAt(w - 1))) && words.contains(t.substring(w, b).toLowerCase(Locale.ROOT)) ? w : -1;
  }

  /**
   * {@code text} with each sentence that holds a {@link #HOLE} closed: the holes and what they
   * left dangling go, and {@code placeholder} ends the sentence before its punctuation.
   */
  String close(String text, String placeholder) {
    if (text.indexOf(HOLE) < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + placeholder.length());
    Matcher m = SENTENCE.matcher(text);
    int from = 0;
    while (from < text.length()) {
      int to = m.find(from) && m.end() > from ? m.end() : text.length();
      if (to == from) {
        to = text.length();
      }
      String sentence = text.substring(from, to);
      out.append(sentence.indexOf(HOLE) < 0 ? sentence : closeSentence(sentence, placeholder));
      from = to;
    }
    return out.toString();
  }

  private String closeSentence(String written, String placeholder) {
    // A bracket left with only the word that named the datum goes with it ("entre 8 h et 12 h (RDV
    // n° 55120)" → "entre 8 h et 12 h", never "(RDV)").
    String sentence = written.replaceAll("[ \\u00a0]*[(（][ \\u00a0]*(?:[\\p{L}.°º]{1,12}[ \\u00a0]*)?" + HOLE + "[ \\u00a0]*[)）]", String.valueOf(HOLE));
    Matcher end = END.matcher(sentence);
    int bodyEnd = end.find() ? end.start() : sentence.length();
    String ending = sentence.substring(bodyEnd);
    String trailing = "";
    int lead = 0;
    while (lead < sentence.length() && Character.isWhitespace(sentence.charAt(lead))) {
      lead++;
    }
    // A datum just inside a closing quote or bracket leaves no blank before it ("„Paket versendet an
    // ул. Ленина, д. 5“" → "„Paket versendet“").
    boolean holeFirst = sentence.startsWith(String.valueOf(HOLE), lead);
    String body = sentence.substring(lead, bodyEnd).replaceAll("[ \\u00a0]*" + HOLE + "(?=[“”»」』)\\]’])", "")
        .replaceAll(spaces ? String.valueOf(HOLE) : "[ \\u3000]*" + HOLE + "[ \\u3000]*", spaces ? " " : "");
    // A bracket that held only the datum goes with it ("ヤマト運輸（伝票番号 4512-…）にて" → "ヤマト運輸にて").
    body = body.replaceAll("[ \\u00a0]*[(（][ \\u00a0\\u3000]*[)）]", "");
    // French sets a (narrow) no-break space before ";" and ":": the datum's blank before it goes
    // ("la carte \u202f; notre service" → "la carte\u202f; notre service").
    body = body.replaceAll("[ \\t]+(?=[\\u00a0\\u202f])", "").replaceAll("[ \\t]{2,}", " ").replaceAll(" (?=[,;:.、。])", "").strip();
    // A datum set off by commas leaves both ("a replacement, tracking 9405…, so" → one comma).
    body = body.replaceAll("([,;、])(?:\\s*[,;、])+", "$1");
    // A datum after a colon leaves the colon before a comma ("Reserva confirmada: QZ4LMN, salida" →
    // "Reserva confirmada, salida"), never "confirmada:, salida".
    body = body.replaceAll("[:：]\\s*([,;、])", "$1");
    boolean capital = !body.isEmpty() && Character.isUpperCase(body.codePointAt(0));
    body = body.replaceAll("^[,;:、]\\s*", "");
    if ((capital || holeFirst) && !body.isEmpty() && Character.isLowerCase(body.codePointAt(0))) {
      body = body.substring(0, 1).toUpperCase(Locale.ROOT) + body.substring(1); // the clause that went opened the sentence
    }
    body = DANGLING.matcher(body).replaceAll("");
    if (ending.isEmpty() && !sentence.isEmpty() && Character.isWhitespace(sentence.charAt(sentence.length() - 1))) {
      trailing = " ";
    }
    if (!body.codePoints().anyMatch(Character::isLetterOrDigit)) {
      return sentence.substring(0, lead) + placeholder + ending + trailing;
    }
    return sentence.substring(0, lead) + body + (spaces ? " " : "") + placeholder + ending + trailing;
  }

  /** The index before the blanks that end at {@code at}. */
  private static int blanksBefore(String t, int at) {
    int i = at;
    while (i > 0 && (t.charAt(i - 1) == ' ' || t.charAt(i - 1) == '\u00a0')) {
      i--;
    }
    return i;
  }

  private static Set<String> lowerCase(List<String> words) {
    return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  }

  private static List<String> list(String key) {
    return Splitter.on(',').trimResults().omitEmptyStrings().splitToList(DATA.getOrDefault(key, ""));
  }
}
