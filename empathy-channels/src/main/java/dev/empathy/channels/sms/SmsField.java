package dev.empathy.channels.sms;

import dev.empathy.channel.RenderedField;

/**
 * The named extras of a rendered SMS message as typed constants, beside their string forms.
 *
 * <pre>{@code
 * Rendered r = Channels.render(reply, SmsFlavor.SMS);
 * r.field(SmsField.ENCODING);
 * }</pre>
 */
public enum SmsField implements RenderedField {
  /** {@code GSM-7} or {@code UCS-2}. */
  ENCODING("encoding"),
  /** The unit segments are counted in: {@code septets} or {@code utf16}. */
  UNIT("unit"),
  /** The units each segment uses, comma-separated, e.g. {@code 153,40}. */
  UNITS_PER_SEGMENT("unitsPerSegment"),
  /**
   * The national language single shift table a GSM-7 message goes with ({@code spanish}, {@code
   * portuguese}), or {@code none}.
   */
  LANGUAGE_SHIFT("languageShift");

  private final String id;

  SmsField(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
