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
 * Makes a message fit its limit the way a person would, in the one order every channel shares
 * ({@link KeepOrder}): drop the action's framing, the closing, then the confirmation question,
 * shrink the acknowledgement to its short form, drop a signature line and the summary, shrink the
 * timeline to its deadline, drop the follow-up, the further actions, then the short
 * acknowledgement itself (and any other cuttable section the order does not list),
 * then the timeline; then cut what remains at a word boundary with an ellipsis, least important
 * first and the first action last; when the limit is tighter than even the fixed lines, cut those
 * too. Every step is reported as a {@link Change}. The result fits whenever the channel's assembly
 * of no sections fits (an empty message).
 *
 * <p>{@link #brief} is the soft version for a length target (two SMS segments, 35 spoken seconds):
 * the same order, whole sections only, and never the first action or the timeline.
 *
 * <pre>{@code
 * Shortener.Fitted f = Shortener.fit(sections, s -> join(s), Cuts.GRAPHEMES, 1250, "graphemes", "…", Locale.US);
 * f.text();     // within 1250 graphemes
 * f.changes();  // [DROPPED: closing …, TRUNCATED: acknowledgement shortened …]
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
   * Brings {@code sections} towards {@code target} (a soft goal) by the keep order, whole sections
   * only, never removing the roles of {@link KeepOrder#targetKeeps()}; stops as soon as the target
   * is met. May leave the message over the target.
   *
   * @param why how the change details name the target, e.g. {@code "to keep to 2 segments"}
   */
  public static Fitted brief(
      List<Section> sections,
      Function<List<Section>, String> assemble,
      ToIntFunction<String> measure,
      int target,
      String why) {
    Fitted f = brief(sections, s -> measure.applyAsInt(assemble.apply(s)), target, why);
    return new Fitted(f.sections(), assemble.apply(f.sections()), f.changes());
  }

  /**
   * {@link #brief(List, Function, ToIntFunction, int, String)} measuring the sections themselves
   * (a count of chat bubbles, say); the result's text is empty.
   */
  public static Fitted brief(List<Section> sections, ToIntFunction<List<Section>> measure, int target, String why) {
    List<Section> kept = new ArrayList<>(sections);
    ImmutableList.Builder<Change> changes = ImmutableList.builder();
    for (String step : KeepOrder.dropSteps()) {
      if (measure.applyAsInt(kept) <= target) {
        break;
      }
      if (KeepOrder.targetKeeps().contains(step)) {
        continue;
      }
      apply(step, kept, changes, " " + why);
    }
    return new Fitted(ImmutableList.copyOf(kept), "", changes.build());
  }

  /**
   * Fits {@code sections} into {@code limit} under {@code measure} of their assembled text.
   *
   * @param assemble joins sections into the message as sent (escaping included, if measured so)
   * @param unit the unit's name for change details, e.g. {@code weighted characters}
   */
  public static Fitted fit(
      List<Section> sections,
      Function<List<Section>, String> assemble,
      ToIntFunction<String> measure,
      int limit,
      String unit,
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
    for (String step : KeepOrder.dropSteps()) {
      if (step.equals("action")) {
        break; // the first action is cut, never dropped whole, below
      }
      if (step.equals("timeline")) {
        // Before the timeline goes, so does what the order does not list and may be cut (the
        // short acknowledgement), when that alone makes the message fit: the action and the
        // timeline are what the reply is for. Otherwise the acknowledgement stays for now.
        List<Section> without = new ArrayList<>(kept);
        List<Section> left = new ArrayList<>();
        without.removeIf(s -> {
          boolean go = s.cuttable() && KeepOrder.rank(s.role()) < 0;
          if (go) {
            left.add(s);
          }
          return go;
        });
        String shorter = assemble.apply(without);
        if (!left.isEmpty() && measure.applyAsInt(shorter) <= limit) {
          left.forEach(s -> changes.add(new Change(Change.Kind.DROPPED, "dropped the " + s.role().replace('_', '-') + target)));
          return new Fitted(ImmutableList.copyOf(without), shorter, changes.build());
        }
      }
      if (step.equals("timeline") && kept.stream().anyMatch(x -> x.role().equals("timeline"))) {
        // Before the timeline goes, the first action is cut at the end of one of its clauses when
        // that keeps the concrete when beside it, whole with its owner where it fits: "I’ve rolled
        // your workspace back, cleared the queue. You’ll hear back from our team within 4 hours."
        // says more than the whole action alone, or the action cut with "…" (the DM has it all).
        Fitted clause = null;
        int t = indexOf(kept, "timeline");
        Section whole = sections.stream().filter(x -> x.role().equals("timeline")).findFirst().orElse(null);
        if (whole != null && !whole.text().equals(kept.get(t).text())) {
          ImmutableList.Builder<Change> unshrunk = ImmutableList.builder();
          changes.build().stream().filter(c -> !c.detail().startsWith("shortened the timeline")).forEach(unshrunk::add);
          clause = clauseCut(replace(kept, t, whole), assemble, measure, limit, target, unshrunk, locale, false);
        }
        if (clause == null) {
          clause = clauseCut(kept, assemble, measure, limit, target, changes, locale, false);
        }
        if (clause != null) {
          return clause;
        }
      }
      if (apply(step, kept, changes, target)) {
        text = assemble.apply(kept);
        if (measure.applyAsInt(text) <= limit) {
          return new Fitted(ImmutableList.copyOf(kept), text, changes.build());
        }
      }
    }
    // First cut only the sections the channel marked cuttable, least important first (roles the
    // keep order does not list, then the order from its end, the first action last); if the limit
    // is tighter than the fixed lines themselves, cut those too. The message is always rebuilt
    // from sections, so escaping applied by assemble stays intact.
    // A fixed line dropped in the second pass (a hand-off line with no room) may leave room for
    // the first action again: the first pass is taken once more before anything else is cut
    // ("Deine Geduld wurd…" was cut when the DM line alone had taken the action's room).
    for (boolean any = false, again = true; again; any = !any) {
      again = !any;
      while (true) {
        int i = leastImportant(kept, any);
        if (i < 0) {
          break;
        }
        Section s = kept.get(i);
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
        // next one. The second pass accepts any head rather than lose the message.
        boolean stub = !any && isStub(head, full);
        if (stub && KeepOrder.rank(s.role()) == 0) {
          break; // the first action is cut, never dropped: cut the fixed lines first, below
        }
        if (!head.isEmpty() && !stub && KeepOrder.rank(s.role()) == 0) {
          // The first action ends at one of its clauses when one keeps half of what fits: a
          // whole sentence reads as written, "…while our…" as cut.
          Fitted clause = clauseCut(kept, assemble, measure, limit, target, changes, locale, true);
          if (clause != null) {
            return clause;
          }
        }
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
        if (any && !s.cuttable()) {
          again = true; // back to the first pass
          break;
        }
      }
    }
    return new Fitted(ImmutableList.copyOf(kept), assemble.apply(kept), changes.build());
  }

  /**
   * {@code kept} with its first action (the cuttable section ranked first) cut at the end of its
   * longest clause that lets the message fit, or null when none does or the head would be a stub;
   * with {@code half}, only a head at least half as long as the longest word-boundary head.
   */
  private static Fitted clauseCut(
      List<Section> kept,
      Function<List<Section>, String> assemble,
      ToIntFunction<String> measure,
      int limit,
      String target,
      ImmutableList.Builder<Change> changes,
      Locale locale,
      boolean half) {
    int index = -1;
    for (int i = 0; i < kept.size(); i++) {
      if (kept.get(i).cuttable() && KeepOrder.rank(kept.get(i).role()) == 0 && !kept.get(i).text().isEmpty()) {
        index = i;
        break;
      }
    }
    if (index < 0) {
      return null;
    }
    Section s = kept.get(index);
    String full = s.text();
    int at = index;
    int end = Cuts.fittingEndBy(
        full, e -> measure.applyAsInt(assemble.apply(replace(kept, at, s.withText(Cuts.trimCut(full.substring(0, e)) + ".")))), limit);
    if (end <= 0 || end >= full.length()) {
      return null;
    }
    int clause = Cuts.clauseEnd(full, end, locale);
    if (clause <= 0) {
      return null;
    }
    String head = Cuts.clauseHead(full, clause);
    if (head.isEmpty() || isStub(head, full) || half && 2 * Graphemes.count(head) < Graphemes.count(Cuts.trimCut(full.substring(0, end)))) {
      return null;
    }
    List<Section> cut = replace(kept, index, s.withText(head));
    String text = assemble.apply(cut);
    if (measure.applyAsInt(text) > limit) {
      return null;
    }
    changes.add(new Change(Change.Kind.TRUNCATED, "cut the " + s.role().replace('_', '-') + " at the end of a clause" + target));
    return new Fitted(ImmutableList.copyOf(cut), text, changes.build());
  }

  /** Takes one step of the keep order; true when something changed. */
  private static boolean apply(String step, List<Section> kept, ImmutableList.Builder<Change> changes, String why) {
    int dot = step.indexOf('.');
    if (dot > 0) {
      // "acknowledgement.elaboration", "action.framing": the role keeps its short form.
      String role = step.substring(0, dot);
      boolean shrunk = false;
      for (int i = 0; i < kept.size(); i++) {
        Section s = kept.get(i);
        if (s.role().equals(role) && s.shortForm() != null) {
          kept.set(i, s.toShortForm());
          shrunk = true;
        }
      }
      if (shrunk) {
        changes.add(new Change(Change.Kind.TRUNCATED, "shortened the " + role.replace('_', '-') + " to its short form" + why));
      }
      return shrunk;
    }
    if (kept.removeIf(s -> s.role().equals(step))) {
      changes.add(new Change(Change.Kind.DROPPED, "dropped the " + step.replace('_', '-') + why));
      return true;
    }
    return false;
  }

  /**
   * The index of the section to cut next: among the cuttable ones (or all, when {@code any}), a
   * role the keep order does not list before a listed one, and listed ones from the end of the
   * order; among equals, the last. -1 when there is none.
   */
  private static int leastImportant(List<Section> kept, boolean any) {
    int best = -1;
    int bestRank = Integer.MIN_VALUE;
    for (int i = 0; i < kept.size(); i++) {
      Section s = kept.get(i);
      if ((!any && !s.cuttable()) || s.text().isEmpty()) {
        continue;
      }
      int r = KeepOrder.rank(s.role());
      int importance = r < 0 ? Integer.MAX_VALUE : r; // unlisted: least important
      if (best < 0 || importance >= bestRank) {
        best = i;
        bestRank = importance;
      }
    }
    return best;
  }

  private static boolean isStub(String head, String full) {
    int kept = Graphemes.count(head);
    return kept < MIN_HEAD && kept * 3 < Graphemes.count(full);
  }

  private static int indexOf(List<Section> all, String role) {
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).role().equals(role)) {
        return i;
      }
    }
    return -1;
  }

  private static List<Section> replace(List<Section> all, int index, Section with) {
    List<Section> copy = new ArrayList<>(all);
    copy.set(index, with);
    return copy;
  }
}
