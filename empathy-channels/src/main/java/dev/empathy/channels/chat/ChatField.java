package dev.empathy.channels.chat;

import dev.empathy.channel.RenderedField;

/**
 * The named extras of a rendered chat message as typed constants, beside their string forms.
 *
 * <pre>{@code
 * Rendered r = Channels.render(reply, ChatFlavor.SLACK);
 * r.field(ChatField.FORMAT);
 * }</pre>
 */
public enum ChatField implements RenderedField {
  /** The markup of the text, per flavour: {@code markdown}, {@code mrkdwn}, {@code html}, {@code whatsapp} or {@code plain}. */
  FORMAT("format");

  private final String id;

  ChatField(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
