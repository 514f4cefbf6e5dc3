package dev.empathy.channels.fit;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.empathy.compose.Block;
import dev.empathy.compose.BlockKind;
import dev.empathy.phrase.Phrasebook;
import java.util.ArrayList;
import java.util.List;

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

  /**
   * {@code sections} in order, with the first non-blank one after a {@code greeting} section laid
   * out as the locale continues a letter ({@link Phrasebook#afterGreeting}): German "Hallo Dana,"
   * is followed by "es tut mir leid …". Call it on the sections as they will be shown, after any
   * were dropped, so a sentence whose greeting was dropped keeps its capital.
   *
   * <pre>{@code
   * List<Section> shown = Section.afterGreeting(kept, reply.phrasebook());
   * }</pre>
   */
  public static List<Section> afterGreeting(List<Section> sections, Phrasebook book) {
    if (!book.lowercasesAfterGreeting()) {
      return sections;
    }
    List<Section> out = new ArrayList<>(sections);
    String greeting = null;
    for (int i = 0; i < out.size(); i++) {
      Section s = out.get(i);
      if (s.text().isBlank()) {
        continue;
      }
      if (greeting != null) {
        out.set(i, s.withText(book.afterGreeting(greeting, s.text())));
      }
      greeting = s.role().equals("greeting") ? s.text() : null;
    }
    return out;
  }

  /** A copy with other text. */
  public Section withText(String newText) {
    return new Section(role, newText, cuttable);
  }
}
