package dev.empathy.compose;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import com.ibm.icu.lang.UCharacter;
import dev.empathy.Emotion;
import dev.empathy.InvalidInputException;
import dev.empathy.phrase.BrandVoice;
import dev.empathy.phrase.Phrasebook;
import dev.empathy.text.UserText;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
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
 */
public final class Composer {
  /** Phrase keys per emotion ("ack.frustrated", "ack.frustrated.general"), built once. */
  private static final ImmutableMap<Emotion, String> ACK_KEYS =
      Maps.toMap(EnumSet.allOf(Emotion.class), e -> "ack." + e.label());

  private static final ImmutableMap<Emotion, String> GENERAL_ACK_KEYS =
      Maps.toMap(EnumSet.allOf(Emotion.class), e -> "ack." + e.label() + ".general");

  private final Phrasebook book;
  private final Clock clock;
  private final BrandVoice voice;
  private ReplyPolicy policy;

  private String conversationId = "";
  private int turn;
  private String customerName;
  private Emotion emotion;
  private String situation;
  private String ackSource;
  private String summary;
  private String confirmation;
  private final List<String> actions = new ArrayList<>(4);
  private Timeline timeline;
  private String followUp;
  private boolean boundary;
  private boolean closing = true;
  private boolean actionSlot;

  private Composer(Phrasebook book, Clock clock, ReplyPolicy policy, BrandVoice voice) {
    this.book = checkNotNull(book, "book");
    this.clock = checkNotNull(clock, "clock");
    this.policy = checkNotNull(policy, "policy");
    this.voice = checkNotNull(voice, "voice");
  }

  /**
   * A composer over an explicit phrasebook and clock. Most callers use {@code Empathy.compose()}
   * instead, which supplies both.
   */
  public static Composer create(Phrasebook book, Clock clock, ReplyPolicy policy, BrandVoice voice) {
    return new Composer(book, clock, policy, voice);
  }

  /**
   * Sets the conversation and turn that pick phrase variants, so consecutive turns of one
   * conversation never repeat a phrase and the same inputs always give the same reply.
   *
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

  /** The customer's name; the greeting uses the first word ("Dana Whitaker" greets "Dana"). */
  public Composer customer(String name) {
    this.customerName = UserText.require("customer", name);
    return this;
  }

  /**
   * Acknowledges the customer's feeling and names the situation in their terms, as a noun phrase:
   * "the double charge on your card".
   */
  public Composer acknowledge(Emotion emotion, String situation) {
    this.emotion = requireEmotion(emotion);
    this.situation = UserText.require("situation", situation);
    this.ackSource = "agent";
    return this;
  }

  /** Acknowledges the feeling without naming a situation. */
  public Composer acknowledge(Emotion emotion) {
    this.emotion = requireEmotion(emotion);
    this.situation = null;
    this.ackSource = "agent";
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
   * @throws InvalidInputException naming {@code signals} when it is null
   */
  public Composer acknowledge(dev.empathy.signal.Signals signals) {
    if (signals == null) {
      throw InvalidInputException.forRule("signals", "must not be null");
    }
    this.emotion = signals.suggestion().acknowledge();
    this.situation = null;
    this.ackSource = "signals";
    if (signals.suggestion().boundary()) {
      this.boundary = true;
    }
    return this;
  }

  /** Reflects the problem back concretely: "you were charged twice for order 4471". */
  public Composer summary(String summary) {
    this.summary = UserText.require("summary", summary);
    return this;
  }

  /** Adds a fast context check: {@code confirm("the order ending in 4471")}. */
  public Composer confirm(String detail) {
    this.confirmation = UserText.require("confirm", detail);
    return this;
  }

  /** Adds an action; the first one is framed as what can be done right now. */
  public Composer action(String action) {
    if (actions.size() >= 20) {
      throw InvalidInputException.forRule("actions", "must have at most 20 entries");
    }
    actions.add(UserText.require("actions[" + actions.size() + "]", action));
    return this;
  }

  /** Adds several actions in order. */
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
   */
  public Composer actionSlot() {
    this.actionSlot = true;
    return this;
  }

  /** Commits to a concrete when and owner. */
  public Composer timeline(Timeline timeline) {
    if (timeline == null) {
      throw InvalidInputException.forRule("timeline", "must not be null");
    }
    this.timeline = timeline;
    return this;
  }

  /** Promises the next contact: "I’ll email you as soon as the refund lands". */
  public Composer followUp(String followUp) {
    this.followUp = UserText.require("followUp", followUp);
    return this;
  }

  /** Adds a respectful boundary, for messages that attack the agent. */
  public Composer boundary() {
    this.boundary = true;
    return this;
  }

  /** Whether to end with a closing line and sign-off (default true). */
  public Composer closing(boolean include) {
    this.closing = include;
    return this;
  }

  /** Uses {@code policy} for this reply instead of the instance's. */
  public Composer policy(ReplyPolicy policy) {
    this.policy = checkNotNull(policy, "policy");
    return this;
  }

  /**
   * Validates against the policy and builds the reply.
   *
   * @throws InvalidInputException naming {@code acknowledgement}, {@code actions} or {@code
   *     timeline} when the policy requires what is missing, or {@code timeline.by} when the date
   *     is in the past
   */
  public Reply build() {
    if (policy.requireAcknowledgement() && emotion == null) {
      throw new InvalidInputException(
          "acknowledgement", "acknowledgement is required: name the customer's feeling (emotion)");
    }
    if (actions.size() < policy.minActions() && !actionSlot) {
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
    int seed = Phrasebook.seed(conversationId);
    Map<String, Object> args = new HashMap<>(8);
    ImmutableList.Builder<Block> blocks = ImmutableList.builderWithExpectedSize(10);
    ImmutableList.Builder<String> warnings = ImmutableList.builder();
    book.fallbackWarning().ifPresent(warnings::add);

    if (customerName != null) {
      String first = firstName(customerName);
      args.put("name", first);
      blocks.add(block(BlockKind.GREETING, "greeting", seed, args, ImmutableMap.of("name", first)));
    } else {
      blocks.add(block(BlockKind.GREETING, "greeting.anonymous", seed, args, ImmutableMap.of()));
    }
    if (emotion != null) {
      args.clear();
      String key = ACK_KEYS.get(emotion);
      ImmutableMap<String, String> facts;
      if (situation != null) {
        String s = midSentence(clause(situation));
        args.put("situation", s);
        facts = ImmutableMap.of("emotion", emotion.label(), "situation", situation, "source", ackSource);
      } else {
        key = GENERAL_ACK_KEYS.get(emotion);
        facts = ImmutableMap.of("emotion", emotion.label(), "source", ackSource);
      }
      blocks.add(block(BlockKind.ACKNOWLEDGEMENT, key, seed, args, facts));
    }
    if (boundary) {
      args.clear();
      blocks.add(block(BlockKind.BOUNDARY, "boundary", seed, args, ImmutableMap.of()));
    }
    if (summary != null) {
      args.clear();
      args.put("summary", afterColon(midSentence(clause(summary))));
      blocks.add(block(BlockKind.SUMMARY, "summary", seed, args, ImmutableMap.of("summary", summary)));
    }
    if (confirmation != null) {
      args.clear();
      args.put("detail", midSentence(clause(confirmation).replaceAll("[?？]+$", "")));
      blocks.add(block(BlockKind.CONFIRMATION, "confirm", seed, args, ImmutableMap.of("detail", confirmation)));
    }
    if (!actions.isEmpty()) {
      args.clear();
      args.put("action", afterColon(midSentence(clause(actions.get(0)))));
      blocks.add(
          new Block(
              BlockKind.ACTION,
              sentence(book.format("action.first", seed, turn, args)),
              ImmutableMap.of("position", "first"),
              ImmutableList.of(actions.get(0))));
      if (actions.size() > 1) {
        List<String> rest = new ArrayList<>(actions.size() - 1);
        for (int i = 1; i < actions.size(); i++) {
          rest.add(midSentence(clause(actions.get(i))));
        }
        args.clear();
        args.put("actions", afterColon(book.andList(rest)));
        blocks.add(
            new Block(
                BlockKind.ACTION,
                sentence(book.format("action.more", seed, turn, args)),
                ImmutableMap.of("position", "more"),
                ImmutableList.copyOf(actions.subList(1, actions.size()))));
      }
    } else if (actionSlot) {
      warnings.add("actions: none given; the reply shows a marked slot for the agent to fill in");
      blocks.add(
          new Block(
              BlockKind.ACTION,
              book.format("action.slot", seed, turn, Map.of()),
              ImmutableMap.of("position", "slot"),
              ImmutableList.of()));
    }
    if (timeline != null) {
      blocks.add(TimelineText.block(timeline, book, clock, seed, turn));
    }
    if (followUp != null) {
      args.clear();
      args.put("followUp", afterColon(midSentence(clause(followUp))));
      blocks.add(block(BlockKind.FOLLOW_UP, "followUp", seed, args, ImmutableMap.of("followUp", followUp)));
    }
    if (closing) {
      args.clear();
      blocks.add(block(BlockKind.CLOSING, "closing", seed, args, ImmutableMap.of()));
      String signOff = voice.signOff().orElseGet(() -> book.format("signoff", seed, turn, Map.of()));
      String signature = voice.agentName().orElseGet(() -> book.format("signature.team", seed, turn, Map.of()));
      blocks.add(
          new Block(
              BlockKind.SIGN_OFF,
              signOff + "\n" + signature,
              ImmutableMap.of("signOff", signOff, "signature", signature),
              ImmutableList.of()));
    }
    return new Reply(
        blocks.build(), book, conversationId, turn, seed, customerName, timeline, warnings.build());
  }

  private Block block(
      BlockKind kind, String key, int seed, Map<String, Object> args, ImmutableMap<String, String> facts) {
    return new Block(kind, sentence(book.format(key, seed, turn, args)), facts, ImmutableList.of());
  }

  private static Emotion requireEmotion(Emotion emotion) {
    if (emotion == null) {
      throw InvalidInputException.forRule("emotion", "must not be null");
    }
    return emotion;
  }

  /** The first word of a name, or the handle as typed. */
  static String firstName(String name) {
    int space = 0;
    while (space < name.length() && !Character.isWhitespace(name.charAt(space))) {
      space++;
    }
    return name.substring(0, space);
  }

  /** Drops trailing full stops and exclamation marks, so the phrase's own punctuation ends it. */
  static String clause(String text) {
    int end = text.length();
    while (end > 0) {
      char c = text.charAt(end - 1);
      if (c == '.' && end >= 3 && text.startsWith("...", end - 3)) {
        end -= 3;
      } else if (c == '.' || c == '!' || c == '。' || c == '！' || c == '…' || Character.isWhitespace(c)) {
        end--;
      } else {
        break;
      }
    }
    return end == 0 ? text : text.substring(0, end);
  }

  /**
   * Lower-cases a capitalised leading word like "You", "The" or an elided "L’" when it moves
   * mid-sentence; only the locale's listed lead words are touched, so names stay capitalised.
   */
  private String midSentence(String text) {
    int end = 0;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    if (end > 0 && end < text.length() && (text.charAt(end) == '’' || text.charAt(end) == '\'')) {
      end++; // French and Italian elision: "L’annulation", "J’ai"
    }
    if (end < 2 || !Character.isUpperCase(text.charAt(0))) {
      return text;
    }
    String word = text.substring(0, end);
    String tail = word.substring(1);
    if (!tail.equals(tail.toLowerCase(Locale.ROOT))) {
      return text; // "IBAN", "McDonald": not a sentence-initial capital
    }
    String lower = UCharacter.toLowerCase(book.locale(), word);
    return book.lowercaseLeadWords().contains(lower.replace('\'', '’')) ? lower + text.substring(end) : text;
  }

  /**
   * A clause placed after the phrase's colon: capitalised where the locale's orthography wants
   * it (German), otherwise as {@link #midSentence} left it.
   */
  private String afterColon(String text) {
    return book.capitalizeAfterColon() ? sentence(text) : text;
  }

  /** Capitalises the first letter when a pattern starts with a caller's clause. */
  private String sentence(String text) {
    if (text.isEmpty() || !Character.isLowerCase(text.charAt(0))) {
      return text;
    }
    int cp = text.codePointAt(0);
    int len = Character.charCount(cp);
    return UCharacter.toTitleCase(book.locale(), text.substring(0, len), null) + text.substring(len);
  }
}
