package dev.empathy.channels.social;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.twitter.twittertext.TwitterTextParser;
import dev.empathy.channel.Change;
import dev.empathy.channel.Channel;
import dev.empathy.channel.ChannelOverflowException;
import dev.empathy.channel.Length;
import dev.empathy.channel.Overflow;
import dev.empathy.channel.RenderOptions;
import dev.empathy.channel.Rendered;
import dev.empathy.channels.fit.ChannelData;
import dev.empathy.channels.fit.Cuts;
import dev.empathy.channels.fit.Section;
import dev.empathy.channels.fit.Shortener;
import dev.empathy.compose.Block;
import dev.empathy.compose.BlockKind;
import dev.empathy.compose.Reply;
import dev.empathy.phrase.Phrasebook;
import dev.empathy.text.PrivateData;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Public social replies (X, Facebook, Instagram and LinkedIn comments): short, humble, free of
 * private data, and moving the conversation to a private message.
 *
 * <pre>{@code
 * Rendered r = Channels.require("social").render(reply, RenderOptions.builder().flavor("x").build());
 * r.parts().get(0);   // "Hi Dana,\nI’m sorry about the double charge. … I’ve sent you a DM so …"
 * r.field("dm");      // Optional[the full reply, for the private message]
 * r.length();         // Length[unit=weighted, value=187, limit=280]
 * }</pre>
 *
 * <h2>Rendered conventions</h2>
 *
 * <ul>
 *   <li>flavours: {@code x} (default), {@code facebook}, {@code instagram}, {@code linkedin};
 *   <li>{@code text()}: the public post (with {@link Overflow#SPLIT}, the thread's posts separated
 *       by a blank line);
 *   <li>{@code parts()}: the public post (or each post of the thread), then the DM, last;
 *   <li>{@code fields()}: {@code dm} (the whole reply as plain text, for the private message);
 *   <li>{@code length()}: the public post (the longest post of a thread) in {@code weighted}
 *       characters for X, counted by twitter-text 3.1.0 (limit 280), or in {@code graphemes} for
 *       Facebook (8000), Instagram (2200) and LinkedIn (1250); the DM is not limited here.
 * </ul>
 *
 * <h2>What goes public</h2>
 *
 * <p>The greeting, acknowledgement, boundary, summary, actions, timeline, follow-up and closing,
 * in that order, then a hand-off line ({@code social.dm} phrase: "I’ve sent you a DM so we can sort
 * this out privately"). The confirmation question and the sign-off only go in the DM. A block that
 * holds private data (e-mail addresses, phone and long numbers, Luhn-valid card numbers, IBANs,
 * postal addresses, order or account numbers, the customer's surname) stays out of the public post:
 * an acknowledgement is replaced by the same feeling without the situation, a greeting by one
 * without the name, any other block is left to the DM; each is listed in the changes (by kind,
 * never repeating the data). The public post then keeps to about 280 characters by leaving the
 * closing, follow-up, summary, further actions and timeline to the DM, in that order.
 *
 * <h2>Overflow</h2>
 *
 * <p>{@code SHORTEN} (default) drops those blocks further, then the first action, boundary and
 * greeting, then cuts the acknowledgement at a word boundary; {@code SPLIT} keeps every public
 * block and makes a thread of posts split at sentence boundaries, at most {@code maxParts} posts
 * (default 10) with the hand-off line last, what does not fit left to the DM; {@code FAIL} throws
 * {@link ChannelOverflowException}. {@code limit} may tighten the platform's limit.
 */
public final class SocialChannel implements Channel {
  /** The channel id. */
  public static final String ID = "social";

  private static final ImmutableMap<String, String> LIMITS = ChannelData.properties(SocialChannel.class, "limits.properties");
  private static final ImmutableSet<String> FLAVORS = ImmutableSet.of("x", "facebook", "instagram", "linkedin");
  private static final int PUBLIC_TARGET = ChannelData.intValue(LIMITS, "public.target");
  private static final int THREAD_MAX = ChannelData.intValue(LIMITS, "thread.maxPosts");
  private static final int X_FIT_UNITS = ChannelData.intValue(LIMITS, "x.fitUnits");
  private static final List<String> BREVITY_ORDER = List.of("closing", "follow_up", "summary", "action_more", "timeline");
  private static final List<String> DROP_ORDER =
      List.of("closing", "follow_up", "summary", "action_more", "timeline", "action", "boundary", "greeting");
  private static final Set<BlockKind> DM_ONLY = Set.of(BlockKind.CONFIRMATION, BlockKind.SIGN_OFF);

  /** Public for {@link java.util.ServiceLoader}; use {@code Channels.require("social")}. */
  public SocialChannel() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<String> flavors() {
    return FLAVORS.asList();
  }

  @Override
  public Rendered render(Reply reply, RenderOptions options) {
    String flavor = flavorOf(options);
    int limit = ChannelData.intValue(LIMITS, flavor);
    if (options.limit().isPresent()) {
      limit = Math.min(limit, options.limit().getAsInt());
    }
    String unit = flavor.equals("x") ? "weighted" : "graphemes";
    ToIntFunction<String> measure = flavor.equals("x") ? SocialChannel::weighted : Cuts.GRAPHEMES;
    // While fitting, a text far beyond any post is over the limit without being parsed whole.
    ToIntFunction<String> fit = t -> t.length() > X_FIT_UNITS ? X_FIT_UNITS : measure.applyAsInt(t);
    Rendered.Builder out = Rendered.builder(ID, flavor).warnings(reply.warnings());
    PrivateData detector = PrivateData.forLocale(reply.locale()).withCustomerName(reply.customerName().orElse(null));

    List<Section> sections = new ArrayList<>();
    for (Block block : reply.blocks()) {
      if (DM_ONLY.contains(block.kind())) {
        continue;
      }
      String role = Section.roleOf(block);
      List<PrivateData.Span> found = detector.find(block.text());
      if (found.isEmpty()) {
        sections.add(new Section(role, block.text(), block.kind() == BlockKind.ACKNOWLEDGEMENT));
        continue;
      }
      String kinds = describe(found);
      Optional<String> safe = safeVariant(reply, block);
      if (safe.isPresent() && !detector.any(safe.get())) {
        sections.add(new Section(role, safe.get(), block.kind() == BlockKind.ACKNOWLEDGEMENT));
        out.change(
            Change.Kind.REDACTED,
            role + ": left out the customer's words, which contained " + kinds + "; the DM has them");
      } else {
        out.change(Change.Kind.MOVED, role + " moved to the DM: it contained " + kinds);
      }
    }
    sections.add(new Section("dm", reply.phrase("social.dm"), false));

    Overflow overflow = options.overflow().orElse(Overflow.SHORTEN);
    if (overflow != Overflow.SPLIT) {
      sections = brief(sections, reply, out);
    }
    String post = assemble(sections, reply.phrasebook());
    List<String> posts = new ArrayList<>();
    if (fit.applyAsInt(post) > limit) {
      switch (overflow) {
        case FAIL -> throw new ChannelOverflowException(ID, unit, measure.applyAsInt(post), limit);
        case SPLIT -> posts.addAll(thread(sections, fit, limit, unit, options.maxParts().orElse(THREAD_MAX), reply, out));
        default -> {
          Shortener.Fitted fitted =
              Shortener.fit(sections, s -> assemble(s, reply.phrasebook()), fit, limit, unit, DROP_ORDER, "…", reply.locale());
          fitted.changes().forEach(out::change);
          posts.add(fitted.text());
        }
      }
    } else {
      posts.add(post);
    }
    int measured = posts.stream().mapToInt(measure).max().orElse(0);
    String dm = reply.toPlainText();
    return out.text(String.join("\n\n", posts))
        .parts(posts)
        .part(dm)
        .field("dm", dm)
        .length(new Length(unit, measured, limit))
        .build();
  }

  /**
   * A thread: the public blocks split at sentence boundaries into at most {@code maxPosts} posts,
   * the hand-off line ending the last one (or standing alone when it does not fit beside it).
   */
  private static List<String> thread(
      List<Section> sections,
      ToIntFunction<String> measure,
      int limit,
      String unit,
      int maxPosts,
      Reply reply,
      Rendered.Builder out) {
    List<Section> body = new ArrayList<>(sections);
    String dm = body.remove(body.size() - 1).text();
    String text = assemble(body, reply.phrasebook());
    // Never split more than the thread can hold: a 100 KB acknowledgement stays in the DM.
    int room = (int) Math.min(Integer.MAX_VALUE / 2, (long) maxPosts * limit * 4L);
    boolean capped = text.length() > room;
    if (capped) {
      text = text.substring(0, dev.empathy.text.Graphemes.boundaryAtOrBefore(text, room));
    }
    Cuts.Split split = Cuts.split(text, measure, limit, reply.locale());
    List<String> posts = new ArrayList<>(split.pieces());
    if (split.droppedGraphemes() > 0) {
      out.change(Change.Kind.DROPPED, split.droppedGraphemes() + " character clusters longer than a whole post were left out");
    }
    int keep = Math.max(0, maxPosts - 1);
    if (posts.size() > keep || capped) {
      boolean fitsBeside = posts.size() <= maxPosts && !capped
          && measure.applyAsInt(beside(posts.get(posts.size() - 1), dm)) <= limit;
      if (!fitsBeside && posts.size() > keep) {
        out.change(Change.Kind.TRUNCATED, "kept the first " + keep + " posts of the thread; the rest is in the DM");
        posts = new ArrayList<>(posts.subList(0, keep));
      } else if (capped) {
        out.change(Change.Kind.TRUNCATED, "the thread holds what fits in " + maxPosts + " posts; the rest is in the DM");
      }
    }
    if (!posts.isEmpty() && measure.applyAsInt(beside(posts.get(posts.size() - 1), dm)) <= limit) {
      posts.set(posts.size() - 1, beside(posts.get(posts.size() - 1), dm));
    } else if (measure.applyAsInt(dm) <= limit) {
      posts.add(dm);
    } else {
      posts.add(Cuts.shorten(dm, measure, limit, "…", reply.locale()));
    }
    out.change(Change.Kind.SPLIT, "split into a thread of " + posts.size() + " posts of at most " + limit + " " + unit);
    return posts;
  }

  /** Leaves lower-priority blocks to the DM until the public post is short, whole blocks only. */
  private static List<Section> brief(List<Section> sections, Reply reply, Rendered.Builder out) {
    List<Section> kept = new ArrayList<>(sections);
    for (String role : BREVITY_ORDER) {
      if (Cuts.GRAPHEMES.applyAsInt(assemble(kept, reply.phrasebook())) <= PUBLIC_TARGET) {
        break;
      }
      if (kept.removeIf(s -> s.role().equals(role))) {
        out.change(
            Change.Kind.MOVED,
            role.replace('_', '-') + " left to the DM to keep the public reply short (about " + PUBLIC_TARGET + " characters)");
      }
    }
    return kept;
  }

  /** A variant of the block without the caller's words, built from its facts. */
  private static Optional<String> safeVariant(Reply reply, Block block) {
    if (block.kind() == BlockKind.ACKNOWLEDGEMENT) {
      return block.fact("emotion").map(e -> reply.phrase("ack." + e + ".general"));
    }
    if (block.kind() == BlockKind.GREETING) {
      return Optional.of(reply.phrase("greeting.anonymous"));
    }
    return Optional.empty();
  }

  private static String describe(List<PrivateData.Span> found) {
    Set<String> kinds = new LinkedHashSet<>();
    found.forEach(f -> kinds.add(f.kind().description()));
    return String.join(" and ", kinds);
  }

  /** The last post and the DM line as one post. */
  private static String beside(String post, String dm) {
    return post + Cuts.sentenceGap(post) + dm;
  }

  static String assemble(List<Section> sections, Phrasebook book) {
    StringBuilder sb = new StringBuilder(280);
    boolean previousGreeting = false;
    // Laid out after any were dropped: a sentence whose greeting was dropped keeps its capital.
    for (Section s : Section.afterGreeting(sections, book)) {
      if (s.text().isBlank()) {
        continue;
      }
      if (sb.length() > 0) {
        // The greeting ("Hi Dana,") stands on its own line.
        sb.append(previousGreeting ? "\n" : Cuts.sentenceGap(sb));
      }
      sb.append(Cuts.strip(s.text()));
      previousGreeting = s.role().equals("greeting");
    }
    return sb.toString();
  }

  /** X's weighted length, counted by twitter-text's default (emoji-aware) configuration. */
  static int weighted(String text) {
    return TwitterTextParser.parseTweet(text).weightedLength;
  }

}
