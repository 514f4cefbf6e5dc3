package dev.empathy.channels.fit;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.empathy.compose.Block;
import dev.empathy.compose.BlockKind;

/**
 * One piece of a message being fitted: a block of the reply (its role is the block kind's label,
 * such as {@code closing}) or a line the channel adds (such as {@code dm}), with its text and
 * whether it may be cut short when dropping whole sections is not enough.
 *
 * <pre>{@code
 * new Section("acknowledgement", ack.text(), true);
 * }</pre>
 *
 * @param role what the section is, used in drop orders and change details
 * @param text its text, unescaped
 * @param cuttable whether {@link Shortener} may cut it at a word boundary
 */
public record Section(String role, String text, boolean cuttable) {
  public Section {
    checkNotNull(role, "role");
    checkNotNull(text, "text");
  }

  /**
   * The role of a reply block: its kind's label, except that the block carrying the second and
   * later actions is {@code action_more}, so channels can drop it before the first action.
   */
  public static String roleOf(Block block) {
    if (block.kind() == BlockKind.ACTION && "more".equals(block.facts().get("position"))) {
      return "action_more";
    }
    return block.kind().label();
  }

  /** A copy with other text. */
  public Section withText(String newText) {
    return new Section(role, newText, cuttable);
  }
}
