package dev.empathy.channel;

import dev.empathy.compose.Reply;
import dev.empathy.text.Graphemes;
import java.util.List;

/**
 * The plain-text channel: {@link Reply#toPlainText()} as one part, measured in graphemes, with no
 * limit. Always available as {@code Channels.require("plain")}.
 *
 * <pre>{@code
 * Rendered r = new PlainChannel().render(reply);
 * }</pre>
 */
public final class PlainChannel implements Channel {
  static final String ID = "plain";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<String> flavors() {
    return List.of("text");
  }

  @Override
  public Rendered render(Reply reply, RenderOptions options) {
    String flavor = flavorOf(options);
    String text = reply.toPlainText();
    int length = Graphemes.count(text);
    Integer limit = options.limit().isPresent() ? options.limit().getAsInt() : null;
    Rendered.Builder b = Rendered.builder(ID, flavor).text(text).part(text).warnings(reply.warnings());
    if (limit != null && length > limit) {
      Overflow overflow = options.overflow().orElse(Overflow.SHORTEN);
      if (overflow == Overflow.FAIL) {
        throw new ChannelOverflowException(ID, "graphemes", length, limit);
      }
      String cut = Graphemes.shorten(text, limit, "…");
      b = Rendered.builder(ID, flavor).text(cut).part(cut).warnings(reply.warnings());
      b.change(Change.Kind.TRUNCATED, "cut from " + length + " to " + Graphemes.count(cut) + " graphemes at a word boundary");
      length = Graphemes.count(cut);
    }
    return b.length(new Length("graphemes", length, limit)).build();
  }
}
