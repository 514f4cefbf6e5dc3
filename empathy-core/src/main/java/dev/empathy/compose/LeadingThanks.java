package dev.empathy.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A summary copied from a grateful customer's message often opens with their thanks ("gracias!!
 * ya me llegó todo perfecto", "obrigada!! chegou tudo certinho"): said back, the agent would thank
 * themselves ("Que bom saber que obrigada!! chegou…"). The thanks ({@code summary.leadingThanks}
 * in {@code clauses_<language>.properties}, longest first, matched whole and in any case, followed
 * by a mark: "gracias a la app…" goes on) and the marks and spaces after it are left out; what the customer told goes on. A summary that is
 * nothing but thanks is kept as typed (the caller's words are never silently dropped whole).
 *
 * <pre>{@code
 * LeadingThanks.forLocale(Locale.forLanguageTag("es")).strip("Gracias!! ya me llegó todo");   // "ya me llegó todo"
 * }</pre>
 */
final class LeadingThanks {
  private static final Map<String, LeadingThanks> BY_LANGUAGE = new ConcurrentHashMap<>();

  private final Locale locale;
  private final List<String> thanks;
  /**
   * Words after which a thanks typed with no mark goes on as part of its sentence ({@code
   * summary.leadingThanks.goesOn}: "thank you for…", "thanks to Mo…"). When a language lists them,
   * a thanks with no mark before any other word is left out ("thank you Marcus was amazing" →
   * "Marcus was amazing"); without the list a thanks needs a mark after it.
   */
  private final List<String> thanksGoOn;
  /** Greetings ({@code summary.leadingGreetings}: "hola", "Hallo"): left out with or without a mark after them. */
  private final List<String> greetings;
  /**
   * Interjections that only call out to us ({@code summary.leadingInterjections}: "che", "neta",
   * "oye", "pqp", "poxa"): left out with or without a mark after them, as greetings are.
   */
  private final List<String> interjections;
  /** Pleas ({@code summary.leadingPleas}: "bitte"): left out before a mark or a word of {@code summary.leadingPleas.before}. */
  private final List<String> pleas;
  private final List<String> pleaBefore;
  /** Words that only check we are there or acknowledge ({@code summary.presence}: "anyone there", "ok"). */
  private final List<String> presence;
  /** A thanks that closes a message ({@code summary.closingThanks}: "thanks", "many thanks", "ty"): never said back. */
  private final List<String> closingThanks;
  /** Words an agent names the customer by in a note ({@code summary.aboutCustomer}: "cust", "caller", "tenant"). */
  private final java.util.Set<String> aboutCustomer;
  /** Verbs that follow such a word in a note ({@code summary.aboutCustomer.verbs}: "reports", "was", "wants"). */
  private final java.util.Set<String> aboutCustomerVerbs;

  /** Words that open a short question ({@code summary.shortQuestion.starts}: "where", "status"), and its most words. */
  private final List<String> questionStarts;
  private final int questionWords;
  /**
   * False when a question mark alone does not make a short question ({@code
   * summary.shortQuestion.byMark = false}: "kannst du meine Bestellung stornieren?" asks something
   * of us and is said back as the request; only an opening of {@code summary.shortQuestion.starts} counts).
   */
  private final boolean questionByMark;
  /** The most words of a later turn's summary that is answered rather than said back ({@code summary.laterTurnMaxWords}). */
  private final int laterWords;
  /**
   * Words that point back to the case ({@code summary.laterTurnPointsBack}: "this", "it", "that"),
   * and the most words of a later turn's summary opening with one that is answered ({@code
   * summary.laterTurnPointsBackMaxWords}).
   */
  private final List<String> pointsBack;
  private final int pointsBackWords;
  /**
   * Words that may follow a thanks and keep it a thanks alone ({@code summary.thanksOnly.tail}:
   * "danke dir", "merci ben gros"), and words that open what the customer thanks for ({@code
   * summary.thanksOnly.for}: "für die schnelle Hilfe", "pour votre patience").
   */
  private final List<String> thanksTail;
  private final List<String> thanksFor;
  /** Words after which a thanks goes on with news ({@code summary.thanksOnly.but}: "pero", "mas"). */
  private final List<String> thanksBut;
  /**
   * The agent's note of what the customer asks, typed as the summary ({@code summary.agentNote.asks}:
   * "demande si", "fragt nach"), or of a thanks ({@code summary.agentNote.thanks}: "remercie",
   * "bedankt sich"): an opening in the third person, never the customer's own words. A word of {@code
   * summary.agentNote.notBefore} after the opening makes it a noun ("demande de remboursement refusée").
   * A language that writes notes as a noun at the end ({@code summary.agentNote.asks.endings}:
   * "問い合わせ"; {@code summary.agentNote.thanks.whole}: "お礼") is read by that.
   */
  private final List<String> noteAsks;
  private final List<String> noteThanks;
  private final List<String> noteNotBefore;
  private final List<String> noteAskEndings;
  private final List<String> noteThanksWhole;

  private LeadingThanks(Locale locale, Properties p) {
    this.presence = list(p, "summary.presence", locale);
    this.closingThanks = list(p, "summary.closingThanks", locale);
    this.aboutCustomer = java.util.Set.copyOf(list(p, "summary.aboutCustomer", locale));
    this.aboutCustomerVerbs = java.util.Set.copyOf(list(p, "summary.aboutCustomer.verbs", locale));
    this.questionStarts = list(p, "summary.shortQuestion.starts", locale);
    this.questionWords = count(p, "summary.shortQuestion.maxWords", locale);
    this.questionByMark = !"false".equals(p.getProperty("summary.shortQuestion.byMark", "true").strip());
    this.laterWords = count(p, "summary.laterTurnMaxWords", locale);
    this.pointsBack = list(p, "summary.laterTurnPointsBack", locale);
    this.pointsBackWords = count(p, "summary.laterTurnPointsBackMaxWords", locale);
    this.locale = locale;
    this.thanks = list(p, "summary.leadingThanks", locale);
    this.thanksGoOn = list(p, "summary.leadingThanks.goesOn", locale);
    this.greetings = list(p, "summary.leadingGreetings", locale);
    this.interjections = list(p, "summary.leadingInterjections", locale);
    this.pleas = list(p, "summary.leadingPleas", locale);
    this.pleaBefore = list(p, "summary.leadingPleas.before", locale);
    this.thanksTail = list(p, "summary.thanksOnly.tail", locale);
    this.thanksFor = list(p, "summary.thanksOnly.for", locale);
    this.thanksBut = list(p, "summary.thanksOnly.but", locale);
    this.noteAsks = list(p, "summary.agentNote.asks", locale);
    this.noteThanks = list(p, "summary.agentNote.thanks", locale);
    this.noteNotBefore = list(p, "summary.agentNote.notBefore", locale);
    this.noteAskEndings = list(p, "summary.agentNote.asks.endings", locale);
    this.noteThanksWhole = list(p, "summary.agentNote.thanks.whole", locale);
  }

  /**
   * True when {@code text} is the agent's note of a question or request rather than the customer's
   * words ("demande si les lunettes sont prêtes", "fragt nach dem Stand der Steuererklärung",
   * "メガネの仕上がり日の問い合わせ"): said back it would read "Si je résume : demande si…", the
   * customer spoken of in the third person. The reply answers it with its actions instead.
   */
  boolean asksNote(String text) {
    return noteOpens(text, noteAsks) || noteEnds(text, noteAskEndings);
  }

  /**
   * True when {@code text} is the agent's note that the customer thanks us, in one sentence
   * ("remercie pour le badge", "bedankt sich", "お礼"): the acknowledgement answers the thanks.
   */
  boolean thanksNote(String text) {
    if (text == null || noteOpens(text, noteThanks) && oneSentence(text)) {
      return text != null;
    }
    return noteEnds(text, noteThanksWhole) && text.strip().length() <= longest(noteThanksWhole) + 1;
  }

  private static int longest(List<String> words) {
    return words.isEmpty() ? 0 : words.get(0).length();
  }

  /** True when {@code text} has no sentence mark before its end ("remercie, mais le wifi…" goes on with news). */
  private static boolean oneSentence(String text) {
    int end = text.length();
    while (end > 0 && !Character.isLetterOrDigit(text.charAt(end - 1))) {
      end--;
    }
    for (int i = 0; i < end; i++) {
      if (".,;:!?…".indexOf(text.charAt(i)) >= 0 && !(i > 0 && i + 1 < end
          && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1)))) {
        return false;
      }
    }
    return true;
  }

  /** True when {@code text} opens with a word of {@code openings} and no word of {@link #noteNotBefore} follows it. */
  private boolean noteOpens(String text, List<String> openings) {
    if (text == null || openings.isEmpty()) {
      return false;
    }
    int start = 0;
    while (start < text.length() && !Character.isLetterOrDigit(text.charAt(start))) {
      start++;
    }
    for (String w : openings) {
      int end = start + w.length();
      if (end <= text.length() && text.regionMatches(true, start, w, 0, w.length())
          && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
        int next = end;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
          next++;
        }
        int last = next;
        while (last < text.length() && Character.isLetterOrDigit(text.charAt(last))) {
          last++;
        }
        return next == end && end < text.length() ? false
            : !noteNotBefore.contains(text.substring(next, last).toLowerCase(locale));
      }
    }
    return false;
  }

  /** True when {@code text}, without its closing marks, ends with a word of {@code endings} and is one sentence. */
  private static boolean noteEnds(String text, List<String> endings) {
    if (text == null || endings.isEmpty()) {
      return false;
    }
    int end = text.length();
    while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || "。．.！!？?".indexOf(text.charAt(end - 1)) >= 0)) {
      end--;
    }
    for (int i = 0; i < end; i++) {
      if ("。！？!?".indexOf(text.charAt(i)) >= 0) {
        return false;
      }
    }
    for (String e : endings) {
      if (end >= e.length() && text.regionMatches(end - e.length(), e, 0, e.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when {@code text} is an agent's note about the customer in the third person ("cust reports
   * no power since 7am", "caller says engineer no-show x2", "tenant was charged twice"): said back
   * as our recap it tells the customer about "the customer". A word of {@code summary.aboutCustomer}
   * first and a verb of {@code summary.aboutCustomer.verbs} next; "customer service was rude" is
   * the customer's own words.
   */
  boolean aboutCustomer(String text) {
    if (text == null || aboutCustomer.isEmpty()) {
      return false;
    }
    int at = 0;
    while (at < text.length() && !Character.isLetterOrDigit(text.charAt(at))) {
      at++;
    }
    int end = at;
    while (end < text.length() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '/')) {
      end++;
    }
    if (end == at || !aboutCustomer.contains(text.substring(at, end).toLowerCase(locale))) {
      return false;
    }
    int next = end;
    while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == ':')) {
      next++;
    }
    int last = next;
    while (last < text.length() && (Character.isLetter(text.charAt(last)) || text.charAt(last) == '\'' || text.charAt(last) == '’')) {
      last++;
    }
    return last > next && next > end && aboutCustomerVerbs.contains(text.substring(next, last).toLowerCase(locale));
  }

  /**
   * True when {@code text} only thanks us: a thanks of {@code summary.leadingThanks}, words of
   * {@code summary.thanksOnly.tail}, and at most what it thanks for, opened by a word of {@code
   * summary.thanksOnly.for}, in one sentence ("merci pour ton aide !! 🙏", "vielen Dank für die
   * rasche Erledigung", "merci vielmal"). Said back, the agent would thank themselves ("Schön zu
   * lesen: Vielen Dank für…"); the acknowledgement answers it instead. False for a language without
   * the data, and for a thanks a sentence of news follows ("danke, hat alles geklappt"). True too
   * for the agent's note of a thanks ({@link #thanksNote}: "remercie pour le badge").
   */
  boolean thanksOnly(String text) {
    if (thanksNote(text)) {
      return true;
    }
    if (text == null || thanksFor.isEmpty()) {
      return false;
    }
    int at = 0;
    while (at < text.length() && !Character.isLetterOrDigit(text.charAt(at))) {
      at++;
    }
    String opening = null;
    for (String t : thanks) {
      int end = at + t.length();
      if (text.regionMatches(true, at, t, 0, t.length()) && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
        opening = t;
        break;
      }
    }
    if (opening == null) {
      return false;
    }
    int i = at + opening.length();
    boolean marked = false;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      if (!Character.isLetterOrDigit(c)) {
        marked |= ".,;:!?…".indexOf(c) >= 0;
        i += Character.charCount(c);
        continue;
      }
      if (marked) {
        return false; // "danke, hat alles geklappt": news after the thanks
      }
      if (opensWith(text, i, thanksFor)) {
        // "für die schnelle Hilfe": what they thank for, to the end of one sentence; "gracias por
        // responder pero sigo sin internet" goes on with news after its but.
        for (int j = i; j < text.length(); j++) {
          char m = text.charAt(j);
          if (!Character.isLetterOrDigit(text.charAt(j - 1)) && opensWith(text, j, thanksBut)) {
            return false;
          }
          if (".;:!?…".indexOf(m) >= 0) {
            for (int k = j + 1; k < text.length(); k++) {
              if (Character.isLetterOrDigit(text.charAt(k))) {
                return false;
              }
            }
            return true;
          }
        }
        return true;
      }
      int end = i;
      while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '\'' || text.charAt(end) == '’')) {
        end++;
      }
      if (!thanksTail.contains(text.substring(i, end).toLowerCase(locale))) {
        return false;
      }
      i = end;
    }
    return true;
  }

  private static int count(Properties p, String key, Locale locale) {
    String most = p.getProperty(key, "0").strip();
    try {
      return Integer.parseInt(most);
    } catch (NumberFormatException e) {
      throw new IllegalStateException("clauses_" + locale.getLanguage() + ": " + key + " must be a whole number but was \"" + most + "\"", e);
    }
  }

  /**
   * True when {@code text}, the summary of a later turn, is short (at most {@code
   * summary.laterTurnMaxWords} words: "still not in my account", "beta crashes too"): the case is
   * known by now, so the reply answers it and moves the case on instead of saying it back.
   */
  boolean shortLaterTurn(String text) {
    return text != null && atMost(text, laterWords);
  }

  /**
   * True when {@code text}, the summary of a later turn, opens with a word that points back to the
   * case ({@code summary.laterTurnPointsBack}: "this still isnt here", "it's down again", "that
   * didnt fix it") and has at most {@code summary.laterTurnPointsBackMaxWords} words: said back it
   * would read "It sounds like this still isnt here", so the reply answers it instead.
   */
  boolean pointsBack(String text) {
    if (text == null || pointsBack.isEmpty()) {
      return false;
    }
    int start = 0;
    while (start < text.length() && !Character.isLetterOrDigit(text.charAt(start))) {
      start++;
    }
    return opensWithAny(text, start, pointsBack) && atMost(text, pointsBackWords);
  }

  /** True when {@code text} has one word or more and at most {@code most}. */
  private static boolean atMost(String text, int most) {
    if (most <= 0) {
      return false;
    }
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord && ++words > most) {
        return false;
      }
      inWord = letter || inWord && (text.charAt(i) == '\'' || text.charAt(i) == '’');
    }
    return words > 0;
  }

  /**
   * {@code text} without a last sentence that only greets us or checks we are there ({@code
   * summary.leadingGreetings}, {@code summary.presence}): "returned the jacket 3 weeks ago still no
   * refund. hello?" → "returned the jacket 3 weeks ago still no refund" (with its "?" it would be
   * taken for a question), or only thanks us ahead ({@code summary.closingThanks}: "can you change
   * it, thanks" → "can you change it"; said back, the reply would thank itself). {@code text}
   * itself when it has none, or is nothing else.
   */
  String withoutNudge(String text) {
    if (text == null || greetings.isEmpty() && presence.isEmpty() && closingThanks.isEmpty()) {
      return text;
    }
    int end = text.length();
    while (end > 0 && !Character.isLetterOrDigit(text.charAt(end - 1))) {
      end--;
    }
    int cut = end;
    while (cut > 0 && ".!?,;…".indexOf(text.charAt(cut - 1)) < 0) {
      cut--;
    }
    if (cut == 0 || cut == end || end - cut > 24) {
      return text; // most summaries: decided without a copy
    }
    String last = text.substring(cut, end).strip().toLowerCase(locale);
    if (!greetings.contains(last) && !presence.contains(last) && !closingThanks.contains(last)) {
      return text;
    }
    int keep = cut;
    while (keep > 0 && (".,;…".indexOf(text.charAt(keep - 1)) >= 0 || Character.isWhitespace(text.charAt(keep - 1)))) {
      keep--;
    }
    return keep == 0 ? text : text.substring(0, keep);
  }

  /** The words of {@code key}, in lower case, the longest first. */
  private static List<String> list(Properties p, String key, Locale locale) {
    List<String> t = new ArrayList<>(ClauseData.words(p, locale, key));
    t.sort((a, b) -> b.length() - a.length());
    return List.copyOf(t);
  }

  static LeadingThanks forLocale(Locale locale) {
    return ClauseData.shared(BY_LANGUAGE, locale, LeadingThanks::new);
  }

  /**
   * {@code text} without its opening thanks, greeting, interjection, handle or plea ("Hallo, ich
   * warte…", "Bitte ich brauche Hilfe", "hola no me llegó", "@Telco_es sin internet"), one after another; {@code text} itself when it has none or
   * is nothing else.
   */
  String strip(String text) {
    if (text == null) {
      return null;
    }
    String rest = text;
    for (int words = 0; words < 4; words++) {
      String shorter = stripOne(rest);
      if (shorter == rest) {
        break;
      }
      rest = shorter;
    }
    return rest;
  }

  /**
   * True when {@code text} is a short question and nothing more: at most {@code
   * summary.shortQuestion.maxWords} words, ending with a question mark or opening with one of
   * {@code summary.shortQuestion.starts} ("where is my order??", "refund status?", "where's my
   * package"). The reply answers it with its action instead of saying it back. False for null.
   */
  boolean shortQuestion(String text) {
    if (text == null || questionWords <= 0) {
      return false;
    }
    int words = 0;
    boolean inWord = false;
    int lastMark = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // "9,99", "4.500": a mark between figures is part of one figure, neither a new word nor a list.
      boolean figure = (c == ',' || c == '.') && i > 0 && i + 1 < text.length()
          && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
      boolean letter = Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == '$' || c == '%' || figure;
      if (letter && !inWord && ++words > questionWords) {
        return false;
      }
      inWord = letter;
      if (letter) {
        lastMark = -1;
      } else if (c == '?' || c == '？') {
        lastMark = i;
      } else if (".,;:".indexOf(c) >= 0) {
        return false; // two sentences or a list: more than a question
      }
    }
    if (words == 0) {
      return false;
    }
    if (lastMark >= 0 && questionByMark) {
      return true;
    }
    int start = 0;
    while (start < text.length() && !Character.isLetterOrDigit(text.charAt(start))) {
      start++;
    }
    for (String q : questionStarts) {
      int end = start + q.length();
      if (text.regionMatches(true, start, q, 0, q.length()) && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when {@code text} tells nothing to say back: greetings ({@code summary.leadingGreetings})
   * and at most one check that we are there or a bare acknowledgement ({@code summary.presence}),
   * in any case, with any marks: "hello?", "hi is anyone there", "ok". False for null or blank.
   */
  boolean greetsOnly(String text) {
    if (text == null || presence.isEmpty() && greetings.isEmpty()) {
      return false;
    }
    int start = 0;
    while (start < text.length() && !Character.isLetterOrDigit(text.charAt(start))) {
      start++;
    }
    if (!opensWithAny(text, start, greetings) && !opensWithAny(text, start, presence)) {
      return false; // most summaries: decided without a copy
    }
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean letter = Character.isLetterOrDigit(c) || c == '\'' || c == '’';
      if (letter) {
        sb.append(Character.toLowerCase(c));
      } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
        sb.append(' ');
      }
    }
    String rest = sb.toString().strip();
    if (rest.isEmpty()) {
      return false;
    }
    boolean greeted = true;
    while (greeted && !rest.isEmpty()) {
      greeted = false;
      for (String g : greetings) {
        if (rest.equals(g) || rest.startsWith(g + " ")) {
          rest = rest.substring(g.length()).strip();
          greeted = true;
          break;
        }
      }
    }
    return rest.isEmpty() || presence.contains(rest);
  }

  private static boolean opensWithAny(String text, int at, List<String> words) {
    for (String w : words) {
      int end = at + w.length();
      if (text.regionMatches(true, at, w, 0, w.length()) && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
        return true; // a whole word: "yo", never the start of "you were charged"
      }
    }
    return false;
  }

  private String stripOne(String text) {
    String rest = withoutHandle(text);
    if (rest != text) {
      return rest;
    }
    rest = stripOne(text, thanks, thanksGoOn.isEmpty() ? Mark.REQUIRED : Mark.UNLESS_GOES_ON);
    if (rest == text) {
      rest = stripOne(text, greetings, Mark.OPTIONAL);
    }
    if (rest == text) {
      rest = stripOne(text, interjections, Mark.OPTIONAL);
    }
    return rest == text ? stripOne(text, pleas, Mark.OR_BEFORE) : rest;
  }

  /**
   * {@code text} without the handle it opens with ("@Telco_es sin internet desde el lunes" → "sin
   * internet desde el lunes"): a post opened by a handle addresses the brand, as a greeting does,
   * and the handle is never said back as part of the customer's problem. {@code text} itself when
   * it opens with no handle or is nothing else.
   */
  private static String withoutHandle(String text) {
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    if (start >= text.length() || text.charAt(start) != '@') {
      return text;
    }
    int end = start + 1;
    while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_'
        || text.charAt(end) == '.' && end + 1 < text.length() && Character.isLetterOrDigit(text.charAt(end + 1)))) {
      end++;
    }
    if (end == start + 1) {
      return text;
    }
    int rest = end;
    while (rest < text.length() && (Character.isWhitespace(text.charAt(rest)) || ",:;".indexOf(text.charAt(rest)) >= 0)) {
      rest++;
    }
    return rest >= text.length() || !Character.isLetterOrDigit(text.codePointAt(rest)) && text.charAt(rest) != '¿' && text.charAt(rest) != '¡' ? text : text.substring(rest);
  }

  /**
   * What must follow an opening word for it to be one: a mark, anything, a mark or a word of {@link
   * #pleaBefore}, or a mark or any word but one of {@link #thanksGoOn}.
   */
  private enum Mark { REQUIRED, OPTIONAL, OR_BEFORE, UNLESS_GOES_ON }

  private String stripOne(String text, List<String> openings, Mark need) {
    if (openings.isEmpty()) {
      return text;
    }
    int start = 0;
    while (start < text.length() && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == '¡')) {
      start++;
    }
    for (String t : openings) {
      int end = start + t.length();
      if (end <= text.length() && text.regionMatches(true, start, t, 0, t.length())
          && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
        int rest = end;
        boolean mark = false;
        while (rest < text.length() && (Character.isWhitespace(text.charAt(rest)) || ",.;:!¡?¿…".indexOf(text.charAt(rest)) >= 0)) {
          mark |= !Character.isWhitespace(text.charAt(rest));
          rest++;
        }
        if (!mark && rest < text.length() && (need == Mark.REQUIRED || need == Mark.OR_BEFORE && !opensWith(text, rest, pleaBefore)
            || need == Mark.UNLESS_GOES_ON && (opensWith(text, rest, thanksGoOn) || !Character.isLetterOrDigit(text.codePointAt(rest))))) {
          return text; // "gracias a la app…", "Bitte um Rückruf": an opening its sentence goes on from is part of it
        }
        return rest >= text.length() ? text : text.substring(rest);
      }
    }
    return text;
  }

  private static boolean opensWith(String text, int at, List<String> words) {
    for (String w : words) {
      int end = at + w.length();
      if (end <= text.length() && text.regionMatches(true, at, w, 0, w.length())
          && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
        return true;
      }
    }
    return false;
  }
}
