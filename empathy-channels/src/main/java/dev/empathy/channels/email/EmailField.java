package dev.empathy.channels.email;

import dev.empathy.channel.RenderedField;

/**
 * The named extras of a rendered e-mail message as typed constants, beside their string forms.
 *
 * <pre>{@code
 * Rendered r = Channels.render(reply, EmailFlavor.HTML);
 * r.field(EmailField.SUBJECT);
 * }</pre>
 */
public enum EmailField implements RenderedField {
  /** The subject line. */
  SUBJECT("subject"),
  /** The preview text mail clients show after the subject. */
  PREHEADER("preheader"),
  /** The HTML body (flavour {@code html} only). */
  HTML("html"),
  /** The multipart/alternative MIME body, plain text and HTML (flavour {@code html} only). */
  MIME("mime");

  private final String id;

  EmailField(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
