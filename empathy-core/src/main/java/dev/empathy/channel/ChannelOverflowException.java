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

  private final String channel;
  private final String unit;
  private final int measured;
  private final int limit;

  public ChannelOverflowException(String channel, String unit, int measured, int limit) {
    super(channel + " reply is " + measured + " " + unit + ", over the limit of " + limit);
    this.channel = channel;
    this.unit = unit;
    this.measured = measured;
    this.limit = limit;
  }

  public String channel() {
    return channel;
  }

  public String unit() {
    return unit;
  }

  public int measured() {
    return measured;
  }

  public int limit() {
    return limit;
  }
}
