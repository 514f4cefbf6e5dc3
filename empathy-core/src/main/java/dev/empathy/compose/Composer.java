package dev.empathy.compose;

import static dev.empathy.InvalidInputException.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.ibm.icu.lang.UCharacter;
import dev.empathy.Emotion;
import dev.empathy.InvalidInputException;
import dev.empathy.Register;
import dev.empathy.phrase.BrandVoice;
import dev.empathy.phrase.ClauseKind;
import dev.empathy.phrase.Fit;
import dev.empathy.phrase.Moment;
import dev.empathy.phrase.Phrasebook;
import dev.empathy.text.UserText;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Assembles one {@link Reply} from semantic blocks. Obtain one from {@code Empathy.compose()}; a
 * composer is a short-lived, single-threaded builder (the {@code Empathy} it came from is the
 * shared, thread-safe part). Every setter validates at once and names the field it rejects.
 *
 * <pre>{@code
 * Reply reply = empathy.compose()
 *     .conversation("ticket-8812", 0)
 *     .customer("Dana Whitaker")
 *     .acknowledge(Emotion.FRUSTRATED, "the double charge on your card")
 *     .summary("you were charged twice for order 4471")
 *     .action("I’ve refunded the second charge of $42")
 *     .timeline(Timeline.businessDays(3))
 *     .followUp("I’ll email you as soon as the refund lands")
 *     .build();
 * }</pre>
 *
 * <p>Text you pass in is data: it is cleaned ({@link UserText#clean}) and inserted literally, so
 * braces, apostrophes and {@code {0}} come out as typed. Clauses placed mid-sentence lose trailing
 * full stops ("refund sent." becomes "refund sent") so the phrase's own punctuation is not
 * doubled.
 *
 * <p>Where the language has rules for it ({@code clauses_<language>.properties}; English today),
 * two common slips in agents' input are repaired visibly: a situation typed as a sentence ("my
 * package is lost") is left out of the acknowledgement, which then names the feeling only, and
 * becomes the summary when there is none, addressed to the customer ("your package is lost"); the
 * reply warns about it. An action or follow-up typed as a note without a subject ("Refunded the
 * second charge", "will email you tomorrow") gets one ("I refunded the second charge").
 */
public final class Composer {
  /** Phrase keys per emotion ("ack.frustrated", "ack.frustrated.general"), by ordinal, built once. */
  private static final String[] ACK_KEYS =
      Arrays.stream(Emotion.values()).map(e -> ("ack." + e.label()).intern()).toArray(String[]::new);

  private static final String[] GENERAL_ACK_KEYS =
      Arrays.stream(Emotion.values()).map(e -> ("ack." + e.label() + ".general").intern()).toArray(String[]::new);

  private final Phrasebook book;
  /** The language's rules for callers' clauses (English: sentences as situations, notes, "i"). */
  private final CallerClauses clauses;
  /** The language's tone data: moments named in the caller's words, lines that echo each other. */
  private final Tone tone;
  /** The language's markers of the other register ("te escribiré" in a formal Spanish reply). */
  private final RegisterMarkers markers;
  /** The spaces the language keeps unbroken in caller text ("18 h 40", "vol : départ"). */
  private final CallerTypography typography;

  /** What the reply never says back of the caller's words (laughter, sarcasm, text-speak). */
  private final CallerEcho echo;

  /**
   * The language's rules for the last phrasebook locale a composer was made for: a composer is
   * made per reply and its locale rarely changes, so the lookups by language are skipped.
   */
  private record Rules(com.ibm.icu.util.ULocale locale, CallerClauses clauses, Tone tone, RegisterMarkers markers,
      CallerTypography typography, CallerEcho echo) {}

  private static volatile Rules lastRules;
  private Clock clock;
  private final BrandVoice voice;
  private ReplyPolicy policy;

  private String conversationId = "";
  private int turn;
  private String customerName;
  /** True when the customer's name had control or invisible characters, read as spaces (a warning says so). */
  private boolean customerControls;
  private Emotion emotion;
  private String situation;
  private String ackSource;
  /** True when the analysed message's evidence was light-hearted (a laugh, a joke, a laughing emoji). */
  private boolean lightSignals;
  private String summary;
  private String confirmation;
  private String[] actions = NO_ACTIONS;
  private int actionCount;
  private Timeline timeline;
  private String followUp;
  private boolean boundary;
  private boolean closing = true;
  /** The agent answering, by name ({@link #agent}); null for the brand voice's name or the team's. */
  private String agentName;
  private boolean actionSlot;
  /** Warnings about the caller's words found while they were set (HTML character references decoded). */
  private List<String> inputWarnings;

  private Composer(Phrasebook book, Clock clock, ReplyPolicy policy, BrandVoice voice) {
    this.book = checkNotNull(book, "book");
    Rules rules = lastRules;
    if (rules == null || rules.locale != book.locale()) {
      rules = new Rules(book.locale(), CallerClauses.forLocale(book.locale()), Tone.forLocale(book.locale().toLocale()),
          RegisterMarkers.forLocale(book.locale().toLocale()), CallerTypography.forLocale(book.locale().toLocale()),
          CallerEcho.forLocale(book.locale().toLocale()));
      lastRules = rules;
    }
    this.clauses = rules.clauses.inRegister(book.addressRegister());
    this.tone = rules.tone;
    this.markers = rules.markers;
    this.typography = rules.typography;
    this.echo = rules.echo;
    this.clock = checkNotNull(clock, "clock");
    this.policy = checkNotNull(policy, "policy");
    this.voice = checkNotNull(voice, "voice");
  }

  /**
   * A composer over an explicit phrasebook and clock. Most callers use {@code Empathy.compose()}
   * instead, which supplies both.
   *
   * @param book the phrasebook to write with
   * @param clock the clock deadlines are computed from, in the customer's zone
   * @param policy which blocks the reply must have
   * @param voice the brand voice; {@link BrandVoice#none()} for none
   * @return a new composer for one reply; not thread-safe
   */
  public static Composer create(Phrasebook book, Clock clock, ReplyPolicy policy, BrandVoice voice) {
    return new Composer(book, clock, policy, voice);
  }

  /**
   * As {@link #create(Phrasebook, Clock, ReplyPolicy, BrandVoice)}, reporting how long {@link
   * #build()} takes to {@code observer} (what {@code Empathy.compose()} does when it has one).
   *
   * @param book the phrasebook to write with
   * @param clock the clock deadlines are computed from, in the customer's zone
   * @param policy which blocks the reply must have
   * @param voice the brand voice; {@link BrandVoice#none()} for none
   * @param observer told how long each {@link #build()} took
   * @return a new composer for one reply; not thread-safe
   */
  public static Composer create(
      Phrasebook book, Clock clock, ReplyPolicy policy, BrandVoice voice, dev.empathy.EmpathyObserver observer) {
    Composer c = new Composer(book, clock, policy, voice);
    c.observer = checkNotNull(observer, "observer");
    return c;
  }

  private dev.empathy.EmpathyObserver observer;

  /**
   * Sets the conversation and turn that pick phrase variants, so consecutive turns of one
   * conversation never repeat a phrase and the same inputs always give the same reply.
   *
   * @param conversationId the conversation's id, e.g. the ticket number; not blank
   * @param turn the agent's turn in the conversation, from 0
   * @return this composer
   * @throws InvalidInputException naming {@code conversationId} or {@code turn}
   */
  public Composer conversation(String conversationId, int turn) {
    if (conversationId == null) {
      throw InvalidInputException.forRule("conversationId", "must not be null");
    }
    if (turn < 0) {
      throw InvalidInputException.forRule("turn", "must be >= 0");
    }
    this.conversationId = UserText.clean(conversationId);
    this.turn = turn;
    return this;
  }

  /**
   * The customer's name; the greeting uses the first word ("Dana Whitaker" greets "Dana").
   *
   * @param name the customer's name as they gave it
   * @return this composer
   */
  public Composer customer(String name) {
    String spaced = controlsAsSpaces(name);
    this.customerName = UserText.require("customer", spaced);
    this.customerControls = spaced != name;
    return this;
  }

  /**
   * {@code name} with each run of control characters (NUL, a C1 control; not tab or line ends) or
   * invisible word separators (zero-width space U+200B, word joiner U+2060, U+FEFF, U+180E) read as
   * one space, as a database or form that joined "Dana" and "Whitaker" with one meant it, and each
   * soft hyphen (U+00AD, a hidden hyphenation point) taken out; the same string when it has none.
   * Either way the greeting never shows "DanaWhitaker", and a warning names what was read.
   */
  private static String controlsAsSpaces(String name) {
    if (name == null) {
      return null;
    }
    StringBuilder out = null;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)
          || c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u180E';
      boolean softHyphen = c == '\u00AD';
      if ((control || softHyphen) && out == null) {
        out = new StringBuilder(name.length()).append(name, 0, i);
      }
      if (out != null) {
        if (softHyphen) {
          continue;
        }
        if (!control) {
          out.append(c);
        } else if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
          out.append(' ');
        }
      }
    }
    return out == null ? name : out.toString();
  }

  /**
   * Acknowledges the customer's feeling and names the situation in their terms, as a noun phrase:
   * "the double charge on your card".
   *
   * @param emotion the feeling to acknowledge
   * @param situation what happened, as a noun phrase in the customer's terms
   * @return this composer
   */
  public Composer acknowledge(Emotion emotion, String situation) {
    this.emotion = requireEmotion(emotion);
    this.situation = decoded("situation", UserText.require("situation", situation));
    this.ackSource = "agent";
    this.lightSignals = false;
    return this;
  }

  /**
   * Acknowledges the feeling without naming a situation.
   *
   * @param emotion the feeling to acknowledge
   * @return this composer
   */
  public Composer acknowledge(Emotion emotion) {
    this.emotion = requireEmotion(emotion);
    this.situation = null;
    this.ackSource = "agent";
    this.lightSignals = false;
    return this;
  }

  /**
   * Acknowledges what {@code Empathy.analyze} heard, in the customer's terms: the suggested emotion
   * about {@code situation}, and a boundary block when the message attacked people, as {@link
   * #acknowledge(dev.empathy.signal.Signals)} does.
   *
   * <pre>{@code
   * Signals s = empathy.analyze("Third time I'm asking about the double charge!!!");
   * empathy.compose().acknowledge(s, "the double charge").action("I’ve refunded it").build();
   * }</pre>
   *
   * @param signals what {@code Empathy.analyze} heard in the customer's message
   * @param situation what happened, as a noun phrase in the customer's terms
   * @return this composer
   * @throws InvalidInputException naming {@code signals} when it is null, or {@code situation}
   *     when it is null or blank
   */
  public Composer acknowledge(dev.empathy.signal.Signals signals, String situation) {
    acknowledge(signals);
    this.situation = decoded("situation", UserText.require("situation", situation));
    return this;
  }

  /**
   * Acknowledges what {@code Empathy.analyze} heard: the suggested emotion, without a situation,
   * and a boundary block when the message attacked people. The block's {@code source} fact is
   * {@code "signals"}.
   *
   * <pre>{@code
   * Signals s = empathy.analyze("You lot are useless, third time I'm asking");
   * empathy.compose().acknowledge(s).action("I’ve reissued the refund").build();
   * }</pre>
   *
   * @param signals what {@code Empathy.analyze} heard in the customer's message
   * @return this composer
   * @throws InvalidInputException naming {@code signals} when it is null
   */
  public Composer acknowledge(dev.empathy.signal.Signals signals) {
    if (signals == null) {
      throw InvalidInputException.forRule("signals", "must not be null");
    }
    this.emotion = signals.suggestion().acknowledge();
    this.situation = null;
    this.ackSource = "signals";
    this.lightSignals = false;
    for (dev.empathy.signal.EmotionFinding f : signals.emotions()) {
      for (dev.empathy.signal.Evidence e : f.evidence()) {
        lightSignals |= tone.light(e.text());
      }
    }
    if (signals.suggestion().boundary()) {
      this.boundary = true;
    }
    return this;
  }

  /**
   * Reflects the problem back concretely: "you were charged twice for order 4471".
   *
   * @param summary the problem in one concrete clause, in the customer's language
   * @return this composer
   */
  public Composer summary(String summary) {
    this.summary = decoded("summary", UserText.require("summary", summary));
    return this;
  }

  /**
   * Adds a fast context check: {@code confirm("the order ending in 4471")}.
   *
   * @param detail the detail to confirm, as a noun phrase
   * @return this composer
   */
  public Composer confirm(String detail) {
    this.confirmation = decoded("confirm", UserText.require("confirm", detail));
    return this;
  }

  /**
   * Adds an action; the first one is framed as what can be done right now. A note opening with a
   * connector symbol ("&amp;amp; refunded the fee", "+ added free returns") is read without it, with a
   * warning.
   *
   * @param action what the agent did or will do, as a clause: "I’ve refunded the charge"
   * @return this composer
   * @throws dev.empathy.InvalidInputException naming {@code actions[i]} when the action is blank or
   *     has no letter or digit in any script ("..", "—"): {@code actions[0] must say what was done in
   *     words: ".." has no letter or digit}
   */
  public Composer action(String action) {
    if (actionCount >= 20) {
      throw InvalidInputException.forRule("actions", "must have at most 20 entries");
    }
    String cleaned = decoded("actions", UserText.require("actions", actionCount, action));
    if (!saysSomething(cleaned)) {
      // "Worth knowing: .." said nothing a customer can use: a note of punctuation, symbols or emoji
      // alone is a slip, refused like a blank one rather than framed as an action.
      throw InvalidInputException.forRule("actions[" + actionCount + "]", "must say what was done in words: \""
          + (cleaned.length() > 40 ? cleaned.substring(0, cleaned.offsetByCodePoints(0, cleaned.codePointCount(0, 40) - 1)) + "…" : cleaned)
          + "\" has no letter or digit");
    }
    cleaned = withoutLeadingConnector(actionCount, cleaned);
    if (actionCount == actions.length) {
      actions = Arrays.copyOf(actions, Math.max(2, actionCount * 2));
    }
    actions[actionCount++] = cleaned;
    return this;
  }

  /**
   * Adds several actions in order.
   *
   * @param more the actions, in order
   * @return this composer
   */
  public Composer actions(List<String> more) {
    if (more == null) {
      throw InvalidInputException.forRule("actions", "must not be null");
    }
    more.forEach(this::action);
    return this;
  }

  /**
   * Puts a clearly marked slot where the action goes, for previews in which the agent has not yet
   * said what they will do. The library never invents a resolution. A slot satisfies the policy's
   * action requirement only in a preview: the reply carries a warning.
   *
   * @return this composer
   */
  public Composer actionSlot() {
    this.actionSlot = true;
    return this;
  }

  /**
   * Commits to a concrete when and owner.
   *
   * @param timeline when, and who owns it
   * @return this composer
   */
  public Composer timeline(Timeline timeline) {
    if (timeline == null) {
      throw InvalidInputException.forRule("timeline", "must not be null");
    }
    this.timeline = timeline;
    return this;
  }

  /**
   * Promises the next contact: "I’ll email you as soon as the refund lands".
   *
   * @param followUp the next contact, as a clause
   * @return this composer
   */
  public Composer followUp(String followUp) {
    this.followUp = decoded("followUp", UserText.require("followUp", followUp));
    return this;
  }

  /**
   * Adds a respectful boundary, for messages that attack the agent.
   *
   * @return this composer
   */
  public Composer boundary() {
    this.boundary = true;
    return this;
  }

  /**
   * The agent who answers, by name. The sign-off is signed with it (in place of the brand voice's
   * agent or the team), and on a conversation's first turn the greeting block carries an
   * introduction in the reply's language as its {@code introduction} fact, for a channel that shows
   * no signature (chat shows it after the greeting; a letter is signed instead, so the name is said
   * once).
   *
   * <pre>{@code
   * Reply r = empathy.compose().customer("Dana").agent("Sam")
   *     .acknowledge(Emotion.FRUSTRATED, "the double charge").action("I’ve refunded it").build();
   * r.block(BlockKind.SIGN_OFF).flatMap(b -> b.fact("signature"));       // Optional[Sam]
   * r.block(BlockKind.GREETING).flatMap(b -> b.fact("introduction"));    // "I’m Sam, and I’ll …"
   * }</pre>
   *
   * @param name the agent's name as people call them, one line, at most 80 characters
   * @return this composer
   * @throws InvalidInputException naming {@code agentName} when it is blank, breaks a line, holds a
   *     control character or is too long
   */
  public Composer agent(String name) {
    this.agentName = BrandVoice.builder().agentName(name).build().agentName().orElseThrow();
    return this;
  }

  /**
   * Whether to end with a closing line and sign-off (default true).
   *
   * @param include false to leave out the closing line and sign-off
   * @return this composer
   */
  public Composer closing(boolean include) {
    this.closing = include;
    return this;
  }

  /**
   * Writes this reply's dates and clock times in the customer's time zone {@code zone}: the same
   * instant as the instance's clock, seen from {@code zone}. One {@code Empathy} serves customers in
   * every zone this way; nothing is rebuilt.
   *
   * <pre>{@code
   * Reply r = empathy.compose().zone(ZoneId.of("Asia/Tokyo")).action("I’ve sent the label")
   *     .timeline(Timeline.businessDays(2)).build();   // "by Friday" as Tokyo's calendar has it
   * }</pre>
   *
   * @param zone the customer's time zone
   * @return this composer
   */
  public Composer zone(ZoneId zone) {
    this.clock = clock.withZone(checkNotNull(zone, "zone"));
    return this;
  }

  /**
   * Uses {@code policy} for this reply instead of the instance's.
   *
   * @param policy the policy for this reply
   * @return this composer
   */
  public Composer policy(ReplyPolicy policy) {
    this.policy = checkNotNull(policy, "policy");
    return this;
  }

  /**
   * Validates against the policy and builds the reply.
   *
   * @return the immutable reply
   * @throws InvalidInputException naming {@code acknowledgement}, {@code actions} or {@code
   *     timeline} when the policy requires what is missing, or {@code timeline.by} when the date
   *     is in the past
   */
  public Reply build() {
    if (observer == null) {
      return compose();
    }
    long start = System.nanoTime();
    boolean failed = true;
    try {
      Reply reply = compose();
      failed = false;
      return reply;
    } finally {
      observer.timed(
          dev.empathy.EmpathyObserver.Operation.COMPOSE, book.locale().toLocale(), System.nanoTime() - start, failed);
    }
  }

  /**
   * A visible warning, naming the field, for each caller text that addresses the customer in the
   * other register ("te escribiré" in a formal Spanish reply): the words are the agent's and are
   * kept, but a support lead wants to know before the reply goes out.
   */
  /**
   * Caller texts rewritten into the reply's register while a reply is composed: each typed text
   * (compared by identity) followed by its rewrite; null when there is none.
   */
  private List<String> inRegister;

  /** Records {@code said} as the reply's words for the caller's {@code text} (compared by identity). */
  private void rewritten(String text, String said) {
    if (inRegister == null) {
      inRegister = new ArrayList<>(4);
    }
    inRegister.add(text);
    inRegister.add(said);
  }

  /** The index in {@link #inRegister} of {@code text}'s rewrite, or -1 when it has none yet. */
  private int rewriteOf(String text) {
    if (inRegister != null) {
      for (int i = 0; i < inRegister.size(); i += 2) {
        if (inRegister.get(i) == text) {
          return i + 1;
        }
      }
    }
    return -1;
  }

  private List<String> registerWarnings(List<String> warnings) {
    inRegister = null;
    if (book.register() == Register.INFORMAL && book.addressRegister() != Register.INFORMAL) {
      // pt-PT informal (meta.addressRegister = formal): said, so a caller who asked for "tu" knows why it is absent.
      warnings = warnings == null ? new ArrayList<>(2) : warnings;
      warnings.add("register: informal " + book.locale().toLanguageTag() + " replies never say \"tu\": warmer greetings and"
          + " closings, the customer addressed by the verb alone, as in the formal register (their own words said back so too)");
    }
    OwnPerson person = OwnPerson.forLocale(book.locale().toLocale());
    // "vous m’avez prélevé…" speaks to us: its "vous" is the company, said from our side (OwnPerson.towardUs).
    warnings = registerWarning(warnings, markers, "situation",
        person.speaksToUs(situation, book.addressRegister(), clauses) ? null : situation, true);
    warnings = registerWarning(warnings, markers, "summary",
        person.speaksToUs(summary, book.addressRegister(), clauses) ? null : summary, false);
    warnings = registerWarning(warnings, markers, "confirm", confirmation, true);
    for (int i = 0; i < actionCount; i++) {
      warnings = registerWarning(warnings, markers, "actions", i, actions[i], false);
      warnings = foreignNote(warnings, "actions[" + i + "]", actions[i]);
      warnings = noteNouns(warnings, "actions[" + i + "]", actions[i]);
      warnings = notePassive(warnings, "actions[" + i + "]", actions[i]);
      warnings = noteAccents(warnings, "actions[" + i + "]", actions[i]);
    }
    warnings = registerWarning(warnings, markers, "followUp", followUp, false);
    warnings = foreignNote(warnings, "followUp", followUp);
    return noteAccents(warnings, "followUp", followUp);
  }

  /**
   * {@code warnings} with one naming {@code field} when its note, as the reply says it so far, has
   * words typed without their accents ("he hecho la devolucion del envio", "agendei o tecnico"): the
   * reply writes them whole (OwnPerson.accentedNote; repaired() reads it), and says so.
   */
  private List<String> noteAccents(List<String> warnings, String field, String text) {
    if (text == null) {
      return warnings;
    }
    int at = rewriteOf(text);
    String said = at < 0 ? text : inRegister.get(at);
    String accented = OwnPerson.forLocale(book.locale().toLocale()).accentedNote(said);
    if (accented == said) {
      return warnings;
    }
    if (at >= 0) {
      inRegister.set(at, accented);
    } else {
      rewritten(text, accented);
    }
    List<String> out = warnings == null ? new ArrayList<>(1) : warnings;
    out.add(field + ": words typed without their accents are written with them (\"" + accented + "\")");
    return out;
  }

  /**
   * {@code warnings} with one naming {@code field} when its note is in English in a reply in
   * another language ("refund issued" for a Spanish customer): a note the language's data knows
   * ({@link ForeignNotes}) is said in the reply's language (repaired() reads it), any other is quoted
   * as typed. Either way the reply says so: never a silent reply in two languages.
   */
  private List<String> foreignNote(List<String> warnings, String field, String text) {
    if (text == null || book.locale().toLocale().getLanguage().equals("en")) {
      return warnings;
    }
    Locale language = book.locale().toLocale();
    OwnPerson person = OwnPerson.forLocale(language);
    String said = ForeignNotes.forLocale(language).said(text, book.addressRegister(), book::andList);
    if (said != null) {
      rewritten(text, said);
      List<String> out = warnings == null ? new ArrayList<>(1) : warnings;
      out.add(field + ": \"" + text + (ForeignNotes.forLocale(language).ownShorthand(text) ? "\" is note shorthand" : "\" is an English note")
          + " in a reply in " + language.getLanguage() + "; the reply says \"" + said + "\"");
      return out;
    }
    if (!person.inOtherLanguage(text)) {
      return warnings;
    }
    // "tech visit rebooked Thu 8-12" in a Spanish reply: quoted as the agent typed it, never read as
    // a sentence of the reply's language.
    String quoted = person.quoted(text);
    rewritten(text, quoted);
    List<String> out = warnings == null ? new ArrayList<>(1) : warnings;
    out.add(field + ": \"" + text + "\" reads as another language than the reply's (" + language.getLanguage()
        + ") and is quoted as written (" + quoted + "); write it in the reply's language");
    return out;
  }

  /**
   * The kind of clause a summary says: its words' as said, or, for a language that quotes every
   * summary as the customer's words (Japanese), the kind of the words inside the quotation marks
   * ("返金してほしい" asks something of us, "いつ届きますか？" asks a question), information when no
   * ending tells: a quoted 「…」 is never a request the customer did not make.
   */
  private ClauseKind summaryKind(String said, String told, OwnPerson person) {
    if (!person.quotesSummaries() || told == null) {
      return clauses.kind(words(said));
    }
    ClauseKind kind = clauses.kind(words(told));
    return kind == null ? ClauseKind.INFORMATION : kind;
  }

  /**
   * {@code warnings} with one naming {@code field} when its note names a thing and then what was
   * done to it, participle last ("Doppelte Abbuchung erstattet"): the reply says it as a sentence
   * ("Die doppelte Abbuchung wurde erstattet"; NotePassive, repaired() reads it), and says so.
   */
  private List<String> notePassive(List<String> warnings, String field, String text) {
    NotePassive passive = NotePassive.forLocale(book.locale().toLocale());
    if (text == null) {
      return warnings;
    }
    int at = rewriteOf(text);
    String typed = at < 0 ? text : inRegister.get(at);
    // "Kuendigung gefunden": the thing is read with its umlauts ("Kündigung"), as the reply writes it.
    String said = passive.said(OwnPerson.forLocale(book.locale().toLocale()).accentedNote(typed), book.register());
    if (said == null && at < 0) {
      // "baja tramitada", "troca aprovada": the participle after the thing, agreeing with it (NoteDone).
      said = NoteDone.forLocale(book.locale().toLocale()).said(typed);
    }
    if (said == null && at < 0) {
      // "返金済み 4,500円", "配送業者に確認中": a status word after what was done (NoteStatus).
      said = NoteStatus.forLocale(book.locale().toLocale()).said(typed, book.addressRegister());
    }
    if (said == null && at < 0) {
      // "reintegro de la diferencia en 48h": the noun of what we do, said as what we do (NoteAction).
      said = NoteAction.forLocale(book.locale().toLocale()).said(typed, book.addressRegister());
    }
    if (said == null) {
      return warnings;
    }
    if (at >= 0) {
      inRegister.set(at, said);
    } else {
      rewritten(text, said);
    }
    List<String> out = warnings == null ? new ArrayList<>(1) : warnings;
    out.add(field + ": a note naming a thing and what was done to it is said as a sentence (\"" + said + "\")");
    return out;
  }

  /**
   * {@code warnings} with one naming {@code field} when its note, in the reply's language, has
   * nouns typed in lower case ("Neues geschenk ist unterwegs", "keine gebühren"): the reply writes
   * them with their capital (NounCapitals; repaired() reads it), and says so.
   */
  private List<String> noteNouns(List<String> warnings, String field, String text) {
    NounCapitals nouns = NounCapitals.forLocale(book.locale().toLocale());
    if (text == null || !nouns.capitalises()) {
      return warnings;
    }
    int at = rewriteOf(text);
    // A note the reply already says in its own words (an English note said by ForeignNotes, a
    // register rewrite) is written whole: "in 3 bis 5 Werktagen" is no count before a noun.
    if (at >= 0 || !OwnPerson.forLocale(book.locale().toLocale()).inLanguage(text)) {
      return warnings;
    }
    // "Techniker fuer Dienstag gebucht": umlauts typed as two letters are read written whole, so
    // "fuer" is the preposition "für", never a noun to capitalise.
    String typed = OwnPerson.forLocale(book.locale().toLocale()).accentedNote(text);
    String capped = nouns.capitalisedNote(typed);
    if (capped == typed) {
      return warnings;
    }
    rewritten(text, capped);
    List<String> out = warnings == null ? new ArrayList<>(1) : warnings;
    out.add(field + ": nouns typed in lower case are written with their capital (\"" + capped + "\")");
    return out;
  }

  private List<String> registerWarning(
      List<String> warnings, RegisterMarkers markers, String field, String text, boolean nounPhrase) {
    return registerWarning(warnings, markers, field, -1, text, nounPhrase);
  }

  /** As above for element {@code index} of a list field ("actions[1]"), or the field itself for -1. */
  private List<String> registerWarning(
      List<String> warnings, RegisterMarkers markers, String list, int index, String text, boolean nounPhrase) {
    String found = markers.otherRegister(text, book.register(), nounPhrase);
    if (found == null) {
      return warnings;
    }
    String field = index < 0 ? list : list + "[" + index + "]";
    List<String> out = warnings == null ? new ArrayList<>(1) : warnings;
    Register reply = book.register();
    // Only a text in the reply's language: "te escribiré" pasted into a Portuguese reply is not "lhe escribiré".
    String rewritten = OwnPerson.forLocale(book.locale().toLocale()).inLanguage(text) ? markers.rewrite(text, reply) : null;
    if (rewritten != null) {
      // "te he enviado" in a formal reply is "le he enviado": the register's data knows every
      // word of it, so the reply says it in its own register (repaired() reads it), and says so.
      rewritten(text, rewritten);
      out.add(field + ": \"" + found + "\" addresses the customer " + (reply == Register.FORMAL ? "informally" : "formally")
          + (reply == Register.FORMAL ? " in a formal" : " in an informal") + " reply; the reply says \"" + rewritten + "\"");
      return out;
    }
    out.add(field + ": \"" + found + "\" addresses the customer " + (reply == Register.FORMAL ? "informally" : "formally")
        + (reply == Register.FORMAL ? " in a formal" : " in an informal")
        + " reply; the text is kept as written, reword it to match");
    return out;
  }

  /**
   * {@code warnings} with one naming {@code field} when its text speaks as the customer ("je
   * n’ai pas reçu…", "ich warte…") and {@link OwnPerson} could not turn it with certainty: the
   * text is kept as typed, and a support lead should reword it before it goes out.
   */
  private static List<String> untold(List<String> warnings, OwnPerson person, String field, String text, String turned) {
    String subject = turned == null ? person.firstPersonIn(text) : null;
    if (subject == null) {
      return warnings;
    }
    List<String> out = warnings == null ? new ArrayList<>(1) : warnings;
    out.add(field + ": \"" + subject + "\" speaks in the customer's own person and could not be said back in the reply's with certainty"
        + " (a verb the language's data does not know, or words addressed to us); "
        + (field.equals("summary") ? "the reply quotes it as the customer's words (" + person.quoted(text) + ")"
            : "the text is kept as written, reword it in the reply's voice"));
    return out;
  }

  /**
   * The words of the caller's texts read so far in this reply, per thread ({@link ClauseWords}):
   * each text is scanned and looked up once for every check. Set while a reply is composed.
   */
  private ClauseWords.Cache read;

  /** The words of {@code text}, read once per reply. */
  private ClauseWords words(String text) {
    return read.of(text, clauses);
  }

  private Reply compose() {
    read = ClauseWords.Cache.forThread();
    read.clear();
    try {
      return write();
    } finally {
      read.clear();
      read = null;
    }
  }

  /**
   * {@code text} with the HTML character references a web form left decoded ("&amp;amp;" → "&amp;",
   * "&amp;gt;" → "&gt;") and text-speak written out ("u" → "you"), each with a warning naming the
   * field (a list's name, "actions", for any of its items); a reply never shows "&amp;amp;" or
   * "rebooked u".
   */
  private String decoded(String field, String text) {
    String d = CallerEcho.decoded(text);
    String words = echo.spelledOut(d);
    if (words != d) {
      String w = field + ": text-speak written out as words (\"" + words + "\")";
      inputWarnings = inputWarnings == null ? new ArrayList<>(1) : inputWarnings;
      if (!inputWarnings.contains(w)) {
        inputWarnings.add(w);
      }
    }
    if (d != text) {
      String w = field + ": HTML character references read as the characters they stand for (\"" + d + "\")";
      inputWarnings = inputWarnings == null ? new ArrayList<>(1) : inputWarnings;
      if (!inputWarnings.contains(w)) {
        inputWarnings.add(w);
      }
    }
    return words;
  }

  /**
   * {@code warnings} with one saying the situation's emoji are not said back ("your parcel 📦",
   * "your upgrade 🎉"), when it ends with any.
   */
  private static List<String> emojiWarning(List<String> warnings, String situation) {
    String unemoji = CallerEcho.withoutClosingEmoji(situation);
    if (unemoji == situation) {
      return warnings;
    }
    List<String> w = warnings == null ? new ArrayList<>(1) : warnings;
    w.add("situation: emoji are not said back; the reply names it as \"" + unemoji + "\""
        + (unemoji.isEmpty() ? " (nothing left: the acknowledgement names the feeling only)" : ""));
    return w;
  }

  /**
   * {@code warnings} with one saying the summary's closing emoji are not said back ("…for 3 days
   * 🙃"), when it ends a clause with any.
   */
  private static List<String> summaryEmojiWarning(List<String> warnings, String summary) {
    String plain = CallerEcho.withoutClosingEmoji(summary);
    if (plain == summary) {
      return warnings;
    }
    List<String> w = warnings == null ? new ArrayList<>(1) : warnings;
    w.add("summary: emoji are not said back; the reply says " + (plain.isEmpty() ? "no summary" : "\"" + plain + "\""));
    return w;
  }

  /** True when {@code text} holds a letter or a digit in any script. */
  private static boolean saysSomething(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /**
   * A note opening with a connector symbol ("&amp; refunded the fee", "+ added free returns", left
   * by an agent's list or a web form's "&amp;amp;") read without it: the action list already joins
   * the actions, and "&amp; I’ve refunded" reads as a fragment. A warning names the item.
   */
  private String withoutLeadingConnector(int index, String text) {
    int i = 0;
    while (i < text.length() && (text.charAt(i) == '&' || text.charAt(i) == '+')) {
      i++;
    }
    if (i == 0 || i >= text.length() || !Character.isWhitespace(text.charAt(i))) {
      return text;
    }
    String rest = text.substring(i).strip();
    if (!saysSomething(rest)) {
      return text;
    }
    String w = "actions[" + index + "]: a note opening with \"" + text.substring(0, i)
        + "\" is read without it (\"" + rest + "\")";
    inputWarnings = inputWarnings == null ? new ArrayList<>(1) : inputWarnings;
    inputWarnings.add(w);
    return rest;
  }

  /**
   * The warning for a summary that is an agent's note about the customer ("cust reports no power
   * since 7am"): the reply has no summary rather than telling the customer about "the customer".
   */
  private static List<String> aboutCustomerWarning(List<String> warnings, String summary) {
    List<String> w = warnings == null ? new ArrayList<>(1) : warnings;
    w.add("summary: \"" + summary.strip() + "\" speaks of the customer in the third person (an agent's note); the reply has no summary");
    return w;
  }

  private static List<String> thanksWarning(List<String> warnings, String summary, String told) {
    List<String> w = warnings == null ? new ArrayList<>(1) : warnings;
    w.add("summary: \"" + summary.substring(0, summary.length() - told.length()).strip()
        + "\" thanks us, greets us or pleads with us; the summary says what the customer told without it");
    return w;
  }

  private Reply write() {
    if (policy.requireAcknowledgement() && emotion == null) {
      throw new InvalidInputException(
          "acknowledgement", "acknowledgement is required: name the customer's feeling (emotion)");
    }
    Fit mood = moments(Fit.of(emotion));
    int safety = clauses.safetyAction(actions, actionCount);
    if (safety >= 0) {
      mood = mood.with(Moment.SAFETY);
    }
    boolean thanked = emotion == Emotion.GRATEFUL || mood.has(Moment.LIGHT);
    if (actionCount < policy.minActions() && !actionSlot && (policy.requireActionsWhenThanked() || !thanked)) {
      throw new InvalidInputException(
          "actions",
          "actions must have at least "
              + policy.minActions()
              + (policy.minActions() == 1 ? " entry" : " entries")
              + ": say what you can do right now");
    }
    if (policy.requireTimeline() && timeline == null) {
      throw new InvalidInputException("timeline", "timeline is required by the reply policy");
    }
    // The whole reply is written as pieces into one ReplyText and joined once; each block is a
    // range of that text, so the reply's text is allocated once (see the compose benchmark).
    int seed = conversationId.isEmpty() ? contentSeed() : Phrasebook.seed(conversationId);
    ReplyText out = new ReplyText(book.sentenceSeparator(), blockCount());
    Args args = new Args();
    List<String> warnings = null;
    if (book.fallbackWarning().isPresent()) {
      warnings = new ArrayList<>(2);
      warnings.add(book.fallbackWarning().get());
    }
    warnings = registerWarnings(warnings);
    if (inputWarnings != null) {
      warnings = warnings == null ? new ArrayList<>(inputWarnings.size()) : warnings;
      warnings.addAll(inputWarnings);
    }
    // A situation typed as a sentence ("my package is lost") cannot stand where the phrases put a
    // noun phrase ("I’m sorry about …"): the acknowledgement names the feeling only, and when there
    // is no summary the sentence becomes one, addressed to the customer ("your package is lost").
    String ackSituation = situation;
    if (situation != null) {
      // Laughter, sarcasm and scare quotes are not said back ("your so-called customer service");
      // a verdict on us ("the worst service ever") is never restated at all.
      String plain = echo.plain(situation);
      String civil = echo.civil(situation);
      if (civil != situation && !civil.isEmpty()) {
        // "la app de mierda": the thing is named without the insult ("la app").
        ackSituation = civil;
        warnings = warnings == null ? new ArrayList<>(1) : warnings;
        warnings.add("situation: reads as a judgement of us; the insult is never said back and the reply names it as \"" + civil + "\"");
      } else if (echo.judges(situation)) {
        ackSituation = null;
        warnings = warnings == null ? new ArrayList<>(1) : warnings;
        warnings.add("situation: reads as a judgement of us, not a situation; the acknowledgement names the feeling only and it is not restated");
      } else if (plain != situation) {
        ackSituation = plain.isBlank() ? null : plain;
        warnings = warnings == null ? new ArrayList<>(1) : warnings;
        warnings.add("situation: laughter, sarcasm or scare quotes are not said back; the reply names it as \"" + plain + "\""
            + (plain.isBlank() ? " (nothing left: the acknowledgement names the feeling only)" : ""));
      }
    }
    if (ackSituation != null) {
      // "graciass!! ya me funciona el wifi", "che, me debitaron dos veces", "vlw demais pela ajuda":
      // a situation copied from the message is said back without the thanks, greeting or
      // interjection it opens with (LeadingThanks, data per language), as a summary is; one that
      // only thanks us is answered by the acknowledgement, never said back as if we thanked ourselves.
      warnings = emojiWarning(warnings, ackSituation);
      ackSituation = CallerEcho.withoutClosingEmoji(ackSituation);
      ackSituation = ackSituation.isEmpty() ? null : ackSituation;
    }
    if (ackSituation != null) {
      String settled = CallerEcho.settledMarks(ackSituation);
      if (settled != ackSituation) {
        // "me debitaron dos veces?? tengo miedo": the customer's run of marks is said in our punctuation.
        warnings = warnings == null ? new ArrayList<>(1) : warnings;
        warnings.add("situation: a run of '!' or '?' inside it is said as a comma or a full stop (\"" + settled + "\")");
        ackSituation = settled;
      }
      LeadingThanks situationOpening = LeadingThanks.forLocale(book.locale().toLocale());
      if (situationOpening.thanksOnly(ackSituation) && safety < 0) {
        warnings = warnings == null ? new ArrayList<>(1) : warnings;
        warnings.add("situation: \"" + ackSituation.strip() + "\" only thanks us; the acknowledgement answers it and it is not said back");
        ackSituation = null;
      } else {
        String told = situationOpening.strip(ackSituation);
        if (told != ackSituation) {
          warnings = warnings == null ? new ArrayList<>(1) : warnings;
          warnings.add("situation: \"" + ackSituation.substring(0, ackSituation.length() - told.length()).strip()
              + "\" thanks us, greets us or calls out to us; the reply says what the customer told without it");
          ackSituation = told;
        }
      }
    }
    OwnPerson person = OwnPerson.forLocale(book.locale().toLocale());
    if (ackSituation != null && person.inLanguage(ackSituation)) {
      // "el tecnico", "a racao": a word typed without its accent is written whole (OwnPerson, data per language).
      String accented = person.restored(ackSituation);
      if (accented != ackSituation) {
        ackSituation = accented;
        warnings = warnings == null ? new ArrayList<>(1) : warnings;
        warnings.add("situation: words typed without their accents are written with them (\"" + accented + "\")");
      }
    }
    if (ackSituation != null && person.inOtherLanguage(ackSituation)) {
      // "the refund" typed in a Spanish request: never "por the refund", a sentence in two languages.
      warnings = warnings == null ? new ArrayList<>(1) : warnings;
      warnings.add("situation: \"" + ackSituation + "\" reads as another language than the reply's ("
          + book.locale().toLocale().getLanguage() + "); the acknowledgement names the feeling only");
      ackSituation = null;
    }
    // "la resiliation", "der anschluss meiner oma": typed without an accent, said whole as the
    // summary is (OwnPerson.restored, data per language).
    ackSituation = person.restored(ackSituation);
    if (ackSituation != null && !shouted(ackSituation)) {
      // "my ORDER never CAME": the emphasis is the customer's, never shouted back at them.
      String calm = echo.calmed(ackSituation);
      if (calm != ackSituation) {
        ackSituation = calm;
        warnings = warnings == null ? new ArrayList<>(1) : warnings;
        warnings.add("situation: words typed in capitals for emphasis; the reply writes them in lower case (\"" + calm + "\")");
      }
    }
    String typed = ackSituation;
    if (ackSituation != null && shouted(ackSituation)) {
      // "THE BROKEN DISHWASHER" copied from an angry message is not shouted back at the customer.
      ackSituation = ackSituation.toLowerCase(book.locale().toLocale());
      warnings = warnings == null ? new ArrayList<>(1) : warnings;
      warnings.add("situation: written in capitals; the reply writes it in lower case (\"" + ackSituation + "\")");
    }
    // A summary copied from the customer's message ("my router drops every hour") is restated in
    // our voice ("your router drops every hour"); one in the agent's words is kept as typed.
    // "no recibí el pedido" is said back as "no recibiste el pedido" (OwnPerson, data per language).
    // "gracias!! ya me llegó todo", "Bitte ich brauche Hilfe" are not said back with their thanks,
    // greeting or plea (LeadingThanks, data per language).
    LeadingThanks opening = LeadingThanks.forLocale(book.locale().toLocale());
    boolean briefQuestion = false;
    boolean laterFragment = false; // a later turn's fragment is answered: no situation is said back in its place
    String summaryTold = opening.strip(summary);
    if (opening.greetsOnly(summary)) {
      // "hello?", "hi is anyone there": nothing to say back; the reply answers, it does not recap.
      summaryTold = null;
      warnings = warnings == null ? new ArrayList<>(1) : warnings;
      warnings.add("summary: \"" + summary.strip() + "\" only greets us or checks we are there; the reply has no summary");
    } else if (opening.thanksOnly(summary) && !boundary && safety < 0) {
      // "merci pour ton aide !! 🙏", "vielen Dank für die rasche Erledigung": said back, the agent
      // would thank themselves; the acknowledgement answers the thanks and no summary repeats it.
      summaryTold = null;
      warnings = warnings == null ? new ArrayList<>(1) : warnings;
      warnings.add("summary: \"" + summary.strip() + "\" only thanks us; the acknowledgement answers it and the reply has no summary");
    } else if (mood.has(Moment.LATER) && !boundary && safety < 0
        && (opening.shortLaterTurn(summary) && !clauses.opensWithSubject(summary) || opening.pointsBack(summary))) {
      // "still not in my account" on a second turn: a fragment of a case that is known; the reply
      // moves it on. A sentence with its subject ("the parcel is lost") is still said back, unless
      // its subject points back to the case ("this still isnt here", "that didnt fix it").
      summaryTold = null;
      laterFragment = true;
      warnings = warnings == null ? new ArrayList<>(1) : warnings;
      warnings.add("summary: \"" + summary.strip() + "\" is a short fragment on a later turn; the reply answers it and moves the case on instead of saying it back");
    } else if (opening.aboutCustomer(summary)) {
      summaryTold = null;
      warnings = aboutCustomerWarning(warnings, summary);
    } else if ((turn == 0 && opening.shortQuestion(opening.withoutNudge(summary)) || opening.asksNote(summary)) && !boundary && safety < 0 && !mood.has(Moment.LOSS)) {
      // "where is my order??": a short question is answered, not recapped, and opened as a person
      // would ("Happy to help with your order"), never "Nobody wants to deal with your order".
      // So is the agent's note of one, on any turn ("demande si les lunettes sont prêtes",
      // "fragt nach dem Stand"): said back it speaks of the customer in the third person.
      summaryTold = null;
      briefQuestion = true;
      warnings = warnings == null ? new ArrayList<>(1) : warnings;
      warnings.add("summary: \"" + summary.strip() + "\" is a short question (or the agent's note of one); the reply answers it with its actions and opens plainly instead of saying it back");
    } else if (summaryTold != summary) {
      warnings = thanksWarning(warnings, summary, summaryTold);
    }
    String unnudged = opening.withoutNudge(summaryTold);
    if (unnudged != summaryTold) {
      // "…still no refund. hello?": the nudge at the end is no question and nothing to say back.
      warnings = warnings == null ? new ArrayList<>(1) : warnings;
      warnings.add("summary: \"" + summaryTold.substring(unnudged.length()).replaceAll("^[\\s.,;…!?]+", "")
          + "\" at the end only checks we are there or thanks us; the summary says what the customer told without it");
      summaryTold = unnudged;
    }
    // "ihr habt mir 2x abgebucht!!! das ist betrug": a verdict on us at the end is not said back,
    // as if it were ours (CallerEcho, echo.judgement per language); what happened is.
    String unjudged = echo.withoutJudgingEnd(summaryTold);
    if (unjudged != summaryTold) {
      warnings = warnings == null ? new ArrayList<>(1) : warnings;
      warnings.add("summary: \"" + summaryTold.substring(unjudged.length()).replaceFirst("^[\\s,;:–—-]+", "").strip()
          + "\" judges us; the summary says what happened without it");
      summaryTold = unjudged;
    }
    // "se llevó mi pedido 😡": where the language's data says so, an emoji is not said back as ours.
    String bareSummary = summaryTold == null ? null : echo.withoutEmoji(summaryTold);
    if (bareSummary != summaryTold) {
      warnings = warnings == null ? new ArrayList<>(1) : warnings;
      warnings.add("summary: an emoji is not said back; the reply says \"" + bareSummary + "\"");
      summaryTold = bareSummary.isBlank() ? null : bareSummary;
    }
    String civilSummary = echo.civil(summaryTold);
    if (civilSummary != summaryTold) {
      // "la app de mierda se cierra", "…, sois unos inútiles": an insult is never said back.
      warnings = warnings == null ? new ArrayList<>(1) : warnings;
      warnings.add("summary: an insult or a verdict on us is never said back; the reply says "
          + (civilSummary.isEmpty() ? "no summary" : "\"" + civilSummary + "\""));
      summaryTold = civilSummary.isEmpty() ? null : civilSummary;
    }
    // "parcel stuck 'out for delivery' for 3 days 🙃": the customer's emoji are not ours to say back.
    warnings = summaryEmojiWarning(warnings, summaryTold);
    summaryTold = CallerEcho.withoutClosingEmoji(summaryTold);
    summaryTold = summaryTold == null || summaryTold.isEmpty() ? null : summaryTold;
    String settledSummary = CallerEcho.settledMarks(summaryTold);
    if (settledSummary != summaryTold) {
      warnings = warnings == null ? new ArrayList<>(1) : warnings;
      warnings.add("summary: a run of '!' or '?' inside it is said as a comma or a full stop (\"" + settledSummary + "\")");
      summaryTold = settledSummary;
    }
    // "pague dos veces", "on ma facturé", "nadie aviso": typed without an accent or apostrophe, said back whole (OwnPerson, data per language).
    String restored = person.restored(summaryTold);
    if (restored != summaryTold) {
      summaryTold = restored;
      warnings = warnings == null ? new ArrayList<>(1) : warnings;
      warnings.add("summary: words typed without their accents are written with them (\"" + restored + "\")");
    }
    // "JE N'AI TOUJOURS PAS MON REMBOURSEMENT" is said back turned and not shouted, as a situation is.
    if (summaryTold != null && !shouted(summaryTold)) {
      String calm = echo.calmed(summaryTold);
      if (calm != summaryTold) {
        summaryTold = calm;
        warnings = warnings == null ? new ArrayList<>(1) : warnings;
        warnings.add("summary: words typed in capitals for emphasis; the reply writes them in lower case (\"" + calm + "\")");
      }
    }
    String shoutedSummary = summaryTold != null && shouted(summaryTold) ? summaryTold.toLowerCase(book.locale().toLocale()) : null;
    String turnedSummary = summaryTold == null ? null
        : person.turn(shoutedSummary != null ? shoutedSummary : summaryTold, book.addressRegister(), clauses);
    // Japanese turns no person but quotes every summary: the lower-cased text it quotes is named too.
    if (shoutedSummary != null && (turnedSummary != null || person.quotesSummaries())) {
      warnings = warnings == null ? new ArrayList<>(1) : warnings;
      warnings.add("summary: written in capitals; the reply writes it in lower case (\""
          + (turnedSummary != null ? turnedSummary : shoutedSummary) + "\")");
    }
    int warned = warnings == null ? 0 : warnings.size();
    warnings = untold(warnings, person, "summary", summaryTold, turnedSummary);
    String summaryText = summaryTold == null ? null
        : turnedSummary != null ? turnedSummary : clauses.restateCustomerVoice(words(summaryTold));
    boolean summaryQuoted = false;
    if (warnings != null && warnings.size() > warned || summaryTold != null && person.quotesSummaries()) {
      // "j'ai résilié il y a 2 mois et vous continuez à me prélever" cannot be said in our voice
      // with certainty: quoted as the customer's words, never said as if the agent had cancelled.
      // Japanese quotes every summary in 「」, as its support writes a customer's words back.
      summaryText = person.quoted(shoutedSummary != null ? shoutedSummary : summaryTold);
      summaryQuoted = true;
    }
    if (turnedSummary == null && person.inOtherLanguage(summaryTold)) {
      // "my order never arrived" in a Spanish reply: quoted as the customer's words, never read as ours.
      summaryText = person.quoted(summaryTold);
      summaryQuoted = true;
      warnings = warnings == null ? new ArrayList<>(1) : warnings;
      warnings.add("summary: reads as another language than the reply's (" + book.locale().toLocale().getLanguage()
          + "); the reply quotes it as the customer's words (" + summaryText + ")");
    }
    boolean summaryFromSituation = false;
    // A situation typed as a question ("why was I charged twice??") is said as the indirect
    // question it asks ("You’d like to know why you were charged twice."), never echoed with its
    // "?" inside our sentence; one asked by its mark alone is the statement it is (AskedQuestion).
    boolean summaryAsked = false;
    AskedQuestion asking = AskedQuestion.forLocale(book.locale().toLocale());
    // A summary copied from the customer's question is said the same way: "why am i being charged
    // 12.99 every month" → "You’d like to know why you’re being charged 12.99 every month.", never
    // "You asked: why am you being charged…" (the question's order turned word by word). A summary
    // quoted as the customer's words stays quoted.
    if (summaryText != null && summaryTold != null && !summaryQuoted) {
      AskedQuestion.Restated asked = asking.restate(summaryTold, endsWithQuestionMark(summary));
      if (asked != null && asked.asked()) {
        String turnedQuestion = person.turn(asked.text(), book.addressRegister(), clauses);
        summaryText = turnedQuestion != null ? turnedQuestion : clauses.restateCustomerVoice(words(asked.text()));
        summaryAsked = true;
      }
    }
    if (ackSituation != null && asking.loneOpener(ackSituation)) {
      // "can lol?" without its laughter is "can": a question word alone names nothing ("the can").
      warnings = warnings == null ? new ArrayList<>(1) : warnings;
      warnings.add("situation: \"" + ackSituation + "\" is a question word alone and names nothing; the acknowledgement names the feeling only");
      ackSituation = null;
      typed = null;
    }
    AskedQuestion.Restated question = ackSituation == null ? null
        : asking.restate(ackSituation, endsWithQuestionMark(situation));
    if (question != null && question.asked()) {
      if (summaryText == null && !boundary) {
        // "se posso ter o reembolso" is turned after its lead: "se você pode ter…", never "você se pode ter…".
        String turnedBody = question.lead() <= 0 ? null
            : person.turn(question.text().substring(question.lead()), book.addressRegister(), clauses);
        String turnedQuestion = turnedBody != null ? question.text().substring(0, question.lead()) + turnedBody
            : person.turn(question.text(), book.addressRegister(), clauses);
        summaryText = turnedQuestion != null ? turnedQuestion : clauses.restateSituation(words(question.text()));
        summaryFromSituation = true;
        summaryAsked = true;
      }
      warnings = warnings == null ? new ArrayList<>(1) : warnings;
      warnings.add("situation: reads as a question, not a noun phrase such as \"the double charge\"; the acknowledgement"
          + " names the feeling only" + (summaryAsked ? " and the summary says what the customer asks (\"" + summaryText + "\")"
              : summary == null ? " and, with a boundary, it is not restated" : ""));
      ackSituation = null;
      typed = null;
    } else if (question != null) {
      ackSituation = question.text();
      typed = question.text();
    }
    if (!summaryAsked && summaryTold != null && summaryText != null && asking.inSummary()) {
      // "où est ma commande ?" (a later turn, or more than a short question): said as the question
      // it asks ("Vous aimeriez savoir où est votre commande."), never with its "?" inside our recap.
      // "où puis-je télécharger ma facture ?", quoted above as a first person it could not turn, is
      // turned once it is in statement order ("où vous pouvez télécharger votre facture").
      AskedQuestion.Restated asked = asking.restate(summaryTold);
      if (asked != null && asked.asked()) {
        String turnedQuestion = person.turn(asked.text(), book.addressRegister(), clauses);
        if (turnedQuestion != null || !summaryQuoted) {
          summaryText = turnedQuestion != null ? turnedQuestion : clauses.restateCustomerVoice(words(asked.text()));
          summaryAsked = true;
          if (summaryQuoted && warnings != null) {
            warnings.removeIf(w -> w.startsWith("summary: ") && w.contains("quotes it as the customer's words"));
          }
        }
      }
    }
    String ackClause = null;
    // A situation in the customer's first person reads as a sentence once said back in the reply's
    // person ("j’ai tout vérifié" → "vous avez tout vérifié"): never a noun after "pour".
    if (typed != null && (clauses.isClause(words(typed)) || person.inLanguage(typed) && FiniteVerbs.forLocale(book.locale().toLocale()).in(typed)
        || turnsIntoClause(person, ackSituation, book.addressRegister(), clauses))) {
      SituationSubject subject = SituationSubject.forLocale(book.locale().toLocale());
      String turnedSituation = boundary ? null : person.turn(ackSituation, book.addressRegister(), clauses);
      warnings = boundary ? warnings : untold(warnings, person, "situation", ackSituation, turnedSituation);
      String told = boundary ? null
          : clauses.withCustomerSubject(turnedSituation != null ? turnedSituation : clauses.restateSituation(words(ackSituation)), subject);
      if (told != null && emotion != null && subject.sorryFor(emotion.label(), told) && clauses.opensWithSubject(told)) {
        // "I’m so sorry you ordered a large and got a small": the sentence is named where the
        // customer's feeling is, once, rather than restated after a feeling said in general.
        ackClause = told;
      } else if (summaryText == null && !boundary && !laterFragment) {
        // With a boundary the message was abusive: its sentence ("you guys are a joke") is never
        // read back to the customer as what we understood.
        summaryText = told;
        summaryFromSituation = true;
      }
      ackSituation = null;
      warnings = warnings == null ? new ArrayList<>(1) : warnings;
      warnings.add(
          "situation: reads as a sentence, not a noun phrase such as \"the double charge\"; the"
              + (ackClause != null ? " acknowledgement says it as a sentence (\"" + ackClause + "\")" : " acknowledgement names the feeling only")
              + (summaryFromSituation ? " and the summary restates the sentence"
                  : summary == null ? " and, with a boundary, it is not restated" : ""));
    }
    // "meine bestellung ist nicht angekommen": German nouns typed in lower case are said back with
    // their capital ("Ihre Bestellung"), told by structure from the language's data (NounCapitals).
    NounCapitals nouns = NounCapitals.forLocale(book.locale().toLocale());
    if (nouns.capitalises()) {
      String situationNouns = nouns.capitalised(ackSituation);
      String clauseNouns = nouns.capitalised(ackClause);
      String summaryNouns = summaryText == null || !person.inLanguage(summaryText) ? summaryText : nouns.capitalised(summaryText);
      if (situationNouns != ackSituation || clauseNouns != ackClause || summaryFromSituation && summaryNouns != summaryText) {
        warnings = warnings == null ? new ArrayList<>(1) : warnings;
        warnings.add("situation: nouns typed in lower case are written with their capital (\""
            + (situationNouns != ackSituation ? situationNouns : clauseNouns != ackClause ? clauseNouns : summaryNouns) + "\")");
      }
      if (!summaryFromSituation && summaryNouns != summaryText) {
        warnings = warnings == null ? new ArrayList<>(1) : warnings;
        warnings.add("summary: nouns typed in lower case are written with their capital (\"" + summaryNouns + "\")");
      }
      ackSituation = situationNouns;
      ackClause = clauseNouns;
      summaryText = summaryNouns;
    }
    String repeatedSituation = null; // the situation the summary says again: still the case's topic (an e-mail subject)
    if (ackSituation != null && summaryText != null && !summaryFromSituation
        && RepeatedSituation.in(ackSituation, summaryText, book.locale().toLocale(), clauses,
            read.peek(ackSituation), read.peek(summaryText))) {
      // "Peço desculpas pelo presente que chegou com defeito. Se entendi direito, o presente
      // chegou com defeito…": what happened is said once, by the summary.
      repeatedSituation = ackSituation;
      ackSituation = null;
      warnings = warnings == null ? new ArrayList<>(1) : warnings;
      warnings.add("situation: the summary says it again; the acknowledgement names the feeling only and the summary says what happened");
    }
    ImmutableList.Builder<Block> blocks =
        ImmutableList.builderWithExpectedSize(blockCount() + (summaryFromSituation ? 1 : 0));

    if (customerControls) {
      warnings = warnings == null ? new ArrayList<>(1) : warnings;
      warnings.add("customer: had control or invisible characters, read as spaces and soft hyphens left out (\""
          + customerName + "\")");
    }
    // A name exported as "Surname, Given" ("Weber, Jonas") is greeted by its given name; a comma,
    // semicolon or colon a form left after the name ("Sam,") is never greeted ("Hi Sam,,").
    String greeted = customerName == null ? null : surnameLast(customerName);
    if (greeted != null && !greeted.equals(customerName)) {
      warnings = warnings == null ? new ArrayList<>(1) : warnings;
      warnings.add("customer: read \"" + customerName + "\" as \"" + greeted + "\" (surname first, or punctuation after the name)");
    }
    // The name's first word, taken once (the checks below and the greeting all read it).
    String given = greeted == null ? null : firstName(greeted);
    if (given != null && given.length() == greeted.strip().length()) {
      given = tone.withoutHonorific(given); // "佐藤様" is greeted "佐藤様", not "佐藤様様"
    }
    String notAName = greeted == null ? null : notAName(greeted, given, book.locale().toLocale());
    if (notAName != null) {
      warnings = warnings == null ? new ArrayList<>(1) : warnings;
      warnings.add("customer: looks like " + notAName + ", not a name; the greeting leaves it out");
    }
    // A handle ("@jess_k") is how a platform shows someone, not what a greeted is called: unless the
    // locale's data (or a brand voice) says a greeting names handles (meta.greetingHandle = name),
    // the letter greets as an agent does who knows only the handle ("Hi there,", "¡Hola!"), and the
    // block keeps the handle as its name fact so a channel knows the customer is known by one (an X
    // reply leaves the greeting out; chat, SMS and voice greet without it).
    boolean handle = greeted != null && notAName == null && !book.greetsHandles()
        && given.startsWith("@");
    // The agent introduces themself once, on the first turn; the words are picked once the reply is
    // written, so they never repeat its own ("I’ll stay with it" in an acknowledgement).
    boolean introducing = agentName != null && turn == 0;
    Object[] greetingFacts;
    if (handle) {
      // No warning: a handle is what a social helpdesk knows of most customers, and nothing is lost
      // (the greeting block's "name" fact carries it).
      greetingFacts = introducing ? new Object[] {"name", given, INTRODUCTION, null} : new Object[] {"name", given};
      blocks.add(phrase(out, BlockKind.GREETING, "greeting.anonymous", mood, seed, args.reset(), greetingFacts));
    } else if (greeted != null && notAName == null) {
      String first = greetingName(given, book.locale());
      String surname = lastName(greeted);
      String nameForm = "first";
      if (surname != null && !clauses.isTitle(given) && !tone.title(given) && book.greetsByFullName()
          && Character.isLetter(given.codePointAt(0))) {
        // A formal German letter greets a greeted whose gender it does not know by the full name
        // ("Guten Tag Jonas Weber,"), never by the first name alone.
        nameForm = "full";
      }
      if (clauses.isTitle(given) && greeted.length() > given.length() + 1 || "full".equals(nameForm)) {
        nameForm = "full".equals(nameForm) ? nameForm : "title";
        // "Herr Dr. Becker", "Mme Martin", "mr jones" → "Mr Jones": every word kept, each cased as a name.
        StringBuilder titled = new StringBuilder(greeted.length());
        for (String word : greeted.trim().split("\\s+")) {
          titled.append(titled.length() == 0 ? "" : " ").append(greetingName(word, book.locale()));
        }
        first = titled.toString();
      } else if (surname != null && tone.title(given)) {
        // "Mrs Patel" is greeted "Mrs Patel", never "Mrs".
        first = first + " " + greetingName(surname, book.locale());
        nameForm = "title";
      }
      args.reset().with("name", first).with("nameForm", nameForm);
      greetingFacts = introducing ? new Object[] {"name", first, INTRODUCTION, null} : new Object[] {"name", first};
      blocks.add(phrase(out, BlockKind.GREETING, "greeting", mood, seed, args, greetingFacts));
    } else {
      greetingFacts = introducing ? new Object[] {INTRODUCTION, null} : NO_FACTS;
      blocks.add(phrase(out, BlockKind.GREETING, "greeting.anonymous", mood, seed, args.reset(), greetingFacts));
    }
    Block ackBlock = null;
    String ackNamed = null; // what the acknowledgement named: the summary does not say its count again
    if (emotion != null) {
      args.reset();
      // A bereavement named in the situation or summary comes first: condolence, then the rest.
      boolean loss = mood.has(Moment.LOSS);
      // A short question is opened as a neutral one is, whatever the feeling behind it.
      Emotion ackEmotion = briefQuestion ? Emotion.NEUTRAL : emotion;
      Fit ackMood = briefQuestion ? Fit.of(Emotion.NEUTRAL).withMomentsOf(mood) : mood;
      if (ackSituation != null) {
        SituationShape shape = SituationShape.forLocale(book.locale().toLocale());
        String typedSituation = repaired(ackSituation);
        // "el cargo que no reconozco" is said back as "el cargo que no reconoces" when the
        // language's data turns every first person in it; otherwise that clause is cut.
        String turned = person.turn(typedSituation, book.addressRegister(), clauses);
        String ownless = turned != null ? typedSituation : OwnClause.forLocale(book.locale().toLocale()).cut(typedSituation);
        if (ownless != typedSituation) {
          // "el cargo que no reconozco" in the agent's mouth speaks as the customer: the agent
          // names the thing ("el cargo"), which the customer knows.
          warnings = warnings == null ? new ArrayList<>(1) : warnings;
          warnings.add("situation: \"" + typedSituation.substring(ownless.length()).replaceAll("^[\\s,]+", "")
              + "\" speaks in the customer's own person; the acknowledgement names \"" + ownless + "\"");
        }
        String bare = nounPhrase(turned != null ? turned : clauses.restateSituation(words(ownless)));
        // "no hot water for 5 days" is named by what it cost the customer: "five days without hot water".
        Consequence stretch = Consequence.forLocale(book.locale().toLocale());
        String consequence = stretch.namesFor(emotion) ? stretch.of(bare) : null;
        String phrase = consequence != null ? consequence : clauses.nounPhrase(words(bare));
        if (phrase.length() > bare.length() && phrase.endsWith(bare) && opensWithAName(bare)) {
          phrase = bare; // "Keisha at the Elm St store", never "the Keisha at…"
        }
        String named = shape.withArticle(midSentence(book.trimSituation(phrase)));
        // "five days without hot water has been": a stretch of time is one thing, whatever its unit.
        args.with("situation", named).with("situationNumber", consequence != null ? "singular" : clauses.number(words(named)))
            .with("situationGender", clauses.gender(named)).with("situationShape", consequence != null ? SituationShape.SPAN : shape.of(named));
        ackNamed = named;
        ackBlock = acknowledgement(out, ACK_KEYS[ackEmotion.ordinal()], ackMood, seed, args, loss,
            new Object[] {"emotion", emotion.label(), "situation", situation, "named", named, "source", ackSource});
      } else if (ackClause != null) {
        String said = afterColon(midSentence(clause(repaired(ackClause))));
        args.with("summary", said);
        ackBlock = acknowledgement(out, "ack.clause", mood, seed, args, loss,
            new Object[] {"emotion", emotion.label(), "situation", situation, "named", said, "source", ackSource});
      } else {
        String topic = repeatedSituation == null ? null : topicOf(repeatedSituation, person);
        ackBlock = acknowledgement(out, GENERAL_ACK_KEYS[ackEmotion.ordinal()], ackMood, seed, args, loss, topic == null
            ? new Object[] {"emotion", emotion.label(), "source", ackSource}
            : new Object[] {"emotion", emotion.label(), "source", ackSource, "topic", topic});
      }
      blocks.add(ackBlock);
    }
    if (boundary) {
      blocks.add(phrase(out, BlockKind.BOUNDARY, "boundary", mood, seed, args.reset(), NO_FACTS));
    }
    if (summaryText != null) {
      String said = withoutExclamation(clauses.withoutRepeatedCount(clause(repaired(summaryText)), ackNamed));
      if (emotion == Emotion.GRATEFUL) {
        said = tone.withoutTrailingThanks(said); // "you got the refund, thanks so much": the acknowledgement thanks
      }
      // An indirect question follows a comma ("Sie möchten wissen, wann…"), never a colon: no capital.
      args.reset().with("summary", summaryAsked ? midSentence(said) : afterColon(midSentence(said)));
      blocks.add(
          phrase(out, BlockKind.SUMMARY, summaryAsked ? "summary.asked" : "summary",
              summaryAsked ? Fit.of(emotion).withMomentsOf(mood)
                  : Fit.of(summaryKind(said, summaryTold, person), emotion).withMomentsOf(mood),
              seed, args,
              summaryFromSituation
                  ? new Object[] {"summary", summaryText, "source", "situation"}
                  : new Object[] {"summary", summary}));
    }
    if (confirmation != null) {
      String detail = midSentence(clauses.nounPhrase(words(nounPhrase(clauses.restate(words(repaired(confirmation)))))));
      args.reset().with("detail", detail).with("detailNumber", clauses.number(words(detail)))
          .with("detailGender", clauses.gender(detail));
      blocks.add(
          phrase(out, BlockKind.CONFIRMATION, "confirm", mood, seed, args, new Object[] {"detail", confirmation}));
    }
    boolean straight = straightApostrophes();
    if (actionCount > 0) {
      CallerClauses notes = clauses;
      String[] actions = this.actions;
      if (safety > 0) {
        // A safety instruction goes first, whatever the agent typed before it: "stop using it" before "replacement ships today".
        actions = Arrays.copyOf(actions, actionCount);
        String first = actions[safety];
        System.arraycopy(actions, 0, actions, 1, safety);
        actions[0] = first;
      }
      // A safety instruction is the customer's step as typed ("stay in a safe place…"), never read as a thing.
      String done = clause(safety >= 0 ? repaired(notes.withoutPlease(actions[0])) : notes.withSubject(repaired(actions[0])));
      args.reset().with("action", afterColon(midSentence(done)));
      blocks.add(
          phrase(out, BlockKind.ACTION, "action.first", Fit.of(notes.kind(words(done)), emotion).withMomentsOf(mood), seed, args,
              new Object[] {"position", "first", "said.0", straight ? done.replace('’', '\'') : done}, ImmutableList.of(actions[0]), true));
      if (actionCount > 1) {
        List<String> rest = new ArrayList<>(actionCount - 1);
        // Each item as the reply says it ("said.0", …: the note with its subject), for a channel
        // that lists the actions (an e-mail's bullet list) instead of the phrase's sentence.
        Object[] moreFacts = new Object[2 * actionCount];
        moreFacts[0] = "position";
        moreFacts[1] = "more";
        ClauseKind restKind = null;
        List<String> typedRest = new ArrayList<>(actionCount - 1);
        List<String> saidRest = new ArrayList<>(actionCount - 1);
        for (int i = 1; i < actionCount; i++) {
          String written = repaired(actions[i]);
          typedRest.add(clause(written));
          // "engineer booked for wed" then "will call 30 min before": the engineer calls, not I
          saidRest.add(clause(notes.nextByRole(repaired(actions[i - 1]), notes.withSubject(written))));
        }
        // "flag your account for review" beside "email you a receipt" (said "I’ll email you a
        // receipt"): our steps, one subject for both, never a command to the customer beside it.
        String shared = notes.sharedStepSubject(typedRest, saidRest);
        for (int i = 1; i < actionCount; i++) {
          String item = saidRest.get(i - 1);
          String listed = item;
          if (shared != null) {
            String written = typedRest.get(i - 1);
            String step = item.equals(written) ? written : item.substring(shared.length() + 1);
            item = shared + " " + step;
            listed = i == 1 ? item : step;
          }
          moreFacts[2 * i] = "said." + (i - 1);
          moreFacts[2 * i + 1] = straight ? item.replace('’', '\'') : item;
          ClauseKind k = notes.kind(words(item));
          restKind = restKind == null || restKind == k ? k : ClauseKind.INFORMATION;
          // Only the list's last item may end it with its own "?" or "!".
          rest.add(midSentence(i < actionCount - 1 ? nounPhrase(listed) : listed));
        }
        args.reset().with("actions", afterColon(book.andList(rest)));
        blocks.add(
            phrase(out, BlockKind.ACTION, "action.more", Fit.of(restKind, emotion).withMomentsOf(mood), seed, args, moreFacts,
                ImmutableList.copyOf(Arrays.asList(actions).subList(1, actionCount)), true));
      }
    } else if (actionSlot) {
      warnings = warnings == null ? new ArrayList<>(1) : warnings;
      warnings.add("actions: none given; the reply shows a marked slot for the agent to fill in");
      blocks.add(phrase(out, BlockKind.ACTION, "action.slot", mood, seed, args.reset(), SLOT_ACTION, ImmutableList.of(), false));
    }
    if (timeline != null) {
      out.open(BlockKind.TIMELINE);
      int start = out.length();
      Object[] facts = TimelineText.write(timeline, book, clock, mood, seed, turn, args, out);
      blocks.add(new Block(BlockKind.TIMELINE, start, out.length(), facts, ImmutableList.of()));
    }
    if (followUp != null) {
      String next = clause(clauses.withSubject(repaired(followUp)));
      args.reset().with("followUp", afterColon(midSentence(next)));
      blocks.add(phrase(out, BlockKind.FOLLOW_UP, "followUp", Fit.of(clauses.kind(words(next)), emotion).withMomentsOf(mood), seed, args,
          new Object[] {"followUp", followUp}));
    }
    if (introducing) {
      String body = out.join();
      greetingFacts[greetingFacts.length - 1] = book.format("introduction", mood, seed, turn, Map.of("agent", agentName),
          i -> tone.shared(i.replace(agentName, ""), body) == 0);
    }
    if (closing) {
      // The closing and the sign-off are chosen against what the reply already says: a line that
      // thanks "again" only after an earlier thanks, a closing that doesn't restate the
      // acknowledgement, and a sign-off that never echoes the closing ("Take care," after "Take
      // good care of yourself.").
      String before = out.join();
      String ack = ackBlock == null ? "" : before.substring(ackBlock.start(), ackBlock.end());
      String fixedSignOff = voice.signOff().orElse(null);
      // Consecutive turns never close alike, even when the feeling changed between them: the
      // closing comes from the turn's half of the lines (see Phrasebook.formatAlternating).
      String closingLine = book.formatAlternating("closing", mood, seed, turn, Map.of(),
          c -> (!tone.thanksAgain(c) || tone.thanks(before))
              && tone.shared(c, ack) < 2
              && (agentName == null || !tone.speaksAsTeam(c))
              && (fixedSignOff == null || !tone.echoes(c, fixedSignOff)));
      out.open(BlockKind.CLOSING);
      int closingStart = out.length();
      out.accept(closingLine);
      blocks.add(new Block(BlockKind.CLOSING, closingStart, out.length(), NO_FACTS, ImmutableList.of()));
      String signOff = fixedSignOff != null ? fixedSignOff : book.format("signoff", mood, seed, turn, Map.of(),
          o -> !tone.echoes(o, closingLine) && (!tone.thanksAgain(o) || tone.thanks(before + closingLine)));
      String signature = agentName != null ? agentName
          : voice.agentName().isPresent() ? voice.agentName().get() : book.format("signature.team", mood, seed, turn, Map.of());
      out.open(BlockKind.SIGN_OFF);
      int start = out.length();
      out.accept(signOff);
      out.accept("\n");
      out.accept(signature);
      blocks.add(
          new Block(BlockKind.SIGN_OFF, start, out.length(),
              new Object[] {"signOff", signOff, "signature", signature}, ImmutableList.of()));
    }
    ImmutableList<Block> built = blocks.build();
    String text = out.join();
    if (straight) {
      // Our phrases follow the caller's apostrophes: "I've refunded it" beside "Here's", never "Here’s".
      text = text.replace('’', '\'');
    }
    for (Block b : built) {
      b.attach(text);
    }
    return new Reply(
        built,
        book.lowercasesAfterGreeting() ? afterGreeting(text, built) : text,
        book,
        conversationId,
        turn,
        seed,
        customerName,
        timeline,
        warnings == null ? ImmutableList.of() : ImmutableList.copyOf(warnings),
        mood,
        straight);
  }

  /**
   * {@code fit} with the reply's moments: a bereavement named in the situation or summary; a
   * light-hearted message (a joke or a laugh in the situation or summary, or in the analysed
   * message's evidence) from a grateful or neutral customer, or when no emotion is known; a
   * reply whose action is its only step.
   */
  private Fit moments(Fit fit) {
    Fit m = fit;
    // Asked of Tone first: where Tone is known to see whatever CallerClauses would, that is enough.
    // The situation's and summary's words are read here once for every later check (ClauseWords).
    if (situation != null && tone.loss(words(situation)) || summary != null && tone.loss(words(summary))
        || (situation != null && !clauses.lossSeenByTone(situation) && clauses.mentionsLoss(situation))
        || (summary != null && !clauses.lossSeenByTone(summary) && clauses.mentionsLoss(summary))) {
      m = m.with(Moment.LOSS);
    }
    boolean lightHearted = emotion == null || emotion == Emotion.GRATEFUL || emotion == Emotion.NEUTRAL;
    if (lightHearted && !m.has(Moment.LOSS) && (lightSignals
        || situation != null && tone.light(words(situation)) || summary != null && tone.light(words(summary)))) {
      m = m.with(Moment.LIGHT);
    }
    if (emotion == Emotion.GRATEFUL && !m.has(Moment.LIGHT)
        && (situation != null && tone.mixed(words(situation)) || summary != null && tone.mixed(words(summary)))) {
      m = m.with(Moment.MIXED); // thanks and a problem in one message: the problem is heard, never called good news
    }
    if (actionCount <= 1 && timeline == null && followUp == null) {
      m = m.with(Moment.SINGLE_STEP);
    }
    if (turn > 0 && !conversationId.isEmpty() && !m.has(Moment.LOSS)) {
      // Acknowledged once already: no second apology for the same thing. A bereavement keeps its
      // condolence and its gentle acknowledgement on every turn ("taken enough of your time" never).
      m = m.with(Moment.LATER);
    }
    return m;
  }

  /**
   * True when the caller's text writes apostrophes straight ("I've") and never curly: our own
   * phrases then follow, so one paragraph never mixes "I've" and "Here’s".
   */
  private boolean straightApostrophes() {
    boolean straight = false;
    for (int i = -6; i < actionCount; i++) {
      String t = switch (i) {
        case -6 -> customerName;
        case -5 -> situation;
        case -4 -> summary;
        case -3 -> confirmation;
        case -2 -> followUp;
        case -1 -> voice.signOff().orElse(null);
        default -> actions[i];
      };
      if (t != null) {
        if (t.indexOf('’') >= 0) {
          return false;
        }
        straight |= t.indexOf('\'') >= 0;
      }
    }
    return straight;
  }

  /**
   * The seed of a reply without a conversation id: a hash of its own content (customer,
   * situation, summary, actions, follow-up, emotion), so different customers get different
   * wording and the same input always gets the same reply.
   */
  private int contentSeed() {
    int h = 0x2F6B_1D37;
    h = 31 * h + Phrasebook.seed(customerName);
    h = 31 * h + Phrasebook.seed(situation);
    h = 31 * h + Phrasebook.seed(summary);
    for (int i = 0; i < actionCount; i++) {
      h = 31 * h + Phrasebook.seed(actions[i]);
    }
    h = 31 * h + Phrasebook.seed(followUp);
    h = 31 * h + Phrasebook.seed(confirmation);
    h = 31 * h + (emotion == null ? -1 : emotion.ordinal());
    return h;
  }

  /**
   * The acknowledgement block: the emotion's phrase, after a condolence when the customer named a
   * bereavement ("I’m so sorry for your loss." comes before anything about bills).
   */
  private Block acknowledgement(
      ReplyText out, String key, Fit fit, int seed, Args args, boolean loss, Object[] facts) {
    Object situationArg = args.get("situation");
    String incise = situationArg instanceof String named && clauses.opensIncise(named) ? named : null;
    if (!loss) {
      if (incise == null) {
        return phrase(out, BlockKind.ACKNOWLEDGEMENT, key, fit, seed, args, facts);
      }
      int mark = out.open(BlockKind.ACKNOWLEDGEMENT);
      int start = out.length();
      book.formatTo(out, key, fit, seed, turn, args);
      out.closeIncise(mark, incise);
      out.capitalize(mark, book.locale());
      return new Block(BlockKind.ACKNOWLEDGEMENT, start, out.length(), facts, ImmutableList.of());
    }
    int mark = out.open(BlockKind.ACKNOWLEDGEMENT);
    int start = out.length();
    book.formatTo(out, "ack.condolence", fit, seed, turn, Map.of());
    out.capitalize(mark, book.locale());
    out.accept(book.sentenceSeparator());
    int second = out.mark();
    book.formatTo(out, key, fit, seed, turn, args);
    if (incise != null) {
      out.closeIncise(second, incise);
    }
    out.capitalize(second, book.locale());
    Object[] withLoss = Arrays.copyOf(facts, facts.length + 2);
    withLoss[facts.length] = "condolence";
    withLoss[facts.length + 1] = "true";
    return new Block(BlockKind.ACKNOWLEDGEMENT, start, out.length(), withLoss, ImmutableList.of());
  }

  /**
   * The reply's text with the sentence after the greeting laid out as this locale continues a
   * letter ("Hallo Dana,\n\nes tut mir leid …"). The blocks keep their own text, which starts
   * with a capital: a channel that drops or replaces the greeting shows the sentence on its own.
   */
  private String afterGreeting(String text, ImmutableList<Block> built) {
    if (built.size() < 2) {
      return text;
    }
    Block next = built.get(1);
    String sentence = next.text();
    String laid = book.afterGreeting(built.get(0).text(), sentence);
    if (laid.equals(sentence)) {
      return text;
    }
    int at = next.start();
    return text.substring(0, at) + laid + text.substring(at + sentence.length());
  }

  private static final Object[] NO_FACTS = {};
  /** The greeting block's fact with the agent's first-turn introduction ({@link #agent}). */
  private static final String INTRODUCTION = "introduction";
  private static final String[] NO_ACTIONS = {};
  private static final Object[] SLOT_ACTION = {"position", "slot"};

  /** The number of blocks {@link #build} makes, so the list is allocated at its exact size. */
  private int blockCount() {
    int n = 1; // greeting
    n += emotion != null ? 1 : 0;
    n += boundary ? 1 : 0;
    n += summary != null ? 1 : 0;
    n += confirmation != null ? 1 : 0;
    n += actionCount == 0 ? (actionSlot ? 1 : 0) : (actionCount > 1 ? 2 : 1);
    n += timeline != null ? 1 : 0;
    n += followUp != null ? 1 : 0;
    n += closing ? 2 : 0;
    return n;
  }

  /** Writes the picked variant of {@code key} as a sentence and returns its block. */
  private Block phrase(ReplyText out, BlockKind kind, String key, Fit fit, int seed, Args args, Object[] facts) {
    return phrase(out, kind, key, fit, seed, args, facts, ImmutableList.of(), true);
  }

  private Block phrase(
      ReplyText out,
      BlockKind kind,
      String key,
      Fit fit,
      int seed,
      Args args,
      Object[] facts,
      ImmutableList<String> items,
      boolean sentence) {
    int mark = out.open(kind);
    int start = out.length();
    book.formatTo(out, key, fit, seed, turn, args);
    if (sentence) {
      out.capitalize(mark, book.locale());
    }
    return new Block(kind, start, out.length(), facts, items);
  }

  private static Emotion requireEmotion(Emotion emotion) {
    if (emotion == null) {
      throw InvalidInputException.forRule("emotion", "must not be null");
    }
    return emotion;
  }

  /** The last word of a name of two words or more, or null. */
  static String lastName(String name) {
    String trimmed = name.strip();
    int space = trimmed.length();
    while (space > 0 && !Character.isWhitespace(trimmed.charAt(space - 1))) {
      space--;
    }
    return space == 0 ? null : trimmed.substring(space);
  }

  private static final java.util.regex.Pattern SURNAME_FIRST =
      java.util.regex.Pattern.compile("\\s*([\\p{L}\\p{M}'’.-]+(?: [\\p{L}\\p{M}'’.-]+)?),\\s*([\\p{L}\\p{M}'’.-]+(?:\\s+[\\p{L}\\p{M}'’.-]+)*)\\s*");

  /** What follows a comma in a name without being the given name: "Sam Lee, Jr.", "Acme, Inc." */
  private static final java.util.regex.Pattern NAME_SUFFIX = java.util.regex.Pattern.compile(
      "(?i)(?:jr|sr|ii|iii|iv|phd|ph\\.d|md|esq|inc|llc|ltd|plc|gmbh|ag|sa|s\\.a|sl|s\\.l|co|corp|bv|nv|kk)\\.?");

  /**
   * The name in the order a greeting reads it: "Weber, Jonas" → "Jonas Weber", "García López,
   * Ana" → "Ana García López"; a comma, semicolon or colon after the whole name ("Sam,", "Dana
   * Whitaker;") left out; any other name as typed.
   */
  static String surnameLast(String name) {
    String stripped = name.strip();
    int end = stripped.length();
    while (end > 0 && ",;:".indexOf(stripped.charAt(end - 1)) >= 0) {
      end--;
    }
    if (end == 0) {
      return name; // only punctuation: notAName reads it
    }
    String trimmed = end == stripped.length() ? name : stripped.substring(0, end);
    java.util.regex.Matcher m = SURNAME_FIRST.matcher(trimmed);
    if (m.matches() && Character.isLetter(m.group(2).codePointAt(0)) && !NAME_SUFFIX.matcher(m.group(2)).matches()) {
      return m.group(2) + " " + m.group(1);
    }
    return trimmed;
  }

  /** The first word of a name without a comma, semicolon or colon after it, or the handle as typed. */
  static String firstName(String name) {
    int space = 0;
    while (space < name.length() && !Character.isWhitespace(name.charAt(space))) {
      space++;
    }
    int end = space;
    while (end > 1 && ",;:".indexOf(name.charAt(end - 1)) >= 0) {
      end--; // "Acme, Inc." is greeted "Acme", never "Acme,,"
    }
    return name.substring(0, end);
  }

  /**
   * True when {@code phrase} opens with a capitalised word that the caller also writes with its
   * capital in the middle of a sentence (in the situation, the summary, an action, the follow-up
   * or the detail to confirm): a person's or a place's name ("Keisha at the Elm St store" beside
   * "I've passed your thanks on to Keisha"), which takes no article, where a sentence's first
   * word ("Refund on my order") does.
   */
  private boolean opensWithAName(String phrase) {
    int end = 0;
    while (end < phrase.length() && Character.isLetter(phrase.charAt(end))) {
      end++;
    }
    if (end < 2 || !Character.isUpperCase(phrase.charAt(0))) {
      return false;
    }
    String word = phrase.substring(0, end);
    String[] texts = new String[actionCount + 4];
    System.arraycopy(actions, 0, texts, 0, actionCount);
    texts[actionCount] = situation;
    texts[actionCount + 1] = summary;
    texts[actionCount + 2] = followUp;
    texts[actionCount + 3] = confirmation;
    for (String text : texts) {
      if (text == null) {
        continue;
      }
      for (int at = text.indexOf(word, 1); at > 0; at = text.indexOf(word, at + 1)) {
        int after = at + end;
        if (after < text.length() && Character.isLetter(text.charAt(after)) || Character.isLetter(text.charAt(at - 1))) {
          continue; // part of a longer word
        }
        int before = at - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
          before--;
        }
        if (before >= 0 && before < at - 1
            && (Character.isLetterOrDigit(text.charAt(before)) || text.charAt(before) == ',')) {
          return true; // after a word, not at a sentence's start: "…on to Keisha and her manager"
        }
      }
    }
    return false;
  }

  /**
   * What the customer "name" is instead when it is not one (a number, an address, an e-mail
   * address: "4111", "55 W 10th St"), or null for a name; a greeting never uses such a "name".
   */
  static String notAName(String name, java.util.Locale locale) {
    return notAName(name, firstName(name), locale);
  }

  /** {@link #notAName(String, java.util.Locale)} of a name whose first word ({@link #firstName}) is {@code first}. */
  private static String notAName(String name, String first, java.util.Locale locale) {
    boolean letter = false;
    boolean digit = false;
    for (int i = 0; i < first.length(); ) {
      int cp = first.codePointAt(i);
      i += Character.charCount(cp);
      letter |= Character.isLetter(cp);
      digit |= Character.isDigit(cp);
    }
    if (!letter) {
      return "a number or a symbol";
    }
    if (Tone.forLocale(locale).placeholderName(name)) {
      return "a placeholder for no name";
    }
    // No one's first name holds a digit: "dana1987", "@dana_87", "d4na" are handles or ids.
    // Nor an underscore: "kid_rock_fan" is a username, greeted as "Hi kid_rock_fan" and read out on a call.
    if (digit || first.indexOf('_') > 0 && first.charAt(0) != '@') {
      return dev.empathy.text.PrivateData.Kind.USERNAME.description();
    }
    if (nameShaped(name)) {
      return null; // letters, spaces, hyphens and apostrophes only: no private data to find
    }
    return privateDataIn(name, first, locale);
  }

  /** The kind of private data certainly found in the customer's first word, or null. */
  static String privateDataIn(String name, String first, java.util.Locale locale) {
    List<dev.empathy.text.PrivateData.Span> found = dev.empathy.text.PrivateData.forLocale(locale).find(name);
    for (dev.empathy.text.PrivateData.Span s : found) {
      if (s.certain() && s.start() < first.length() + name.indexOf(first)) {
        return s.kind().description();
      }
    }
    return null;
  }

  /**
   * True for a name made of letters (and combining marks), single spaces, hyphens, apostrophes
   * and full stops, of at most four words: the private-data detector finds nothing certain in
   * such text (no digits, no "@", no "label: value"), and is not asked.
   */
  static boolean nameShaped(String name) {
    int words = 1;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == ' ') {
        if (i == 0 || name.charAt(i - 1) == ' ' || ++words > 4) {
          return false;
        }
      } else if (!(Character.isLetter(c) || c == '-' || c == '\'' || c == '’' || c == '.'
          || Character.getType(c) == Character.NON_SPACING_MARK)) {
        return false;
      }
    }
    return !name.isEmpty();
  }

  /**
   * The name as a person would write it in a greeting: a name typed all in lower case or all in
   * capitals ("josé", "DANA", "jean-luc") is title-cased ("José", "Dana", "Jean-Luc"); a name in
   * mixed case ("McKenzie", "deAndre") and anything that is not only letters (a handle such as
   * "@mike_t", "user123") is kept as typed.
   */
  static String greetingName(String first, com.ibm.icu.util.ULocale locale) {
    boolean lower = false;
    boolean upper = false;
    for (int i = 0; i < first.length(); ) {
      int cp = first.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLowerCase(cp)) {
        lower = true;
      } else if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
        upper = true;
      } else if (!(Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
          || cp == '-' || cp == '\'' || cp == '’')) {
        return first; // a handle, a number, an e-mail address: as typed
      }
    }
    boolean oneCase = lower != upper;
    if (!oneCase || (upper && first.codePointCount(0, first.length()) < 2)) {
      return first; // mixed case is deliberate; "J" stays "J"
    }
    if (upper && first.length() <= 3 && first.chars().noneMatch(c -> "AEIOUY".indexOf(c) >= 0)) {
      return first; // initials: "TJ", "KC" and "JR" are not "Tj", "Kc", "Jr"
    }
    return UserText.clean(UCharacter.toTitleCase(locale, first, null)); // NFC again after casing
  }

  /**
   * True when {@code text} is shouted: two words or more, at least six letters, and not one of
   * them lower case ("THE BROKEN DISHWASHER"; not "the VAT invoice" or "UPS").
   */
  static boolean shouted(String text) {
    int letters = 0;
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      } else if (c == ' ' && letters > 0) {
        space = true;
      }
    }
    return space && letters >= 6;
  }

  /** True when {@code situation}, said back in the reply's person, reads as a sentence. */
  private static boolean turnsIntoClause(OwnPerson person, String situation, Register register, CallerClauses clauses) {
    if (situation == null) {
      return false;
    }
    // Told by the language's own subject: pt-PT drops "você" ("precisa da fatura"), yet the
    // customer's "preciso da fatura" is as much a sentence as in Brazil ("você precisa da fatura").
    String turned = person.withItsSubject().turn(situation, register, clauses);
    if (turned == null) {
      return false;
    }
    // Opened by the customer's own subject ("j’ai tout vérifié", "ich warte seit Tagen"): a
    // sentence, whether or not the language's clause data tells one.
    String subject = person.subjectIn(situation);
    String typed = situation.stripLeading();
    return clauses.isClause(turned)
        || subject != null && typed.regionMatches(true, 0, subject, 0, subject.length())
        || opensWithOwnVerb(person, typed, register, clauses);
  }

  /**
   * True when {@code typed} opens with the customer's own verb, within its first three words and
   * before any relative word ("Necesito el certificado antes del viernes", "no puedo entrar",
   * "preciso da segunda via"): a sentence, even when the clause data knows none of its verbs. "la
   * factura que pagué" is a noun phrase: its verb is the relative clause's.
   */
  private static boolean opensWithOwnVerb(OwnPerson person, String typed, Register register, CallerClauses clauses) {
    if (person.quotesSummaries()) {
      return false; // Japanese: no spaces to read an opening by, and "亡くなった夫の契約" is a noun phrase
    }
    int end = 0;
    for (int words = 0; words < 3 && end < typed.length(); words++) {
      int start = end;
      while (start < typed.length() && typed.charAt(start) == ' ') {
        start++;
      }
      int stop = start;
      while (stop < typed.length() && (Character.isLetter(typed.charAt(stop)) || typed.charAt(stop) == '’' || typed.charAt(stop) == '\'')) {
        stop++;
      }
      if (stop == start || clauses.isRelative(typed.substring(start, stop))) {
        break; // a mark, a figure or a relative word: the opening ends here
      }
      end = stop;
    }
    return end > 0 && person.withItsSubject().turn(typed.substring(0, end), register, clauses) != null;
  }

  /**
   * The situation the summary says again, as the reply would name it: in the reply's person ("mi
   * pedido" → "su pedido") when the language's data turns it, else without a clause in the
   * customer's first person; null when nothing is left. An e-mail subject names the case by it.
   */
  private String topicOf(String situation, OwnPerson person) {
    String typed = repaired(situation);
    String turned = person.turn(typed, book.addressRegister(), clauses);
    String topic = turned != null ? turned : OwnClause.forLocale(book.locale().toLocale()).cut(typed);
    return topic == null || topic.isBlank() ? null : topic;
  }

  private String repaired(String text) {
    if (inRegister != null) {
      for (int i = 0; i < inRegister.size(); i += 2) {
        if (inRegister.get(i) == text) {
          text = inRegister.get(i + 1);
          break;
        }
      }
    }
    return typography.apply(typography.completed(DroppedNegation.forLocale(book.locale().toLocale()).whole(clauses.capitalize(text))));
  }

  /**
   * A clause that ends a sentence: trailing full stops dropped, so the phrase's own stop ends it,
   * while the clause's own "?" or "!" is kept, once ("Could you send a photo??" ends with one "?"
   * and the phrase adds no stop after it).
   */
  static String clause(String text) {
    int end = trimmedEnd(text, false);
    if (end == 0) {
      return text;
    }
    int marks = end;
    while (marks > 0 && isMark(text.charAt(marks - 1))) {
      marks--;
    }
    if (marks < end && marks > 0) {
      // "!!!", "?!", "？？": the first mark of the run ends the clause.
      return marks + 1 == text.length() ? text : text.substring(0, marks + 1);
    }
    return end == text.length() ? text : text.substring(0, end);
  }

  /** True when {@code text} ends with "?" (or "？"), before any spaces, stops or other marks. */
  private static boolean endsWithQuestionMark(String text) {
    for (int i = text.length() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '?' || c == '？') {
        return true;
      }
      if (!Character.isWhitespace(c) && ".!…".indexOf(c) < 0) {
        return false;
      }
    }
    return false;
  }

  /** Text placed mid-sentence (a noun phrase, a list item): every trailing stop and mark dropped. */
  static String nounPhrase(String text) {
    int end = trimmedEnd(text, true);
    return end == 0 ? text : end == text.length() ? text : text.substring(0, end);
  }

  private static int trimmedEnd(String text, boolean marksToo) {
    int end = text.length();
    while (end > 0) {
      char c = text.charAt(end - 1);
      if (c == '.' && end >= 3 && text.startsWith("...", end - 3)) {
        end -= 3;
      } else if (c == '.' || c == '。' || c == '…' || Character.isWhitespace(c) || (marksToo && isMark(c))) {
        end--;
      } else if (!marksToo && isMark(c) && end >= 2 && (text.charAt(end - 2) == '.' || text.charAt(end - 2) == '。')) {
        end--; // ".!" typed: the stop before it goes with it
      } else {
        break;
      }
    }
    return end;
  }

  /**
   * A summary says back what happened in our calm voice: the customer's "!" is theirs, not ours
   * ("To recap: we charged you twice!" reads as cheer, "le cobraron dos veces!" lacks its "¡"). A
   * trailing run of exclamation marks goes (a "?" in it stays, once), and with it an opening "¡"
   * left without its pair.
   */
  static String withoutExclamation(String text) {
    int end = text.length();
    boolean asked = false;
    int i = end;
    while (i > 0 && isMark(text.charAt(i - 1))) {
      char c = text.charAt(--i);
      asked |= c == '?' || c == '？';
    }
    if (i == end || i == 0 || text.substring(i, end).chars().noneMatch(c -> c == '!' || c == '！')) {
      return text;
    }
    int cut = i;
    while (!asked && cut > 1 && Character.isSpaceChar(text.charAt(cut - 1))) {
      cut--; // French "la résiliation !!": the space before the marks goes with them, never "résiliation ."
    }
    String kept = text.substring(0, cut) + (asked ? text.substring(i, end).replaceAll("[!！]", "").substring(0, 1) : "");
    if (kept.startsWith("¡") && kept.indexOf('!') < 0) {
      kept = kept.substring(1);
    }
    return kept;
  }

  private static boolean isMark(char c) {
    return c == '?' || c == '!' || c == '？' || c == '！';
  }

  /**
   * Lower-cases a capitalised leading word like "You", "The" or an elided "L’" when it moves
   * mid-sentence; only the locale's listed lead words are touched, so names stay capitalised.
   */
  private String midSentence(String text) {
    if (text.isEmpty() || !Character.isUpperCase(text.charAt(0))) {
      return text; // most clauses: settled before their first word is scanned
    }
    int end = 0;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    int letters = end;
    if (end > 0 && end < text.length() && (text.charAt(end) == '’' || text.charAt(end) == '\'')) {
      end++; // French and Italian elision: "L’annulation", "J’ai"
    }
    for (int i = 1; i < end; i++) {
      if (Character.isUpperCase(text.charAt(i))) {
        return text; // "IBAN", "McDonald": not a sentence-initial capital
      }
    }
    if (book.register() == Register.FORMAL && markers.opensWithCapitalisedAddress(text)) {
      return text; // German "Ihr Vertrag": the formal address keeps its capital anywhere
    }
    // Looked up in place: lower-casing every clause's first word allocated on every reply.
    CallerClauses.Lexicon lead = LEAD_WORDS.computeIfAbsent(book.lowercaseLeadWords(), Composer::leadLexicon);
    if (lead.flags(text, 0, end) == 0 && !clauses.lowercasesMidSentence(text, 0, end)
        // An English contraction is known by its word before the apostrophe: "We’ve" as "we".
        && (letters == end || lead.flags(text, 0, letters) == 0 && !clauses.lowercasesMidSentence(text, 0, letters))
        // French "Résiliation enregistrée", "Remboursement viré": a common noun's ending ("-tion",
        // "-ement" in meta.lowercaseLeadWords), which no name has, is lower case after a colon too.
        && !leadEnding(LEAD_ENDINGS.computeIfAbsent(book.lowercaseLeadWords(), Composer::leadEndings), text, letters)) {
      return text; // "I", a name ("Amazon"), or a word the language's data does not know
    }
    return (char) UCharacter.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  /** Each phrasebook's lead words as a lexicon, built once; phrasebooks of a locale share the set. */
  private static final java.util.concurrent.ConcurrentHashMap<java.util.Set<String>, CallerClauses.Lexicon>
      LEAD_WORDS = new java.util.concurrent.ConcurrentHashMap<>();

  private static CallerClauses.Lexicon leadLexicon(java.util.Set<String> words) {
    Map<String, Integer> lower = new LinkedHashMap<>();
    for (String w : words) {
      if (!w.startsWith("-")) {
        lower.putIfAbsent(w.toLowerCase(Locale.ROOT), 1);
      }
    }
    return new CallerClauses.Lexicon(ImmutableMap.copyOf(lower));
  }

  /** Each phrasebook's lead endings (the entries of its lead words written "-tion"), built once. */
  private static final java.util.concurrent.ConcurrentHashMap<java.util.Set<String>, String[]>
      LEAD_ENDINGS = new java.util.concurrent.ConcurrentHashMap<>();

  private static String[] leadEndings(java.util.Set<String> words) {
    return words.stream().filter(w -> w.length() > 1 && w.startsWith("-"))
        .map(w -> w.substring(1).toLowerCase(Locale.ROOT)).toArray(String[]::new);
  }

  /**
   * True when the word {@code text}[0, {@code end}) ends with one of {@code endings} after at least
   * two letters of its own, compared in lower case without a copy ("Résiliation" with "tion").
   */
  private static boolean leadEnding(String[] endings, String text, int end) {
    for (String ending : endings) {
      int from = end - ending.length();
      if (from < 2) {
        continue;
      }
      boolean match = true;
      for (int i = 0; i < ending.length() && match; i++) {
        match = Character.toLowerCase(text.charAt(from + i)) == ending.charAt(i);
      }
      if (match) {
        return true;
      }
    }
    return false;
  }

  /**
   * A clause placed after the phrase's colon: capitalised where the locale's orthography wants
   * it (German), otherwise as {@link #midSentence} left it.
   */
  private String afterColon(String text) {
    return book.capitalizeAfterColon() ? ReplyText.capitalizeFirst(text, book.locale()) : text;
  }
}
