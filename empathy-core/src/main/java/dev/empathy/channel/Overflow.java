package dev.empathy.channel;

/**
 * What a channel does when a reply does not fit its medium's limit.
 *
 * <pre>{@code
 * RenderOptions.builder().overflow(Overflow.FAIL).build();
 * }</pre>
 */
public enum Overflow {
  /** Drop lower-priority blocks, then cut at a word boundary; every cut is listed in the changes. */
  SHORTEN,
  /** Split into several parts (bubbles, segments, a thread), each within the limit. */
  SPLIT,
  /** Throw {@link ChannelOverflowException} carrying the measured size and the limit. */
  FAIL
}
