package dev.empathy.channels.social;

import dev.empathy.channel.RenderedField;

/**
 * The named extras of a rendered public social message as typed constants, beside their string forms.
 *
 * <pre>{@code
 * Rendered r = Channels.render(reply, SocialFlavor.X);
 * r.field(SocialField.DM);
 * }</pre>
 */
public enum SocialField implements RenderedField {
  /** The full reply for the private message the public reply points to. */
  DM("dm");

  private final String id;

  SocialField(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
