package dev.empathy.channels.fit;

import com.google.common.collect.ImmutableList;
import dev.empathy.channel.Change;
import dev.empathy.text.Graphemes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Makes a message fit its limit the way a person would: drop lower-priority sections first
 * (closing, then follow-up, then summary detail, in the order the channel gives), then cut the
 * last cuttable section at a word boundary with an ellipsis, and when the limit is tighter than
 * even the fixed lines, cut those too. Every step is reported as a {@link Change}. The result fits
 * whenever the channel's assembly of no sections fits (an empty message).
 *
 * <pre>{@code
 * Shortener.Fitted f = Shortener.fit(sections, s -> join(s), Cuts.GRAPHEMES, 1250, "graphemes",
 *     List.of("closing", "follow_up", "summary"), "…", Locale.US);
 * f.text();     // within 1250 graphemes
 * f.changes();  // [DROPPED: closing …, TRUNCATED: acknowledgement …]
 * }</pre>
 */
public final class Shortener {
  /** A cut section keeps at least this many graphemes (or a third of itself), or is dropped. */
  private static final int MIN_HEAD = 24;

  private Shortener() {}

  /**
   * The fitted message.
   *
   * @param sections the sections kept, some possibly cut
   * @param text the assembled text, within the limit
   * @param changes what was dropped or cut, in order
   */
  public record Fitted(ImmutableList<Section> sections, String text, ImmutableList<Change> changes) {
    /** True when nothing had to change. */
    public boolean untouched() {
      return changes.isEmpty();
    }
  }

  /**
   * Fits {@code sections} into {@code limit} under {@code measure} of their assembled text.
   *
   * @param assemble joins sections into the message as sent (escaping included, if measured so)
   * @param unit the unit's name for change details, e.g. {@code weighted characters}
   * @param dropOrder roles to drop whole, first to last
   */
  public static Fitted fit(
      List<Section> sections,
      Function<List<Section>, String> assemble,
      ToIntFunction<String> measure,
      int limit,
      String unit,
      List<String> dropOrder,
      String ellipsis,
      Locale locale) {
    List<Section> kept = new ArrayList<>(sections);
    ImmutableList.Builder<Change> changes = ImmutableList.builder();
    String text = assemble.apply(kept);
    int original = measure.applyAsInt(text);
    if (original <= limit) {
      return new Fitted(ImmutableList.copyOf(kept), text, changes.build());
    }
    String target = " to fit " + limit + " " + unit + " (was " + original + ")";
    for (String role : dropOrder) {
      if (kept.removeIf(s -> s.role().equals(role))) {
        changes.add(new Change(Change.Kind.DROPPED, "dropped the " + role.replace('_', '-') + target));
        text = assemble.apply(kept);
        if (measure.applyAsInt(text) <= limit) {
          return new Fitted(ImmutableList.copyOf(kept), text, changes.build());
        }
      }
    }
    // First cut only the sections the channel marked cuttable; if the limit is tighter than the
    // fixed lines themselves, cut those too, last first. The message is always rebuilt from
    // sections, so escaping applied by assemble stays intact.
    for (boolean any : new boolean[] {false, true}) {
      for (int i = kept.size() - 1; i >= 0; i--) {
        Section s = kept.get(i);
        if (!any && !s.cuttable()) {
          continue;
        }
        int index = i;
        String full = s.text();
        int end =
            Cuts.fittingEndBy(
                full,
                e -> measure.applyAsInt(
                    assemble.apply(replace(kept, index, s.withText(Cuts.trimCut(full.substring(0, e)) + ellipsis)))),
                limit);
        String head = Cuts.trimCut(full.substring(0, end));
        // In the first pass a stub ("Here’s…") says nothing: drop the section instead and cut the
        // one before it. The second pass accepts any head rather than lose the message.
        boolean stub = !any && isStub(head, full);
        if (!head.isEmpty() && !stub) {
          int word = Cuts.preferWordBoundary(full, end, locale);
          String wordHead = Cuts.trimCut(full.substring(0, word));
          String candidate = assemble.apply(replace(kept, index, s.withText(wordHead + ellipsis)));
          if (word != end && !wordHead.isEmpty() && measure.applyAsInt(candidate) <= limit) {
            head = wordHead;
          }
          kept.set(index, s.withText(head + ellipsis));
          changes.add(
              new Change(
                  Change.Kind.TRUNCATED,
                  "cut the " + s.role().replace('_', '-') + " at a word boundary" + target));
          return new Fitted(ImmutableList.copyOf(kept), assemble.apply(kept), changes.build());
        }
        kept.remove(index);
        changes.add(new Change(Change.Kind.DROPPED, "dropped the " + s.role().replace('_', '-') + target));
        text = assemble.apply(kept);
        if (measure.applyAsInt(text) <= limit) {
          return new Fitted(ImmutableList.copyOf(kept), text, changes.build());
        }
      }
    }
    return new Fitted(ImmutableList.copyOf(kept), assemble.apply(kept), changes.build());
  }

  private static boolean isStub(String head, String full) {
    int kept = Graphemes.count(head);
    return kept < MIN_HEAD && kept * 3 < Graphemes.count(full);
  }

  private static List<Section> replace(List<Section> all, int index, Section with) {
    List<Section> copy = new ArrayList<>(all);
    copy.set(index, with);
    return copy;
  }
}
