package dev.empathy.channel;

/**
 * A named extra of a {@link Rendered} message as a typed constant, beside its string form: {@code
 * EmailField.SUBJECT} is {@code "subject"}. The bundled channels implement it with an enum each
 * ({@code EmailField}, {@code SocialField}, {@code SmsField}, {@code VoiceField} in
 * empathy-channels).
 *
 * <pre>{@code
 * Rendered email = Channels.render(reply, EmailFlavor.HTML);
 * String subject = email.field(EmailField.SUBJECT).orElseThrow();
 * }</pre>
 */
public interface RenderedField {
  /**
   * {@return the field's name, as {@link Rendered#field(String)} takes it, e.g. {@code "subject"}}
   */
  String id();
}
