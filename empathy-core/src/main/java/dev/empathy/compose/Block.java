package dev.empathy.compose;

import static dev.empathy.InvalidInputException.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One typed piece of a {@link Reply}: its resolved text in the reply's locale, the facts it was
 * made from (so a channel can shorten or restructure it without re-parsing prose), and the
 * caller-supplied items it contains (the action texts, for example). Immutable and thread-safe;
 * two blocks are equal when their kind, text, facts and items are.
 *
 * <pre>{@code
 * Block ack = reply.blocks(BlockKind.ACKNOWLEDGEMENT).get(0);
 * ack.text();                // "I’m sorry about the double charge. I can see how frustrating…"
 * ack.fact("emotion");       // Optional["frustrated"]
 * }</pre>
 *
 * <p>A composed block shares its reply's text: {@link #text()} and {@link #facts()} are made on
 * first use and then kept, so composing a reply allocates its text once.
 */
public final class Block {
  private final BlockKind kind;
  private final ImmutableList<String> items;
  private final int start;
  private final int end;
  /** The reply's whole text, of which this block is [start, end); set once before publication. */
  private String source;
  private String text;
  /**
   * The facts: an {@code ImmutableMap}, or, for a composed block until {@link #facts()} is first
   * called, an {@code Object[]} of names and values, alternating (one field, not two, keeps the
   * block small: a reply allocates several).
   */
  private Object facts;

  /**
   * A block with the given text and facts.
   *
   * @param kind the block's role
   * @param text the resolved, human-readable text (plain text, unescaped)
   * @param facts what the text was made from, as stable string values (e.g. {@code deadline} as
   *     an ISO date)
   * @param items caller-supplied texts carried by the block, in order (e.g. the actions)
   */
  public Block(BlockKind kind, String text, Map<String, String> facts, List<String> items) {
    this.kind = checkNotNull(kind, "kind");
    this.text = checkNotNull(text, "text");
    this.source = text;
    this.start = 0;
    this.end = text.length();
    this.facts = ImmutableMap.copyOf(checkNotNull(facts, "facts"));
    this.items = ImmutableList.copyOf(checkNotNull(items, "items"));
  }

  /**
   * A composed block: characters [start, end) of the reply's text, which {@link #attach} supplies
   * once the whole reply is joined, before the {@link Reply} that publishes the block is built.
   */
  Block(BlockKind kind, int start, int end, Object[] factPairs, ImmutableList<String> items) {
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.facts = factPairs;
    this.items = items;
  }

  /** Where a composed block starts in its reply's text (0 for a block made from text). */
  int start() {
    return start;
  }

  /** Where a composed block ends in its reply's text. */
  int end() {
    return end;
  }

  void attach(String replyText) {
    this.source = replyText;
  }

  /** {@return the block's role} */
  public BlockKind kind() {
    return kind;
  }

  /** {@return the resolved, human-readable text (plain text, unescaped)} */
  public String text() {
    String t = text;
    if (t == null) {
      // Racy but safe, like String.hashCode: every thread computes the same immutable string.
      t = source.substring(start, end);
      text = t;
    }
    return t;
  }

  /**
   * {@return what the text was made from, as stable string values (e.g. {@code deadline} as an ISO
   * date)}
   */
  @SuppressWarnings("unchecked") // the field holds only these two types
  public Map<String, String> facts() {
    Object f = facts;
    if (f instanceof ImmutableMap<?, ?> map) {
      return (ImmutableMap<String, String>) map;
    }
    Object[] pairs = (Object[]) f; // never mutated, so a racing thread reads the same pairs
    ImmutableMap.Builder<String, String> b = ImmutableMap.builderWithExpectedSize(pairs.length / 2);
    for (int i = 0; i < pairs.length; i += 2) {
      b.put((String) pairs[i], String.valueOf(pairs[i + 1]));
    }
    ImmutableMap<String, String> map = b.buildOrThrow();
    facts = map;
    return map;
  }

  /** {@return caller-supplied texts carried by the block, in order (e.g. the actions)} */
  public List<String> items() {
    return items;
  }

  /**
   * The fact named {@code name}, if the block has it.
   *
   * @param name the fact's name, e.g. {@code "deadline"}
   * @return the fact's value, or empty when this block has no such fact
   */
  public Optional<String> fact(String name) {
    return Optional.ofNullable(facts().get(name));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Block b
        && kind == b.kind
        && text().equals(b.text())
        && facts().equals(b.facts())
        && items.equals(b.items);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, text(), facts(), items);
  }

  @Override
  public String toString() {
    return "Block[kind=" + kind + ", text=" + text() + ", facts=" + facts() + ", items=" + items + "]";
  }
}
