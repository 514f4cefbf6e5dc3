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
import dev.empathy.channels.fit.Greeting;
import dev.empathy.channels.fit.Markup;
import dev.empathy.channels.fit.Section;
import dev.empathy.channels.fit.SensitiveDetails;
import dev.empathy.channels.fit.Shortener;
import dev.empathy.compose.Block;
import dev.empathy.compose.BlockKind;
import dev.empathy.compose.Reply;
import dev.empathy.text.PrivateData;
import dev.empathy.phrase.Phrasebook;
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
 * <p>The greeting, acknowledgement, summary, actions, timeline, follow-up and closing, in that
 * order. The confirmation question, the sign-off and any boundary block only go in the DM (a limit
 * is never set in public). Private data (e-mail addresses, phone and long numbers, Luhn-valid card
 * numbers, IBANs, postal addresses, order or account numbers, the customer's surname) stays out of
 * the public post (the company's own contact points stay: {@link RenderOptions#ownContacts()}, a
 * role mailbox such as "support@…", a toll-free number, a public app-store link): an acknowledgement is replaced by the same feeling without the situation, a
 * greeting by one without the name, an action keeps its words without the private detail, the
 * words that only name it and a preposition before it, and {@code social.redacted} ("(details in
 * your DM)") ends its sentence ({@code redaction.properties}), any other block is left to the DM;
 * each is listed in the changes (by kind, never repeating the data). A bereavement is answered in
 * public with the greeting and the condolence alone (the acknowledgement's short form), and
 * everything else is said in the DM. A hand-off line ({@code
 * social.dm}: "I’ve sent you a DM so we can sort this out privately") ends the post only when
 * something private moved or an action or follow-up asks for private details ({@code
 * social.dm.cues}); a grateful reply never has one ({@code dm.never} in {@code limits.properties}).
 * The hand-off line ends the post in place of the closing line, which stays in the DM; when the
 * agent's own public action or follow-up already says the move ({@code social.dm.said}: "I can
 * walk you through it in DM"), no hand-off line repeats it unless money or a sensitive matter was
 * kept back. Beside an action the closing line stays in the DM in any case ({@code public.closing
 * = alone}): the post ends on what was done. An @handle in the public post (a third party the
 * customer named, the brand itself) is written without its @ (found as X finds mentions), so the
 * reply tags no one else.
 * Money amounts, health, financial hardship and bereavement are kept to the DM too ({@link
 * dev.empathy.channels.fit.SensitiveDetails}, data per language): the acknowledgement names the
 * feeling alone, an action loses only its amount ("I’ve refunded the overdraft fee"), any other
 * block moves; a warning names what was kept back.
 * The public post then keeps to about 280 characters by the shared keep order ({@link
 * dev.empathy.channels.fit.KeepOrder}): the action's framing, the closing, the acknowledgement's
 * elaboration, the summary, the timeline's detail, the follow-up and further actions are left
 * out, never the first action or the timeline. Where the locale's {@code social.public.action} is
 * {@code clause} (es, fr, de, pt-BR), the first action is said in public as the agent's clause
 * alone, without its lead-in ("Dans l’immédiat : j’ai…" becomes "J’ai…"), as brands reply in public.
 * The acknowledgement is never dropped or cut short
 * in public (a post that answers an upset customer with facts alone reads as cold): it shrinks to
 * its short form, and when the post still does not fit, the first action is cut instead.
 *
 * <h2>How it greets and signs</h2>
 *
 * <p>As brands reply in public, never as a letter: the greeting is the locale's {@code
 * chat.greeting} ("Hi Sam!", "Hi Marco." for an angry customer), opening the post's first line
 * ({@code greeting}, {@code greeting.layout} in {@code limits.properties}); on X and Instagram a
 * customer known only by a handle, or not known at all, is not greeted: the platform shows whom
 * the post answers, and "Hi there." before it is filler, so the post opens on what happened
 * ({@code greeting.handle.<flavour>}, {@code greeting.nameless.<flavour>}). A long post keeps the
 * acknowledgement that names what happened: the follow-up, the summary, the closing, the
 * timeline's detail (its deadline stays) and further actions go to the DM before it shrinks to a
 * feeling alone; beside the hand-off line the follow-up always goes to the DM, which
 * that line already promises. When the reply names its agent ({@code
 * BrandVoice.agentName}), the post ends with the agent's mark as the flavour expects ({@code
 * signature.<flavour>}): "^JS" on X and Facebook, "-Jess" on Instagram, "– Jess" on LinkedIn (a
 * one-word name: "-Sam"); it ends a thread's last post, after any hand-off line.
 *
 * <h2>Overflow</h2>
 *
 * <p>{@code SHORTEN} (default) goes on in the same order (the action's framing, then the
 * timeline), then cuts at a word boundary, the first action last; {@code SPLIT} keeps every public
 * block and makes a thread of posts split at sentence boundaries, at most {@code maxParts} posts
 * (default 10) with any hand-off line last, what does not fit left to the DM; {@code FAIL} throws
 * {@link ChannelOverflowException} when the reply as composed does not fit. {@code limit} may
 * tighten the platform's limit.
 */
public final class SocialChannel implements Channel {
  /** The channel id. */
  public static final String ID = "social";

  private static final ImmutableMap<String, String> LIMITS = ChannelData.properties(SocialChannel.class, "limits.properties");
  private static final ImmutableSet<String> FLAVORS = ImmutableSet.of("x", "facebook", "instagram", "linkedin");
  private static final int PUBLIC_TARGET = ChannelData.intValue(LIMITS, "public.target");
  private static final int THREAD_MAX = ChannelData.intValue(LIMITS, "thread.maxPosts");
  private static final int X_FIT_UNITS = ChannelData.intValue(LIMITS, "x.fitUnits");
  /** Acknowledged emotions whose public replies never carry a DM line (nothing to sort out in private). */
  private static final Set<String> NO_DM_LINE = Set.copyOf(java.util.Arrays.asList(LIMITS.get("dm.never").split("\\s*,\\s*")));
  /**
   * The rest of an address after what was found of it: its flat, city, state and postcode, a word
   * in capitals or a figure each ("Lane, Apt 3B, Portland OR 97205", ", 8001 Zürich"), never a
   * pronoun ("I’ll").
   */
  private static final java.util.regex.Pattern ADDRESS_REST = java.util.regex.Pattern.compile(
      "(?:,?[ \\u00a0]+(?!I\\b|I[’'])[\\p{Lu}\\d](?:[\\p{L}\\p{N}'’#-]|\\.(?=\\p{L}))*)*");
  private static final Set<BlockKind> DM_ONLY = Set.of(BlockKind.CONFIRMATION, BlockKind.SIGN_OFF);
  /** The greeting opens the post's first line ("Hi Sam! Good question …") rather than its own. */
  /** Finds @handles as X does (Extractor is thread-safe once built: it only reads its patterns). */
  private static final com.twitter.twittertext.Extractor MENTIONS = new com.twitter.twittertext.Extractor();
  private static final boolean GREETING_INLINE = LIMITS.getOrDefault("greeting.layout", "line").strip().equals("inline");
  /** What leaves a long public post before its acknowledgement shrinks to a feeling alone, in order. */
  /** The step of {@link #PUBLIC_BEFORE_NAMING} that says the timeline by its deadline alone. */
  private static final String TIMELINE_DETAIL = "timeline.detail";
  private static final List<String> PUBLIC_BEFORE_NAMING = List.of(
      BlockKind.FOLLOW_UP.label(), BlockKind.SUMMARY.label(), BlockKind.CLOSING.label(), TIMELINE_DETAIL, "action_more");
  /** The role of the agent's mark ("^JS") that ends a public post: never cut, never dropped by the keep order. */
  private static final String AGENT = "agent";
  /**
   * A public post ends on what was done: the closing line ("We’re here whenever you need us.")
   * stays in the DM when the post says an action ({@code public.closing = alone}), and is said in
   * public only beside a thank-you or a greeting with nothing to do.
   */
  private static final boolean CLOSING_ALONE = LIMITS.getOrDefault("public.closing", "always").strip().equals("alone");
  /** Reasons that a hand-off line must say even when the agent's own words already point to the DM. */
  private static final Set<String> REASONS_TO_SAY = Set.of("care", "money");

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
    // The company's own contact points (RenderOptions.ownContacts, plus any role mailbox and toll-free
    // number, which the detector leaves alone by itself) stay in the post: they are how the public reaches us.
    PrivateData own = PrivateData.forLocale(reply.locale()).allowing(options.ownContacts());
    PrivateData detector = own.allowing(roleMailboxDomains(reply, own)).withCustomerName(reply.customerName().orElse(null));

    List<Section> sections = new ArrayList<>();
    boolean moved = false;
    SensitiveDetails sensitive = SensitiveDetails.forLocale(reply.locale());
    Set<String> kept = new LinkedHashSet<>();
    // A bereavement is answered in public with condolence only: what was closed, cancelled or
    // transferred for someone who died is private, and is said in the DM.
    boolean loss = reply.has(dev.empathy.phrase.Moment.LOSS);
    boolean lossMoved = false;
    boolean detailsMoved = false;
    // The first action as the agent's clause alone in public, where the locale's data says so.
    boolean plainAction = plainAction(reply.phrasebook());
    boolean followUpPlain = false;
    for (Block block : reply.blocks()) {
      if (DM_ONLY.contains(block.kind())) {
        continue;
      }
      String role = Section.roleOf(block);
      if (loss && block.kind() != BlockKind.GREETING && block.kind() != BlockKind.ACKNOWLEDGEMENT
          && block.kind() != BlockKind.BOUNDARY) {
        if (!lossMoved) {
          out.change(Change.Kind.MOVED, "everything after the condolence kept to the DM: a bereavement's details are never public");
          lossMoved = true;
        }
        moved = true;
        continue;
      }
      if (loss && block.kind() == BlockKind.ACKNOWLEDGEMENT) {
        Section ack = Section.of(block, reply, false);
        String condolence = ack.shortForm() != null ? ack.shortForm() : ack.text();
        if (!detector.any(condolence)) {
          sections.add(new Section(role, condolence, false));
          if (ack.shortForm() != null) {
            out.change(Change.Kind.TRUNCATED, "acknowledgement: the condolence only, without the customer's words, in public");
          }
          continue;
        }
      }
      if (block.kind() == BlockKind.BOUNDARY) {
        // A limit is set in private: said in public it reads as scolding the customer in front of others.
        out.change(Change.Kind.MOVED, "boundary kept to the DM: a limit is never set in public");
        continue;
      }
      if (block.kind() == BlockKind.GREETING) {
        Optional<String> greeting = Greeting.text(reply, Greeting.style(LIMITS, flavor), LIMITS, flavor);
        if (greeting.isPresent() && detector.any(greeting.get())) {
          // a surname or an address given as the name: greeted without it, the DM has it (the
          // name alone is nothing to sort out in private: no hand-off line for it)
          greeting = Optional.of(reply.phrase("chat.greeting.anonymous", java.util.Map.of("emotion", Greeting.emotion(reply))));
          out.change(Change.Kind.REDACTED, role + ": left out the customer's words, which contained "
              + describe(detector.find(block.text())) + "; the DM has them");
        }
        if (greeting.isPresent() && block.fact("name").isPresent() && fit.applyAsInt(greeting.get()) > limit / 3) {
          // A name that would take a third of the post or more (a pasted paragraph, a 100 KB field)
          // is no greeting the post can carry whole: greeted without it, and the change says so.
          greeting = Optional.of(reply.phrase("chat.greeting.anonymous", java.util.Map.of("emotion", Greeting.emotion(reply))));
          out.change(Change.Kind.TRUNCATED, "greeting: the customer's name is too long for a public post; greeted without it");
        }
        if (greeting.isPresent()) {
          sections.add(new Section("greeting", greeting.get(), false));
        }
        continue;
      }
      // Money amounts, health, hardship and bereavement are said in the DM only: the
      // acknowledgement names the feeling alone, an action loses only its amount, the rest moves.
      Set<String> sensitiveKinds = sensitive.kinds(block.text());
      if (!sensitiveKinds.isEmpty()) {
        moved = true;
        kept.addAll(sensitiveKinds);
        if (sensitiveOnly(reply, block, role, sensitiveKinds, detector, sensitive, sections, out)) {
          continue;
        }
        out.change(Change.Kind.MOVED, role.replace('_', '-') + " moved to the DM: it contained " + String.join(" and ", sensitiveKinds));
        continue;
      }
      // A public reply always acknowledges the customer, whole: the acknowledgement shrinks to its
      // short form but is never cut mid-sentence or dropped to make room; the action is cut instead.
      boolean cuttable = block.kind() == BlockKind.ACTION;
      List<PrivateData.Span> found = detector.find(block.text());
      if (found.isEmpty()) {
        Section section = Section.of(block, reply, cuttable);
        if (plainAction && "first".equals(block.facts().get("position")) && section.shortForm() != null) {
          // "Dans l’immédiat : j’ai…" reads as a letter; a brand's public reply says what was done.
          section = new Section(role, section.shortForm(), cuttable);
          out.change(Change.Kind.TRUNCATED, "action: its lead-in left out of the public post (social.public.action = clause)");
        }
        if (block.kind() == BlockKind.ACTION && !"first".equals(block.facts().get("position"))
            && sections.stream().noneMatch(x -> x.role().startsWith("action"))) {
          // The first action went to the DM: the next one is the first the post says, so it
          // drops its "also" ("あわせて、領収書をお送りしました" with nothing before it to add to).
          String clause = Section.actionClause(block, reply.locale());
          if (!clause.equals(block.text())) {
            section = new Section(role, clause, cuttable);
            out.change(Change.Kind.TRUNCATED, "action: its lead-in left out of the public post (the action before it is in the DM)");
          }
        }
        if (plainAction && block.kind() == BlockKind.FOLLOW_UP) {
          // "One last thing: I’ll call you once it’s located." is a letter's; in public, the promise alone.
          Optional<String> promise = followUpClause(block, reply.locale());
          if (promise.isPresent()) {
            section = new Section(role, promise.get(), false);
            followUpPlain = true; // said in the changes only if the follow-up stays public
          }
        }
        if (section.shortForm() != null && detector.any(section.shortForm())) {
          section = section.withText(section.text());
        }
        sections.add(section);
        continue;
      }
      moved = true;
      detailsMoved = true;
      String kinds = describe(found);
      Optional<String> safe = safeVariant(reply, block);
      if (safe.isPresent() && !detector.any(safe.get())) {
        sections.add(new Section(role, safe.get(), false));
        out.change(
            Change.Kind.REDACTED,
            role + ": left out the customer's words, which contained " + kinds + "; the DM has them");
        continue;
      }
      // A redacted first action is said without its lead-in too, where the locale says so.
      String clause = plainAction && block.kind() == BlockKind.ACTION && "first".equals(block.facts().get("position"))
          ? Section.actionClause(block, reply.locale()) : block.text();
      Optional<String> redacted =
          block.kind() == BlockKind.ACTION ? redact(clause, detector, reply.phrase("social.redacted"), reply.locale()) : Optional.empty();
      if (redacted.isPresent()) {
        if (!clause.equals(block.text())) {
          out.change(Change.Kind.TRUNCATED, "action: its lead-in left out of the public post (social.public.action = clause)");
        }
        sections.add(new Section(role, redacted.get(), cuttable));
        out.change(Change.Kind.REDACTED, role.replace('_', '-') + ": " + kinds + " left out of the public post and sent in the DM");
      } else {
        out.change(Change.Kind.MOVED, role.replace('_', '-') + " moved to the DM: it contained " + kinds);
      }
    }
    if (!kept.isEmpty()) {
      out.warning("social: kept " + String.join(" and ", kept) + " out of the public post; only the DM carries them");
    }
    boolean grateful = reply.block(BlockKind.ACKNOWLEDGEMENT).flatMap(b -> b.fact("emotion")).map(NO_DM_LINE::contains).orElse(false);
    boolean asks = asksForPrivateDetails(reply);
    // The agent's own public words may already move the talk to private ("I can walk you through it
    // in DM", "I’ll DM you a breakdown"): a hand-off line beside them says it twice, unless it has a
    // reason of its own to say (what was kept back is sensitive).
    boolean handOffSaid = saysHandOff(reply, sections);
    boolean dmLine = !grateful && (moved || asks)
        && !(handOffSaid && !REASONS_TO_SAY.contains(reason(loss, kept, detailsMoved, asks)));
    if (dmLine) {
      // The hand-off line closes the post: "I’ll keep this thread open…" before "I’ve sent you a DM"
      // says goodbye twice, and brands end a public reply on the move to private.
      if (sections.removeIf(x -> x.role().equals(BlockKind.CLOSING.label()))) {
        out.change(Change.Kind.DROPPED, "closing left to the DM: the hand-off line ends the public post");
      }
      // "One last thing: I’ll message you …" beside "I’ve sent you a DM" promises the same contact
      // twice: the follow-up is said in the DM, which the hand-off line already points to.
      if (sections.removeIf(x -> x.role().equals(BlockKind.FOLLOW_UP.label()))) {
        out.change(Change.Kind.DROPPED, "follow-up left to the DM: the hand-off line already promises the private contact");
      }
      // The line says why the conversation moves: what was kept out of the post, or what it asks for.
      String reason = reason(loss, kept, detailsMoved, asks);
      sections.add(new Section("dm", reply.phrase("social.dm", java.util.Map.of("reason", reason)), false));
    }
    if (CLOSING_ALONE && sections.stream().anyMatch(x -> x.role().equals(BlockKind.ACTION.label()))
        && sections.removeIf(x -> x.role().equals(BlockKind.CLOSING.label()))) {
      out.change(Change.Kind.DROPPED, "closing left to the DM: a public reply ends on what was done (public.closing = alone)");
    }
    // "@united" said back in public tags that account in front of everyone (and "@AcmeAir" the
    // brand itself): each handle is written without its @, so the post mentions no one.
    List<Section> unlinked = new ArrayList<>(sections.size());
    int handles = 0;
    int tagged = 0;
    int joined = 0;
    for (Section s : sections) {
      // A post shows text as typed: an HTML tag from a helpdesk note ("<b>call first</b>") would
      // be shown raw, so tags go and their text stays (fit.Markup).
      Section tagless = s.map(t -> Markup.untagged(t, ", "));
      tagged += tagless.equals(s) ? 0 : 1;
      // A note's typed lines ("Steps taken:\n1. …\n2. …") break a post mid-sentence: one line.
      Section plain = tagless.map(t -> Markup.oneLine(t, ", "));
      joined += plain.equals(tagless) ? 0 : 1;
      Section u = plain.map(SocialChannel::withoutMentions);
      handles += u.equals(plain) ? 0 : 1;
      unlinked.add(u);
    }
    if (tagged > 0) {
      out.change(Change.Kind.TRUNCATED, "HTML tags left out of the post (a post shows them raw); the text they marked is kept");
    }
    if (handles > 0 || tagged > 0 || joined > 0) {
      sections = unlinked;
    }
    if (handles > 0) {
      out.change(Change.Kind.REDACTED, "@handles written without their @ in public: a reply tags no one but the customer it answers");
    }
    Optional<String> mark = agentMark(reply, flavor);
    if (mark.isPresent()) {
      sections.add(new Section(AGENT, mark.get(), false));
    }

    Overflow overflow = options.overflow().orElse(Overflow.SHORTEN);
    if (overflow == Overflow.SHORTEN) {
      // In public the acknowledgement that names what happened ("I’m sorry we let you down with the
      // ruined birthday present") matters more than a restatement, a later contact, a closing, the
      // timeline's detail or further actions: they go to the DM (the timeline keeps its deadline)
      // before it shrinks to a feeling alone ("I understand how disappointing this is"), which
      // reads as a form letter in front of everyone.
      boolean nextMoved = false;
      for (String role : PUBLIC_BEFORE_NAMING) {
        boolean naming = sections.stream().anyMatch(x -> x.role().equals(BlockKind.ACKNOWLEDGEMENT.label()) && x.shortForm() != null);
        if (!naming || Cuts.GRAPHEMES.applyAsInt(assemble(sections, reply.phrasebook())) <= PUBLIC_TARGET) {
          break;
        }
        if (role.equals(TIMELINE_DETAIL)) {
          int at = -1;
          for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).role().equals(BlockKind.TIMELINE.label()) && sections.get(i).shortForm() != null) {
              at = i;
            }
          }
          if (at >= 0) {
            sections.set(at, sections.get(at).toShortForm());
            out.change(Change.Kind.TRUNCATED, "shortened the timeline to its deadline to keep the public reply short and its acknowledgement naming what happened (the DM part has the whole reply)");
          }
        } else if (sections.removeIf(x -> x.role().equals(role))) {
          out.change(Change.Kind.DROPPED, "dropped the " + role.replace('_', '-') + " to keep the public reply short and its acknowledgement naming what happened (the DM part has the whole reply)");
          nextMoved |= role.equals(BlockKind.FOLLOW_UP.label()) || role.equals("action_more");
        }
      }
      // What the customer still needs (the next contact, further actions) went to the DM only: the
      // post says so, and why, as a brand's reply does ("The next steps are in your DMs"), when the
      // line fits without costing the acknowledgement its naming; a restatement or a closing left
      // to the DM needs no such line.
      if (nextMoved && !grateful && !handOffSaid && sections.stream().noneMatch(x -> x.role().equals("dm"))) {
        List<Section> with = new ArrayList<>(sections);
        with.removeIf(x -> x.role().equals(BlockKind.CLOSING.label()));
        int at = with.size();
        if (at > 0 && with.get(at - 1).role().equals(AGENT)) {
          at--;
        }
        with.add(at, new Section("dm", reply.phrase("social.dm", java.util.Map.of("reason", "next")), false));
        boolean shortened = false;
        for (int i = 0; i < with.size() && Cuts.GRAPHEMES.applyAsInt(assemble(with, reply.phrasebook())) > PUBLIC_TARGET; i++) {
          if (with.get(i).role().equals(BlockKind.TIMELINE.label()) && with.get(i).shortForm() != null) {
            with.set(i, with.get(i).toShortForm()); // the deadline alone: its detail is in the DM
            shortened = true;
          }
        }
        if (Cuts.GRAPHEMES.applyAsInt(assemble(with, reply.phrasebook())) <= PUBLIC_TARGET) {
          if (shortened) {
            out.change(Change.Kind.TRUNCATED, "shortened the timeline to its deadline to make room for the hand-off line (the DM part has the whole reply)");
          }
          if (with.size() <= sections.size()) {
            out.change(Change.Kind.DROPPED, "closing left to the DM: the hand-off line ends the public post");
          }
          sections = with;
          out.change(Change.Kind.MOVED, "next steps moved to the DM: the hand-off line says so");
        }
      }
      Shortener.Fitted brief =
          Shortener.brief(
              sections,
              s -> assemble(s, reply.phrasebook()),
              Cuts.GRAPHEMES,
              PUBLIC_TARGET,
              "to keep the public reply short (about " + PUBLIC_TARGET + " characters; the DM part has the whole reply)");
      brief.changes().forEach(out::change);
      sections = new ArrayList<>(brief.sections());
    }
    if (followUpPlain && sections.stream().anyMatch(x -> x.role().equals(BlockKind.FOLLOW_UP.label()))) {
      out.change(Change.Kind.TRUNCATED, "follow-up: its lead-in left out of the public post (social.public.action = clause)");
    }
    String post = assemble(sections, reply.phrasebook());
    if (overflow == Overflow.SHORTEN && fit.applyAsInt(post) > limit && sections.stream().anyMatch(x -> x.role().equals("dm"))) {
      // Beside the hand-off line, "(details in your DM)" says the same again: it goes before any
      // words are cut, and never is itself cut in half ("(détails en…").
      String placeholder = reply.phrase("social.redacted");
      List<Section> without = new ArrayList<>(sections.size());
      for (Section x : sections) {
        without.add(x.role().equals("dm") ? x : x.map(t -> t.replace(" " + placeholder, "").replace(placeholder, "")));
      }
      if (!without.equals(sections)) {
        sections = without;
        post = assemble(sections, reply.phrasebook());
        out.change(Change.Kind.TRUNCATED, "left out \"" + placeholder + "\" to fit " + limit + " " + unit + ": the hand-off line already points to the DM");
      }
    }
    List<String> posts = new ArrayList<>();
    if (fit.applyAsInt(post) > limit) {
      switch (overflow) {
        case FAIL -> throw new ChannelOverflowException(ID, unit, measure.applyAsInt(post), limit);
        case SPLIT -> posts.addAll(thread(sections, fit, limit, unit, options.maxParts().orElse(THREAD_MAX), reply, out));
        default -> {
          // The agent's mark is never cut: the post is fitted into the room the mark leaves, unless
          // the mark would take half of the post or more (a tiny limit), and then it is left out.
          List<Section> body = sections.stream().filter(x -> !x.role().equals(AGENT)).toList();
          int room = limit;
          String signed = mark.filter(m -> 2 * fit.applyAsInt(m) < room).orElse("");
          if (mark.isPresent() && signed.isEmpty()) {
            out.change(Change.Kind.DROPPED, "left out the agent's mark to fit " + limit + " " + unit);
          }
          Shortener.Fitted fitted =
              Shortener.fit(
                  body,
                  x -> {
                    String t = assemble(x, reply.phrasebook());
                    return signed.isEmpty() ? t : t.isEmpty() ? signed : beside(t, signed);
                  },
                  fit, limit, unit, "…", reply.locale());
          fitted.changes().forEach(out::change);
          String text = fitted.text();
          if (!WORD.matcher(text).find()) {
            // Nothing of the reply fits (an action that is one unbroken run longer than the post):
            // the post is never empty, nor bare punctuation or a lone letter ("X…"); it points to the
            // DM, which has the whole reply.
            Shortener.Fitted handOff = Shortener.fit(
                List.of(new Section("dm", reply.phrase("social.dm", java.util.Map.of("reason", "next")), true)),
                x -> assemble(x, reply.phrasebook()), fit, limit, unit, "…", reply.locale());
            if (handOff.text().codePoints().anyMatch(Character::isLetterOrDigit)) {
              text = handOff.text();
              out.change(Change.Kind.MOVED, "nothing of the reply fits " + limit + " " + unit
                  + " as a post: the post says the reply is in the DM, which has it whole");
            }
          }
          posts.add(text);
        }
      }
    } else {
      posts.add(post);
    }
    // A cut can make a handle of what was not one ("@sam@x" cut after "@sam"): the posts as sent
    // are read again.
    for (int i = 0; i < posts.size(); i++) {
      String unlinkedPost = withoutMentions(posts.get(i));
      if (!unlinkedPost.equals(posts.get(i)) && handles == 0) {
        handles++;
        out.change(Change.Kind.REDACTED, "@handles written without their @ in public: a reply tags no one but the customer it answers");
      }
      posts.set(i, unlinkedPost);
    }
    int measured = posts.stream().mapToInt(measure).max().orElse(0);
    // A direct message is plain text too: a note's tags would show raw there as in the post.
    String dm = Markup.untagged(reply.toPlainText(), ", ");
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
    String mark = !body.isEmpty() && body.get(body.size() - 1).role().equals(AGENT) ? body.remove(body.size() - 1).text() : "";
    String dm = !body.isEmpty() && body.get(body.size() - 1).role().equals("dm") ? body.remove(body.size() - 1).text() : "";
    if (!mark.isEmpty()) {
      // the agent's mark ends the thread, after any hand-off line
      dm = dm.isEmpty() ? mark : beside(dm, mark);
    }
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
          && (dm.isEmpty() || measure.applyAsInt(beside(posts.get(posts.size() - 1), dm)) <= limit);
      if (!fitsBeside && posts.size() > keep) {
        out.change(Change.Kind.TRUNCATED, "kept the first " + keep + " posts of the thread; the rest is in the DM");
        posts = new ArrayList<>(posts.subList(0, keep));
      } else if (capped) {
        out.change(Change.Kind.TRUNCATED, "the thread holds what fits in " + maxPosts + " posts; the rest is in the DM");
      }
    }
    if (dm.isEmpty()) {
      // no hand-off line to place
    } else if (!posts.isEmpty() && measure.applyAsInt(beside(posts.get(posts.size() - 1), dm)) <= limit) {
      posts.set(posts.size() - 1, beside(posts.get(posts.size() - 1), dm));
    } else if (measure.applyAsInt(dm) <= limit) {
      posts.add(dm);
    } else if (!mark.isEmpty() && 2 * measure.applyAsInt(mark) < limit) {
      // the hand-off line is cut, never the agent's mark after it
      String line = dm.substring(0, dm.length() - mark.length()).stripTrailing();
      posts.add(beside(Cuts.shorten(line, t -> measure.applyAsInt(beside(t, mark)), limit, "…", reply.locale()), mark));
    } else {
      posts.add(Cuts.shorten(dm, measure, limit, "…", reply.locale()));
    }
    out.change(Change.Kind.SPLIT, "split into a thread of " + posts.size() + " posts of at most " + limit + " " + unit);
    return posts;
  }

  /**
   * {@code text} with each piece of private data taken out as a writer would, or empty when some
   * remains: the datum leaves with the words that only name it ("the card ending 3391" → "the card")
   * and a preposition just before it ("a label to dana@example.com" → "a label"), an address with
   * the rest of it ("42 Oak Lane, Apt 3B, Portland OR 97205"), and {@code placeholder} ends each
   * sentence that lost one, so none is left with a hole ("I’ve rebooked you on UA1187 at 7:05 AM." →
   * "I’ve rebooked you at 7:05 AM (details in your DM)."). The words are the locale's
   * ({@code social/redaction.properties}).
   */
  static Optional<String> redact(String text, PrivateData detector, String placeholder, java.util.Locale locale) {
    Redaction words = Redaction.forLocale(locale);
    String t = text;
    for (int round = 0; round < 16; round++) {
      List<PrivateData.Span> found = new ArrayList<>(detector.find(t));
      if (found.isEmpty()) {
        return Optional.of(t);
      }
      found.sort(java.util.Comparator.comparingInt(PrivateData.Span::start));
      StringBuilder sb = new StringBuilder(t.length());
      int at = 0;
      for (PrivateData.Span f : found) {
        int end = f.end();
        // A full stop the pattern took with an abbreviation ("Elm St.") that also ends the
        // sentence stays: the sentence keeps its end.
        if (end > f.start() + 1 && t.charAt(end - 1) == '.' && (end == t.length() || Character.isWhitespace(t.charAt(end)))) {
          end--;
        }
        if (f.kind() == PrivateData.Kind.ADDRESS) {
          java.util.regex.Matcher rest = ADDRESS_REST.matcher(t).region(end, t.length());
          if (rest.lookingAt()) {
            end = rest.end(); // "42 Oak Lane, Apt 3B, Portland OR 97205": the rest of the address goes too
          }
        }
        // the number sign goes with its number ("order #A-55120"), then the words naming it and a
        // preposition before them
        int start = f.start();
        // A datum inside a web address takes the whole address with it: half a link
        // ("https://tools.usps.com/go/TrackConfirmAction?tLabels=") opens nothing.
        int[] link = linkAround(t, start, end);
        if (link != null) {
          start = link[0];
          end = link[1];
        }
        if (start > at && "#＃№".indexOf(t.charAt(start - 1)) >= 0) {
          start--;
        }
        start = Math.max(at, words.start(t, start));
        if (start < at) {
          start = at;
        }
        if (end <= at) {
          continue; // within the previous span
        }
        if (start == f.start()) {
          // a particle after a detail that stands alone ("配達員が090-1234-5678にお電話します"); after
          // the words naming it ("カード末尾1234を停止"), the particle is the noun's and stays
          end = words.end(t, end);
        } else {
          end = words.endLinked(t, end);
        }
        sb.append(t, at, Math.max(at, start)).append(Redaction.HOLE);
        at = end;
      }
      sb.append(t, at, t.length());
      String next = words.close(sb.toString(), placeholder);
      if (next.equals(t)) {
        break;
      }
      t = next;
    }
    return Optional.empty();
  }

  /** Two letters or digits in a row: a post without them says nothing ("X…", "…"). */
  private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]");

  /** A web address: a scheme or "www." and what follows up to a blank. */
  private static final java.util.regex.Pattern LINK = java.util.regex.Pattern.compile("(?i)(?<![\\p{L}\\p{N}_])(?:https?://|www\\.)[^\\s<>\"]+");

  /** The web address that holds [{@code start}, {@code end}) of {@code t} (less a stop that ends the sentence), or null. */
  private static int[] linkAround(String t, int start, int end) {
    int from = Math.max(0, start - 2048);
    java.util.regex.Matcher m = LINK.matcher(t).region(from, Math.min(t.length(), end + 2048));
    while (m.find()) {
      int e = m.end();
      while (e > m.start() + 1 && ".,;:!?)]".indexOf(t.charAt(e - 1)) >= 0) {
        e--;
      }
      if (m.start() <= start && end <= e) {
        return new int[] {m.start(), e};
      }
      if (m.start() >= end) {
        break;
      }
    }
    return null;
  }

  /** True when the locale says a public post's first action without its lead-in ({@code social.public.action = clause}). */
  private static final java.util.regex.Pattern MAILBOX =
      java.util.regex.Pattern.compile("(?<![\\w.%+-])[\\w.%+-]{1,64}@((?:[\\w-]{1,63}\\.){1,8}\\p{L}{2,24})(?![\\w-])",
          java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

  /**
   * The domains of the role mailboxes the agent's own blocks give ("support@acmecloud.com"): a
   * company's desk names the company's domain, so its help-centre links ("https://help.acmecloud.com/
   * articles/360044512") are the company's too, and stay public.
   */
  private static List<String> roleMailboxDomains(Reply reply, PrivateData detector) {
    List<String> domains = new ArrayList<>(1);
    for (Block b : reply.blocks()) {
      if (b.kind() != BlockKind.ACTION && b.kind() != BlockKind.FOLLOW_UP) {
        continue;
      }
      String t = b.text();
      if (t.indexOf('@') < 0) {
        continue;
      }
      java.util.regex.Matcher m = MAILBOX.matcher(t);
      while (m.find()) {
        if (detector.roleMailbox(m.group()) && !domains.contains(m.group(1))) {
          domains.add(m.group(1));
        }
      }
    }
    return domains;
  }

  private static boolean plainAction(Phrasebook book) {
    try {
      return book.raw("social.public.action").strip().equals("clause");
    } catch (IllegalArgumentException e) {
      return false; // a phrasebook without the key (a brand's own catalogue) keeps the lead-in
    }
  }

  /**
   * The follow-up as the agent's promise alone, without the phrase that frames it: "One last thing:
   * I’ll call you once it’s located." gives "I’ll call you once it’s located."; empty when the
   * frame is not a short lead-in closed by a colon or a comma before the agent's words.
   */
  static Optional<String> followUpClause(Block followUp, java.util.Locale locale) {
    String text = followUp.text();
    String words = followUp.fact("followUp").map(Cuts::strip).orElse("");
    // The agent's words as the composer kept them may have gained a subject or lost a final stop:
    // their last three words (or all, when shorter) are looked for after the lead-in.
    String[] w = words.toLowerCase(locale).replaceAll("[.!?。！？\\s]+$", "").split("\\s+");
    String tail = String.join(" ", java.util.Arrays.copyOfRange(w, Math.max(0, w.length - 3), w.length));
    if (tail.codePointCount(0, tail.length()) < 4) {
      return Optional.empty();
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ':' && c != '：' && c != ',') {
        continue;
      }
      String lead = text.substring(0, i).strip();
      String rest = text.substring(i + 1).strip();
      // the comma inside the agent's own words ("Monday, I’ll call you") is not the frame's
      // (a pronoun as short as "le" is no sign: "Le mantendré al tanto: le escribiré…")
      String head = w[0].replaceAll("\\p{P}+$", "");
      boolean ownWords = head.codePointCount(0, head.length()) >= 4
          && (" " + lead.toLowerCase(locale).replaceAll("\\p{P}", " ") + " ").contains(" " + head + " ");
      if (ownWords || lead.isEmpty() || lead.split("\\s+").length > 7 || lead.matches("(?s).*[.!?。！？].*")
          || rest.isEmpty() || !rest.toLowerCase(locale).replace('\u00a0', ' ').replace('\u202f', ' ')
              .contains(tail.replace('\u00a0', ' ').replace('\u202f', ' '))) {
        return Optional.empty();
      }
      int first = rest.codePointAt(0);
      return Optional.of(com.ibm.icu.lang.UCharacter.toUpperCase(locale, new String(Character.toChars(first)))
          + rest.substring(Character.charCount(first)));
    }
    return Optional.empty();
  }

  /** Why the conversation moves to the DM, as {@code social.dm} selects its line. */
  private static String reason(boolean loss, Set<String> kept, boolean detailsMoved, boolean asks) {
    return loss || kept.stream().anyMatch(k -> !k.equals(SensitiveDetails.MONEY)) ? "care"
        : kept.contains(SensitiveDetails.MONEY) ? "money"
        : detailsMoved ? "details"
        : asks ? "asks" : "other";
  }

  /**
   * True when a public action or follow-up already says, in the agent's words, that the talk moves
   * to private ({@code social.dm.said}: "DM", "private message").
   */
  private static boolean saysHandOff(Reply reply, List<Section> sections) {
    List<String> said = words(reply, "social.dm.said");
    // "(details in your DM)" stands in for what was kept back: it is not the agent saying the move
    String placeholder = reply.phrase("social.redacted");
    for (Section s : sections) {
      if (s.role().equals(BlockKind.ACTION.label()) || s.role().equals("action_more") || s.role().equals(BlockKind.FOLLOW_UP.label())) {
        String t = s.text().replace(placeholder, " ").toLowerCase(reply.locale());
        if (said.stream().anyMatch(w -> containsWord(t, w))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The comma-separated words of a phrase key, lower-cased in the reply's locale; none when the catalogue lacks it. */
  private static List<String> words(Reply reply, String key) {
    String raw;
    try {
      raw = reply.phrasebook().raw(key);
    } catch (IllegalArgumentException e) {
      return List.of(); // a brand's own catalogue without the key
    }
    return java.util.Arrays.stream(raw.split(",")).map(String::strip).filter(c -> !c.isEmpty())
        .map(c -> c.toLowerCase(reply.locale())).toList();
  }

  /** {@code text} with the @ (or full-width ＠) of every handle twitter-text finds left out. */
  static String withoutMentions(String text) {
    if (text.indexOf('@') < 0 && text.indexOf('\uff20') < 0) {
      return text;
    }
    String t = text;
    // Again on the result: "@@sam" hides "@sam" until the first @ goes.
    for (int round = 0; round < 8; round++) {
      List<com.twitter.twittertext.Extractor.Entity> found = MENTIONS.extractMentionedScreennamesWithIndices(t);
      StringBuilder sb = new StringBuilder(t);
      for (int i = found.size() - 1; i >= 0; i--) {
        int at = found.get(i).getStart();
        if (at < sb.length() && (sb.charAt(at) == '@' || sb.charAt(at) == '\uff20')) {
          sb.deleteCharAt(at);
        }
      }
      if (sb.length() == t.length()) {
        return t;
      }
      t = sb.toString();
    }
    return t;
  }

  /** True when an action or the follow-up asks the customer for details only a DM should carry. */
  private static boolean asksForPrivateDetails(Reply reply) {
    List<String> cues = words(reply, "social.dm.cues");
    for (Block b : reply.blocks()) {
      if (b.kind() == BlockKind.ACTION || b.kind() == BlockKind.FOLLOW_UP) {
        String t = b.text().toLowerCase(reply.locale());
        if (cues.stream().anyMatch(c -> containsWord(t, c))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean containsWord(String text, String word) {
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      boolean before = at == 0 || !Character.isLetterOrDigit(text.codePointBefore(at));
      int end = at + word.length();
      boolean after = end >= text.length() || !Character.isLetterOrDigit(text.codePointAt(end));
      if (before && (after || !Character.isLetter(word.codePointBefore(word.length())) || isIdeographic(word))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isIdeographic(String w) {
    return w.codePoints().anyMatch(cp -> Character.isIdeographic(cp) || Character.UnicodeScript.of(cp) == Character.UnicodeScript.KATAKANA
        || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA);
  }

  /**
   * How the agent signs a public post on {@code flavor} ({@code signature.<flavor>} in the data:
   * "^{initials}" gives "^JS" for Jess Smith, "-{first}" gives "-Jess"; {@code
   * signature.<flavor>.oneName} for a one-word name), or empty when the reply names no agent (its
   * signature is the team's) or the flavour signs no posts.
   */
  static Optional<String> agentMark(Reply reply, String flavor) {
    String pattern = LIMITS.getOrDefault("signature." + flavor, "").strip();
    if (pattern.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> agent = reply.block(BlockKind.SIGN_OFF).flatMap(b -> b.fact("signature"))
        .map(Cuts::strip)
        .filter(n -> !n.isEmpty() && !reply.phrasebook().patterns("signature.team").contains(n));
    if (agent.isEmpty()) {
      return Optional.empty();
    }
    String[] words = agent.get().split("[\\s\u00a0]+");
    if (words.length == 1) {
      pattern = LIMITS.getOrDefault("signature." + flavor + ".oneName", pattern).strip();
    }
    StringBuilder initials = new StringBuilder();
    for (String w : words.length == 1 ? words : new String[] {words[0], words[words.length - 1]}) {
      // the word's first user-perceived character, whole ("É" of "e\u0301mile", an emoji sequence)
      String first = w.substring(0, dev.empathy.text.Graphemes.indexAfter(w, 1));
      initials.append(com.ibm.icu.lang.UCharacter.toUpperCase(reply.locale(), first));
    }
    return Optional.of(pattern.replace("{initials}", initials).replace("{first}", words[0]).replace("{name}", agent.get()));
  }

  /**
   * Adds the public form of a block that holds sensitive details, when it has one: an
   * acknowledgement's feeling alone, or an action whose only such detail is a money amount, said
   * without it. False when the block has no public form and moves to the DM whole.
   */
  private static boolean sensitiveOnly(
      Reply reply, Block block, String role, Set<String> kinds, PrivateData detector, SensitiveDetails sensitive,
      List<Section> sections, Rendered.Builder out) {
    if (block.kind() == BlockKind.ACKNOWLEDGEMENT) {
      String shortForm = Section.shortFormOf(block, reply);
      Optional<String> feeling = shortForm != null && sensitive.kinds(shortForm).isEmpty() && !detector.any(shortForm)
          ? Optional.of(shortForm)
          : safeVariant(reply, block).filter(v -> sensitive.kinds(v).isEmpty() && !detector.any(v));
      if (feeling.isEmpty()) {
        return false;
      }
      sections.add(new Section(role, feeling.get(), false));
      out.change(Change.Kind.REDACTED, role + ": the feeling only in public; the customer's words contained "
          + String.join(" and ", kinds) + "; the DM has them");
      return true;
    }
    if (block.kind() != BlockKind.ACTION || !kinds.equals(Set.of(SensitiveDetails.MONEY))) {
      return false;
    }
    // A first action said as the agent's clause alone in public loses its lead-in here too: "Pour que
    // vous n’ayez pas à attendre : j’ai appliqué un crédit…" cut short left the lead-in dangling.
    boolean clauseOnly = "first".equals(block.facts().get("position")) && plainAction(reply.phrasebook());
    String said = clauseOnly ? Section.actionClause(block, reply.locale()) : block.text();
    Optional<String> plain = sensitive.withoutAmounts(said)
        .flatMap(t -> detector.any(t) ? redact(t, detector, reply.phrase("social.redacted"), reply.locale()) : Optional.of(t))
        .filter(t -> sensitive.kinds(t).isEmpty());
    if (plain.isEmpty()) {
      return false;
    }
    String shortForm = Section.shortFormOf(block, reply);
    String plainShort = shortForm == null ? null
        : sensitive.withoutAmounts(shortForm).filter(t -> !detector.any(t) && sensitive.kinds(t).isEmpty()).orElse(null);
    if (plainShort != null && clauseOnly) {
      sections.add(new Section(role, plainShort, true));
      out.change(Change.Kind.TRUNCATED, "action: its lead-in left out of the public post (social.public.action = clause)");
    } else if (clauseOnly && !said.equals(block.text())) {
      sections.add(new Section(role, plain.get(), true));
      out.change(Change.Kind.TRUNCATED, "action: its lead-in left out of the public post (social.public.action = clause)");
    } else {
      sections.add(new Section(role, plain.get(), true, plainShort));
    }
    out.change(Change.Kind.REDACTED, role.replace('_', '-') + ": " + SensitiveDetails.MONEY + " left out of the public post and sent in the DM");
    return true;
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
        // The greeting opens the first line ("Hi Dana! …") or stands on its own, as the data says.
        sb.append(previousGreeting && !GREETING_INLINE ? "\n" : Cuts.sentenceGap(sb));
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
