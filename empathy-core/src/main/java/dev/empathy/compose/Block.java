package dev.empathy.compose;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;

/**
 * One typed piece of a {@link Reply}: its resolved text in the reply's locale, the facts it was
 * made from (so a channel can shorten or restructure it without re-parsing prose), and the
 * caller-supplied items it contains (the action texts, for example).
 *
 * <pre>{@code
 * Block ack = reply.blocks(BlockKind.ACKNOWLEDGEMENT).get(0);
 * ack.text();                // "I’m sorry about the double charge. I can see how frustrating…"
 * ack.fact("emotion");       // Optional["frustrated"]
 * }</pre>
 *
 * @param kind the block's role
 * @param text the resolved, human-readable text (plain text, unescaped)
 * @param facts what the text was made from, as stable string values (e.g. {@code deadline} as an
 *     ISO date)
 * @param items caller-supplied texts carried by the block, in order (e.g. the actions)
 */
public record Block(
    BlockKind kind, String text, ImmutableMap<String, String> facts, ImmutableList<String> items) {

  public Block {
    checkNotNull(kind, "kind");
    checkNotNull(text, "text");
    checkNotNull(facts, "facts");
    checkNotNull(items, "items");
  }

  /** The fact named {@code name}, if the block has it. */
  public Optional<String> fact(String name) {
    return Optional.ofNullable(facts.get(name));
  }
}
