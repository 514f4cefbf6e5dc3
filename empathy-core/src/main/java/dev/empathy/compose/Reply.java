package dev.empathy.compose;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.empathy.Register;
import dev.empathy.phrase.Fit;
import dev.empathy.phrase.Phrasebook;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable, channel-agnostic reply: ordered, typed {@link Block}s in one locale, plus what a
 * channel needs to adapt it (the conversation id and turn for phrase variety, the customer's name,
 * warnings). A {@code Channel} turns it into a rendered message; {@link #toPlainText()} gives the
 * plain-text form.
 *
 * <pre>{@code
 * Reply reply = empathy.compose()
 *     .customer("Dana")
 *     .acknowledge(Emotion.FRUSTRATED, "the double charge")
 *     .action("I’ve refunded the second charge of $42")
 *     .build();
 * System.out.println(reply.toPlainText());
 * }</pre>
 *
 * <p>Thread-safe; share it freely.
 */
public final class Reply {
  private final ImmutableList<Block> blocks;
  private final String plainText;
  private final Phrasebook phrasebook;
  private final String conversationId;
  private final int turn;
  private final int seed;
  private final String customerName;
  private final Timeline timeline;
  private final ImmutableList<String> warnings;
  /** The customer's emotion as phrase variants see it: channel lines pick among fitting ones. */
  private final Fit fit;
  /** True when the caller wrote straight apostrophes: channel lines follow, as the reply's own did. */
  private final boolean straightApostrophes;

  Reply(
      ImmutableList<Block> blocks,
      String plainText,
      Phrasebook phrasebook,
      String conversationId,
      int turn,
      int seed,
      String customerName,
      Timeline timeline,
      ImmutableList<String> warnings,
      Fit fit,
      boolean straightApostrophes) {
    this.blocks = checkNotNull(blocks);
    this.plainText = checkNotNull(plainText);
    this.phrasebook = checkNotNull(phrasebook);
    this.conversationId = conversationId;
    this.turn = turn;
    this.seed = seed;
    this.customerName = customerName;
    this.timeline = timeline;
    this.warnings = warnings;
    this.fit = checkNotNull(fit);
    this.straightApostrophes = straightApostrophes;
  }

  /** {@return all blocks, in reading order} */
  public List<Block> blocks() {
    return blocks;
  }

  /**
   * The blocks of one kind, in reading order.
   *
   * @param kind the kind of block
   * @return the blocks of that kind; empty when none
   */
  public List<Block> blocks(BlockKind kind) {
    ImmutableList.Builder<Block> b = ImmutableList.builder();
    for (Block block : blocks) {
      if (block.kind() == kind) {
        b.add(block);
      }
    }
    return b.build();
  }

  /**
   * The first block of {@code kind}, if any.
   *
   * @param kind the kind of block
   * @return the first such block, or empty
   */
  public Optional<Block> block(BlockKind kind) {
    for (Block block : blocks) {
      if (block.kind() == kind) {
        return Optional.of(block);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the reply has at least one block of {@code kind}.
   *
   * @param kind the kind of block
   * @return true when there is such a block
   */
  public boolean has(BlockKind kind) {
    return block(kind).isPresent();
  }

  /** {@return the locale the reply was actually written in (after fallback)} */
  public Locale locale() {
    return phrasebook.locale().toLocale();
  }

  /** {@return the locale that was asked for} */
  public Locale requestedLocale() {
    return phrasebook.requestedLocale();
  }

  /** {@return the register (formal or informal) the reply was written in} */
  public Register register() {
    return phrasebook.register();
  }

  /** {@return the conversation id phrases were varied by; empty when none was given} */
  public String conversationId() {
    return conversationId;
  }

  /** {@return the turn within the conversation, from 0} */
  public int turn() {
    return turn;
  }

  /** {@return the customer's name as given, if any} */
  public Optional<String> customerName() {
    return Optional.ofNullable(customerName);
  }

  /** {@return the timeline the reply commits to, if any} */
  public Optional<Timeline> timeline() {
    return Optional.ofNullable(timeline);
  }

  /** {@return things a caller should know, such as a locale fallback} */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * Formats another phrase of this reply's phrasebook, varied by the same conversation and turn.
   * Channels use it for medium-specific lines (a chat micro-affirmation, a DM hand-off). Only
   * variants that fit the customer's emotion are picked ({@code key.N.fits} in the data: a
   * grateful customer never gets a variant declared {@code !grateful}).
   *
   * @param key the phrase key, e.g. {@code "chat.affirmation"}
   * @param args the pattern's named arguments
   * @return the formatted phrase
   */
  public String phrase(String key, Map<String, ?> args) {
    return styled(phrasebook.format(key, fit, seed, turn, args));
  }

  /**
   * {@link #phrase(String, Map)} for a key without arguments.
   *
   * @param key the phrase key
   * @return the formatted phrase
   */
  public String phrase(String key) {
    return styled(phrasebook.format(key, fit, seed, turn, Map.of()));
  }

  /**
   * True when the reply answers {@code moment}: a light-hearted message, a bereavement, a single
   * step. A channel leaves out lines that don't fit it (no DM hand-off after a joke).
   *
   * @param moment the moment to test
   * @return true when the reply answers {@code moment}
   */
  public boolean has(dev.empathy.phrase.Moment moment) {
    return fit.has(moment);
  }

  /** A line of ours with the apostrophes the reply uses (straight when the caller's text was). */
  private String styled(String line) {
    return straightApostrophes ? line.replace('’', '\'') : line;
  }

  /** {@return the phrasebook the reply was written with (locale data: lists, dates, word lists)} */
  public Phrasebook phrasebook() {
    return phrasebook;
  }

  /**
   * Plain text: the greeting, then short paragraphs (feeling and understanding; boundary; actions;
   * timeline and follow-up; closing), then the sign-off.
   *
   * @return the reply as plain text, paragraphs separated by blank lines
   */
  public String toPlainText() {
    return plainText; // joined once, when composed; each block is a range of it, the one after the greeting up to its first letter
  }

  /** Whether a block of kind {@code b} continues the paragraph of one of kind {@code a}. */
  static boolean sameParagraph(BlockKind a, BlockKind b) {
    int paragraph = paragraph(a);
    return paragraph != 0 && paragraph == paragraph(b);
  }

  /** The paragraph a kind shares with others, or 0 for a paragraph of its own. */
  private static int paragraph(BlockKind kind) {
    return switch (kind) {
      case ACKNOWLEDGEMENT, SUMMARY, CONFIRMATION -> 1; // feeling and understanding
      // What is done and what happens next read as one paragraph, as a support lead writes them:
      // a reply of greeting, two short paragraphs, a closing line and a sign-off scans at a glance.
      case ACTION, TIMELINE, FOLLOW_UP -> 2;
      default -> 0;
    };
  }

  @Override
  public String toString() {
    return "Reply[" + locale().toLanguageTag() + ", " + blocks.size() + " blocks]";
  }
}
