package dev.empathy.review;

import static dev.empathy.InvalidInputException.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.empathy.signal.Evidence;
import dev.empathy.signal.MarkupText;
import dev.empathy.text.Graphemes;
import dev.empathy.signal.Signals;
import dev.empathy.text.UserText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reviews an agent's draft before it is sent: friction language with calmer rewrites, and an
 * empathy rubric with coaching notes. Built once per locale and options (from {@code
 * Empathy.reviewer()}), immutable and thread-safe; a review is one pass over the draft, linear in
 * its length.
 *
 * <pre>{@code
 * Reviewer reviewer = Empathy.builder().locale("en-US").build().reviewer();
 * Review review = reviewer.review(
 *     "Just restart it. We'll get back to you soon.",
 *     ReviewContext.builder().customerText("My router keeps dropping!!").channel("chat").build());
 * review.findings(); // minimising "Just", vague_time "soon"
 * review.score();    // low
 * }</pre>
 *
 * <p>The draft is never changed: offsets point into the string as given (at grapheme boundaries),
 * so an editor can underline them directly. Rules are data ({@code dev/empathy/review/rules_*.ini});
 * English is complete, other languages cover the main categories and fall back to English.
 */
public final class Reviewer {
  private final RuleBook book;
  private final ReviewOptions options;
  private final CustomerSignals signals;

  Reviewer(RuleBook book, ReviewOptions options, CustomerSignals signals) {
    this.book = book;
    this.options = options;
    this.signals = signals;
  }

  /**
   * A reviewer for {@code locale} with {@code options}. Most callers use {@code
   * Empathy.reviewer()} instead.
   *
   * @param locale the draft's locale
   * @param options the team's options
   * @return the reviewer; thread-safe
   * @throws dev.empathy.InvalidInputException naming {@code rule} when the options disable or
   *     re-grade a rule this locale does not have
   */
  public static Reviewer create(Locale locale, ReviewOptions options) {
    return build(locale, options, CustomerSignals.NONE);
  }

  /**
   * A reviewer that also reads the customer's message with {@code analyzer} (usually {@code
   * empathy::analyze}), so the rubric can check the reply acknowledged the emotion found and
   * answered urgency.
   *
   * @param locale the draft's locale
   * @param options the team's options
   * @param analyzer reads the customer's message
   * @return the reviewer; thread-safe
   */
  public static Reviewer create(Locale locale, ReviewOptions options, Function<String, Signals> analyzer) {
    return build(locale, options, CustomerSignals.of(checkNotNull(analyzer, "analyzer")));
  }

  private static Reviewer build(Locale locale, ReviewOptions options, CustomerSignals signals) {
    checkNotNull(locale, "locale");
    checkNotNull(options, "options");
    return new Reviewer(RuleBook.forLocale(locale, options), options, checkNotNull(signals, "signals"));
  }

  /**
   * Reviews a draft without context.
   *
   * @param draft the agent's draft, plain text
   * @return the findings, the rubric and the score
   * @throws dev.empathy.InvalidInputException naming {@code text} when the draft is null or blank
   */
  public Review review(String draft) {
    return review(draft, ReviewContext.none());
  }

  /**
   * Reviews a draft against the customer's message and the channel it will be sent on.
   *
   * @param draft the agent's draft, plain text
   * @param context the customer's message and the channel
   * @return the findings, the rubric (judged against the customer's message) and the score
   * @throws dev.empathy.InvalidInputException naming {@code text} when the draft is null or blank
   */
  public Review review(String draft, ReviewContext context) {
    UserText.require("text", draft);
    checkNotNull(context, "context");
    List<String> notes = new ArrayList<>(book.fallbackNotes);
    RuleBook.ChannelProfile channel = null;
    if (context.channel().isPresent()) {
      channel = book.channels.get(context.channel().get());
      if (channel == null) {
        notes.add("Channel \"" + context.channel().get() + "\" is not known; no channel rules were applied.");
      }
    }
    String customerText = context.customerText().orElse(null);
    // The customer's message is read (matched and segmented) once at most, for whichever check needs it first.
    DraftReading.Once customerReading = customerText == null ? null : new DraftReading.Once(customerText, book);
    CustomerReading customer = CustomerReading.read(customerText, customerReading, book, signals, channel != null && channel.isPublic());
    // A draft from an HTML editor or a platform's API ("I&#39;ve refunded it", "DM us &amp; we'll
    // help", "<p>Hi Sam,</p>") is read as the agent wrote it; its spans are reported in the draft
    // as received.
    // A draft that is nothing but markup ("&nbsp;") is read as received.
    MarkupText markup = MarkupText.decode(draft);
    boolean decoded = !markup.sameOffsets() && !markup.text().isBlank();
    DraftReading reading = new DraftReading(decoded ? markup.text() : draft, book);
    ImmutableList<FrictionFinding> findings = FrictionScan.scan(reading, book, channel, customer.privateKeys(), customerText, customerReading,
        customer.emotion().orElse(null) == dev.empathy.Emotion.GRATEFUL && !customer.question());
    RubricScorer.Result result =
        RubricScorer.score(
            reading, book, findings, customer, channel != null && channel.isPublic(), channel == null ? null : context.channel().get(), options.weights());
    // The notes are written when first read (qa never reads them).
    java.util.function.Supplier<ImmutableList<String>> allNotes = () -> {
      List<String> all = new ArrayList<>(result.notes().get());
      all.addAll(notes);
      return ImmutableList.copyOf(all);
    };
    if (decoded) {
      return new Review(
          inDraft(findings, markup, draft), inDraft(result.rubric(), markup, draft), result.score(), result.empathyScore(), allNotes,
          book.effectiveLocale());
    }
    return new Review(findings, result.rubric(), result.score(), result.empathyScore(), allNotes, book.effectiveLocale());
  }

  /** The findings on spans of the draft as received: whole entities, their text as typed. */
  private static ImmutableList<FrictionFinding> inDraft(List<FrictionFinding> findings, MarkupText markup, String draft) {
    ImmutableList.Builder<FrictionFinding> out = ImmutableList.builderWithExpectedSize(findings.size());
    for (FrictionFinding f : findings) {
      int s = inDraft(markup, f.start(), draft, false);
      int e = inDraft(markup, f.end(), draft, true);
      out.add(f.at(s, e, draft.substring(s, e)));
    }
    return out.build();
  }

  /**
   * {@code offset} of the decoded draft in the draft as received, on a grapheme boundary there: a
   * tag read as a space may stand before a joiner or a mark that belongs to the character before
   * the tag ("浧</p>\u200D"), so a span's end moves past it and a start moves back.
   */
  private static int inDraft(MarkupText markup, int offset, String draft, boolean end) {
    int at = markup.original(offset);
    return end ? Graphemes.boundaryAtOrAfter(draft, at) : Graphemes.boundaryAtOrBefore(draft, at);
  }

  /** The rubric with its evidence on spans of the draft as received. */
  private static ImmutableMap<Criterion, RubricScore> inDraft(
      Map<Criterion, RubricScore> rubric, MarkupText markup, String draft) {
    ImmutableMap.Builder<Criterion, RubricScore> out = ImmutableMap.builder();
    for (Map.Entry<Criterion, RubricScore> e : rubric.entrySet()) {
      RubricScore r = e.getValue();
      List<Evidence> moved = new ArrayList<>(r.evidence().size());
      for (Evidence ev : r.evidence()) {
        int s = inDraft(markup, ev.start(), draft, false);
        int end = inDraft(markup, ev.end(), draft, true);
        moved.add(new Evidence(s, end, draft.substring(s, end)));
      }
      out.put(e.getKey(), new RubricScore(r.criterion(), r.score(), moved, r.note()));
    }
    return out.buildOrThrow();
  }

  /** {@return the locale this reviewer was built for} */
  public Locale locale() {
    return book.locale;
  }

  /** {@return the options it was built with} */
  public ReviewOptions options() {
    return options;
  }

  /** {@return the ids of the rules in force (after options), for configuration screens} */
  public Set<String> rules() {
    return book.rules.keySet();
  }
}
