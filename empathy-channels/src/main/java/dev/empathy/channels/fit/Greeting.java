package dev.empathy.channels.fit;

import dev.empathy.compose.Block;
import dev.empathy.compose.BlockKind;
import dev.empathy.compose.Reply;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How a channel greets, decided by the channel's data ({@code greeting} in its {@code
 * limits.properties}, {@code greeting.<flavour>} for one flavour), never by code: a letter's
 * greeting ("Dear Jo,", "Hello Priya,") belongs to e-mail; a text message, a chat, a public reply
 * and a call open as people talk ("Hi Jo!", "Hi Marco." for an angry customer: the locale's {@code
 * chat.greeting}, its punctuation chosen for the emotion), or with no greeting at all.
 *
 * <pre>{@code
 * Greeting.Style style = Greeting.style(limits, "x");         // CASUAL
 * Optional<String> hi = Greeting.text(reply, style, limits, "x");  // Optional[Hi Sam!]
 * }</pre>
 */
public final class Greeting {
  /** A channel's greeting register. */
  public enum Style {
    /** The reply's own greeting, as a letter opens ("Dear Jo,"). */
    LETTER,
    /** The greeting people use when they talk or text ({@code chat.greeting}: "Hi Jo!"). */
    CASUAL,
    /** No greeting. */
    NONE
  }

  private Greeting() {}

  /**
   * The style {@code data} gives for {@code flavor} ({@code greeting.<flavor>}, else {@code
   * greeting}); {@link Style#LETTER} when it gives none.
   *
   * @throws IllegalStateException when the data names no style
   */
  public static Style style(Map<String, String> data, String flavor) {
    String v = data.getOrDefault("greeting." + flavor, data.getOrDefault("greeting", "letter")).strip();
    try {
      return Style.valueOf(v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("channel data: greeting must be letter, casual or none but was \"" + v + "\"", e);
    }
  }

  /**
   * The greeting {@code reply} opens with in {@code style}, or empty for none. A customer known
   * only by a handle ("@sam") is greeted without it ("Hi there!": a handle is how a platform shows
   * someone, not a name to greet by; {@code greeting.handle.<flavor> = keep} greets by it), or not
   * greeted at all ({@code greeting.handle.<flavor> = none}); a customer whose
   * name is not known is not greeted where {@code greeting.nameless.<flavor> = none} (a public
   * post opening "Hi there." reads as filler). A call greets a name that holds markup brackets
   * ("<speak>&</speak>") with the anonymous greeting.
   */
  public static Optional<String> text(Reply reply, Style style, Map<String, String> data, String flavor) {
    Optional<Block> block = reply.block(BlockKind.GREETING);
    if (block.isEmpty() || style == Style.NONE) {
      return Optional.empty();
    }
    if (style == Style.LETTER) {
      return Optional.of(block.get().text());
    }
    String emotion = emotion(reply);
    Optional<String> name = block.get().fact("name");
    boolean handle = name.isPresent() && name.get().startsWith("@");
    String handles = data.getOrDefault("greeting.handle." + flavor, data.getOrDefault("greeting.handle", "anonymous")).strip();
    if (handle && handles.equals("none")) {
      // An X reply already starts with the customer's handle: "Hi there." before it is filler, and
      // the post opens on what happened to them instead.
      return Optional.empty();
    }
    if (name.isEmpty() && data.getOrDefault("greeting.nameless." + flavor, data.getOrDefault("greeting.nameless", "anonymous")).strip().equals("none")) {
      return Optional.empty();
    }
    // A call says the name aloud: one holding markup ("<speak>&</speak>", a form's or a test's
    // leftovers) is no name a caller can hear, and an engine would read its brackets out.
    boolean unspeakable = name.isPresent() && flavor.equals("voice") && name.get().matches("(?s).*[<>].*");
    if (name.isEmpty() || (handle && handles.equals("anonymous")) || unspeakable) {
      return Optional.of(reply.phrase("chat.greeting.anonymous", Map.of("emotion", emotion)));
    }
    return Optional.of(named(reply, name.get(), emotion));
  }

  /**
   * The chat greeting by name ({@code chat.greeting}); a name that ends with its own stop ("J.",
   * "Mrs. K.") ends the sentence too: "Hi J.", never "Hi J..".
   */
  public static String named(Reply reply, String name, String emotion) {
    String said = reply.phrase("chat.greeting", Map.of("name", name, "emotion", emotion));
    if (name.endsWith(".")) {
      int at = said.indexOf(name);
      if (at >= 0 && said.startsWith(".", at + name.length()) && !said.startsWith("..", at + name.length())) {
        said = said.substring(0, at + name.length()) + said.substring(at + name.length() + 1);
      }
    }
    return said;
  }

  /** The acknowledged emotion as phrase selects name it ({@code pressed_for_time}), or {@code none}. */
  public static String emotion(Reply reply) {
    return reply.block(BlockKind.ACKNOWLEDGEMENT).flatMap(b -> b.fact("emotion")).orElse("none").replace('-', '_');
  }
}
