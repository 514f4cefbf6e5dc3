package dev.empathy.channel;

/**
 * Thrown when a reply does not fit a medium and the caller chose {@link Overflow#FAIL}. Carries
 * the measured size and the limit, so the caller can decide what to cut.
 *
 * <pre>{@code
 * try {
 *   x.render(reply, RenderOptions.builder().overflow(Overflow.FAIL).build());
 * } catch (ChannelOverflowException e) {
 *   e.measured(); e.limit(); e.unit();
 * }
 * }</pre>
 */
public class ChannelOverflowException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The channel's id, e.g. {@code "sms"}. */
  private final String channel;
  /** The unit both sizes are counted in, as in {@link Length#unit()}. */
  private final String unit;
  /** The reply's measured size. */
  private final int measured;
  /** The medium's or the caller's limit. */
  private final int limit;

  /**
   * Creates the exception; the message states the size and the limit.
   *
   * @param channel the channel's id, e.g. {@code "sms"}
   * @param unit the unit both sizes are counted in, e.g. {@code "segments"}
   * @param measured the reply's measured size
   * @param limit the limit it broke
   */
  public ChannelOverflowException(String channel, String unit, int measured, int limit) {
    super(channel + " reply is " + measured + " " + unit + ", over the limit of " + limit);
    this.channel = channel;
    this.unit = unit;
    this.measured = measured;
    this.limit = limit;
  }

  /** {@return the channel's id, e.g. {@code "sms"}} */
  public String channel() {
    return channel;
  }

  /** {@return the unit both sizes are counted in, as in {@link Length#unit()}} */
  public String unit() {
    return unit;
  }

  /** {@return the reply's measured size, in {@link #unit()}} */
  public int measured() {
    return measured;
  }

  /** {@return the limit the reply broke, in {@link #unit()}} */
  public int limit() {
    return limit;
  }
}
