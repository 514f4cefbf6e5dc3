package dev.empathy.channels.fit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;

/**
 * The one order of what to keep when a channel must cut, shared by every channel and held as data
 * ({@code keep-order.properties}): the first action, then the timeline, the further actions, the
 * follow-up, the timeline's detail (it shrinks to its deadline), the summary, a channel's
 * signature line, the acknowledgement's elaboration, the confirmation question, the closing, and
 * the phrase framing the first action, the first to go. The acknowledgement shrinks to its short
 * form before any section that carries a fact is dropped.
 *
 * <pre>{@code
 * KeepOrder.dropSteps();   // [closing, confirmation, acknowledgement.elaboration, summary, …, action]
 * KeepOrder.rank("timeline") < KeepOrder.rank("summary");   // true: the timeline matters more
 * }</pre>
 */
public final class KeepOrder {
  /** The step that replaces the acknowledgement by its short form rather than dropping it. */
  public static final String ELABORATION = "acknowledgement.elaboration";

  private static final ImmutableMap<String, String> DATA = ChannelData.properties(KeepOrder.class, "keep-order.properties");
  private static final ImmutableList<String> KEEP = list("keep");
  private static final ImmutableSet<String> TARGET_KEEPS = ImmutableSet.copyOf(list("target.keeps"));

  private KeepOrder() {}

  /** The roles in the order they are kept, most important first. */
  public static ImmutableList<String> keep() {
    return KEEP;
  }

  /** The steps a channel takes to cut, first to last: the keep order reversed. */
  public static ImmutableList<String> dropSteps() {
    return KEEP.reverse();
  }

  /** The roles a soft length target never removes (the first action and the timeline). */
  public static ImmutableSet<String> targetKeeps() {
    return TARGET_KEEPS;
  }

  /**
   * How important {@code role} is: its index in the keep order (0 = the first action), or -1 for
   * a role the order does not list (it is never dropped whole, and is cut before listed ones).
   */
  public static int rank(String role) {
    return KEEP.indexOf(role);
  }

  private static ImmutableList<String> list(String key) {
    String v = DATA.get(key);
    if (v == null) {
      throw new IllegalStateException("keep-order.properties is missing " + key);
    }
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (String s : v.split(",")) {
      if (!s.strip().isEmpty()) {
        out.add(s.strip());
      }
    }
    return out.build();
  }
}
