package dev.empathy;

import static dev.empathy.InvalidInputException.checkNotNull;

import dev.empathy.EmpathyObserver.Operation;
import dev.empathy.channel.Channels;
import dev.empathy.channel.Flavor;
import dev.empathy.channel.RenderOptions;
import dev.empathy.channel.Rendered;
import dev.empathy.compose.Composer;
import dev.empathy.compose.Reply;
import dev.empathy.compose.ReplyPolicy;
import dev.empathy.phrase.BrandVoice;
import dev.empathy.phrase.Phrasebook;
import dev.empathy.review.Review;
import dev.empathy.review.ReviewContext;
import dev.empathy.review.ReviewOptions;
import dev.empathy.review.Reviewer;
import dev.empathy.signal.Analyzer;
import dev.empathy.signal.Signals;
import java.time.Clock;
import java.util.Locale;

/**
 * The entry point: configured once (locale, register, clock, brand voice, policy), immutable, and
 * shared by every thread. Like Guava's {@code Splitter}: build it at start-up, reuse it forever.
 *
 * <pre>{@code
 * Empathy empathy = Empathy.builder().locale(Locale.US).build();
 * Reply reply = empathy.compose()
 *     .customer("Dana")
 *     .acknowledge(Emotion.FRUSTRATED, "the double charge")
 *     .action("I’ve refunded the second charge of $42")
 *     .timeline(Timeline.businessDays(3))
 *     .build();
 * System.out.println(reply.toPlainText());
 * }</pre>
 *
 * <p>Building validates the brand voice against the phrase catalogue: an unknown key, a malformed
 * pattern or an argument the key does not offer fails here, naming the key.
 *
 * <p><b>Cheap to build.</b> Each language's compiled data (phrasebooks, lexicon automata, rule
 * books) is built once per JVM, on first use, and shared by every instance; {@code en-US}, {@code
 * en-us}, {@code en_US} and {@code en-US-x-acme} all read the same copy, and a locale without data
 * of its own shares its fallback's. An instance only adds its settings, so one per time zone, brand
 * voice or policy costs well under a millisecond and a few kilobytes once its language is warm
 * (figures in {@code empathy-benchmarks/README.md}); the customer's zone can also be given per
 * reply with {@link Composer#zone}. An instance that only analyzes or reviews never loads the
 * phrasebook.
 */
public final class Empathy {
  private final Locale locale;
  private final Register register;
  private final Clock clock;
  private final BrandVoice voice;
  private final ReplyPolicy policy;
  // Built on first use, under lock (plain fields, not memoizing lambdas: each lambda on the load
  // path costs a class spun at a cold start). The phrasebook, analyzer and rule book themselves are
  // shared per JVM; these fields only hold this instance's handles on them.
  private final Object lock = new Object();
  private volatile Phrasebook phrasebook;
  private volatile Analyzer analyzer;
  private volatile Reviewer reviewer;
  private final EmpathyObserver observer;

  private Empathy(Builder b) {
    this.observer = b.observer;
    this.locale = b.locale;
    this.register = b.register;
    this.clock = b.clock;
    this.voice = b.voice;
    this.policy = b.policy;
    if (!voice.phrases().isEmpty() || !voice.banned().isEmpty()) {
      // A brand voice's phrases are validated now; the bundled phrasebook is shared, and an
      // instance that only analyzes or reviews never loads it.
      this.phrasebook = Phrasebook.load(locale, register, voice);
    }
  }

  private Phrasebook book() {
    Phrasebook p = phrasebook;
    if (p == null) {
      synchronized (lock) {
        p = phrasebook;
        if (p == null) {
          p = Phrasebook.load(locale, register, BrandVoice.none());
          phrasebook = p;
        }
      }
    }
    return p;
  }

  private Analyzer languageAnalyzer() {
    Analyzer a = analyzer;
    if (a == null) {
      synchronized (lock) {
        a = analyzer;
        if (a == null) {
          a = Analyzer.forLocale(locale);
          analyzer = a;
        }
      }
    }
    return a;
  }

  private Reviewer defaultReviewer() {
    Reviewer r = reviewer;
    if (r == null) {
      synchronized (lock) {
        r = reviewer;
        if (r == null) {
          r = Reviewer.create(locale, ReviewOptions.defaults(), new CustomerReader(this));
          reviewer = r;
        }
      }
    }
    return r;
  }

  /** {@code empathy::analyze} as a plain class (see the fields). */
  private static final class CustomerReader implements java.util.function.Function<String, Signals> {
    private final Empathy empathy;

    CustomerReader(Empathy empathy) {
      this.empathy = empathy;
    }

    @Override
    public Signals apply(String text) {
      return empathy.analyze(text);
    }
  }

  /**
   * {@return an instance for US English, formal register, the system clock in UTC, no brand voice}
   */
  public static Empathy create() {
    return builder().build();
  }

  /**
   * A builder with the same defaults as {@link #create()}: US English, formal, system clock in UTC.
   *
   * <pre>{@code
   * Empathy empathy = Empathy.builder().locale("fr-FR").register(Register.INFORMAL).build();
   * }</pre>
   *
   * @return a new builder; not thread-safe, build once and share the {@code Empathy}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a new composer for one reply} Composers are cheap and single-threaded; this is not.
   */
  public Composer compose() {
    Phrasebook book = book();
    return observer == EmpathyObserver.none()
        ? Composer.create(book, clock, policy, voice)
        : Composer.create(book, clock, policy, voice, observer);
  }

  /**
   * The reviewer for this locale with default options, built on first use and then shared.
   *
   * <pre>{@code
   * Review review = empathy.reviewer().review("Per our policy, refunds take 10 days.");
   * }</pre>
   *
   * @return the shared reviewer; thread-safe
   */
  public Reviewer reviewer() {
    return defaultReviewer();
  }

  /**
   * A new reviewer for this locale with a team's options (rules off, severities, banned phrases,
   * weights). Options that only change the weights share the language's compiled rules; options
   * that switch rules off, re-grade them or ban phrases compile their own, so build such a reviewer
   * once and keep it.
   *
   * @param options the team's review options; not null
   * @return a new, thread-safe reviewer
   * @throws InvalidInputException naming {@code rule} when the options name an unknown rule
   */
  public Reviewer reviewer(ReviewOptions options) {
    return Reviewer.create(locale, checkNotNull(options, "options"), new CustomerReader(this));
  }

  /**
   * Reviews an agent's draft: friction findings with rewrites, the empathy rubric, a 0–100 score.
   *
   * @param draft the agent's draft, plain text
   * @return the findings, the rubric and the score
   * @throws InvalidInputException naming {@code text} when the draft is null or blank
   */
  public Review review(String draft) {
    return review(draft, ReviewContext.none());
  }

  /**
   * Reviews a draft against the customer's message (read with {@link #analyze}: did the reply
   * name the feeling and answer the urgency?) and the channel it will be sent on.
   *
   * @param draft the agent's draft, plain text
   * @param context the customer's message (analysed) and the channel; not null
   * @return the findings, the rubric (judged against the customer's signals) and the score
   * @throws InvalidInputException naming {@code text} when the draft is null or blank
   */
  public Review review(String draft, ReviewContext context) {
    long start = System.nanoTime();
    boolean failed = true;
    try {
      Review r = reviewer().review(draft, context);
      failed = false;
      return r;
    } finally {
      observer.timed(Operation.REVIEW, locale, System.nanoTime() - start, failed);
    }
  }

  /**
   * Renders {@code reply} on a channel, reported to this instance's {@link EmpathyObserver} (a
   * channel called directly is not): {@code empathy.render(reply, ChatFlavor.SLACK)}.
   *
   * @param reply the composed reply
   * @param flavor the channel and flavour, e.g. {@code ChatFlavor.SLACK}
   * @return the text and parts as the channel sends them, with every change it made
   * @throws InvalidInputException naming {@code flavor} when it is null, or {@code channel} when
   *     its channel is not installed
   */
  public Rendered render(Reply reply, Flavor flavor) {
    InvalidInputException.checkNotNull(flavor, "flavor");
    return render(reply, flavor.channel(), RenderOptions.builder().flavor(flavor).build());
  }

  /**
   * Renders {@code reply} on channel {@code channel} with {@code options}, reported to this
   * instance's {@link EmpathyObserver}.
   *
   * @param reply the composed reply
   * @param channel the channel's name, e.g. {@code "chat"}
   * @param options the flavour and limits; not null
   * @return the text and parts as the channel sends them, with every change it made
   * @throws InvalidInputException naming {@code channel} when no such channel is installed, or
   *     the option that breaks the channel's rules
   */
  public Rendered render(Reply reply, String channel, RenderOptions options) {
    long start = System.nanoTime();
    boolean failed = true;
    try {
      Rendered r = Channels.require(channel).render(checkNotNull(reply, "reply"), checkNotNull(options, "options"));
      failed = false;
      return r;
    } finally {
      observer.timed(Operation.RENDER, locale, System.nanoTime() - start, failed);
    }
  }

  /**
   * Reads a customer's message: emotions, escalation signals and a suggestion for the reply, in
   * this instance's locale. The lexicon is compiled on first use and shared by all threads.
   *
   * <pre>{@code
   * Signals s = empathy.analyze("Third time asking!!! Where is my refund?");
   * Reply reply = empathy.compose().acknowledge(s).action("I’ve sent the refund").build();
   * }</pre>
   *
   * @param text the customer's message, plain text as received (emoji, typos and URLs are fine)
   * @return the emotions, escalation signals with evidence spans, and a suggestion
   * @throws InvalidInputException naming {@code text} when it is null or blank
   */
  public Signals analyze(String text) {
    if (observer == EmpathyObserver.none()) {
      return languageAnalyzer().analyze(text);
    }
    long start = System.nanoTime();
    boolean failed = true;
    try {
      Signals s = languageAnalyzer().analyze(text);
      failed = false;
      observer.escalation(s.escalation().level(), locale);
      return s;
    } finally {
      observer.timed(Operation.ANALYZE, locale, System.nanoTime() - start, failed);
    }
  }

  /** {@return the analyzer {@link #analyze} uses} */
  public Analyzer analyzer() {
    return languageAnalyzer();
  }

  /** {@return the locale that was requested} */
  public Locale locale() {
    return locale;
  }

  /** {@return the locale replies are written in, after fallback} */
  public Locale replyLocale() {
    return book().locale().toLocale();
  }

  /** {@return the register (formal or informal) replies are written in} */
  public Register register() {
    return register;
  }

  /** {@return the clock deadlines and timelines are computed from} */
  public Clock clock() {
    return clock;
  }

  /**
   * {@return the brand voice (names, extra and banned phrases); {@link BrandVoice#none()} by
   * default}
   */
  public BrandVoice voice() {
    return voice;
  }

  /** {@return the reply policy (which blocks a reply must have); the default policy unless set} */
  public ReplyPolicy policy() {
    return policy;
  }

  /** {@return the compiled phrasebook this instance uses} */
  public Phrasebook phrasebook() {
    return book();
  }

  /** {@return a builder starting from this instance's settings} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.locale = locale;
    b.register = register;
    b.clock = clock;
    b.voice = voice;
    b.policy = policy;
    b.observer = observer;
    return b;
  }

  /**
   * Configures an {@link Empathy}. Defaults: {@code en-US}, {@link Register#FORMAL}, {@code
   * Clock.systemUTC()}, {@link BrandVoice#none()}, {@link ReplyPolicy#DEFAULT}.
   */
  public static final class Builder {
    private Locale locale = Locale.US;
    private Register register = Register.FORMAL;
    private Clock clock = Clock.systemUTC();
    private BrandVoice voice = BrandVoice.none();
    private ReplyPolicy policy = ReplyPolicy.DEFAULT;
    private EmpathyObserver observer = EmpathyObserver.none();

    private Builder() {}

    /**
     * Reports how long compose, analyze, review and render take, and each analysed message's
     * escalation level (for metrics). None by default.
     *
     * @param observer the observer, e.g. the Spring starter's Micrometer binding; not null
     * @return this builder
     */
    public Builder observer(EmpathyObserver observer) {
      this.observer = checkNotNull(observer, "observer");
      return this;
    }

    /**
     * The customer's locale. Unsupported locales fall back (language, then English), never fail.
     *
     * @param locale the customer's locale; not null
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = checkNotNull(locale, "locale");
      return this;
    }

    /**
     * Parses a BCP 47 tag such as {@code "pt-BR"}.
     *
     * @param languageTag a BCP 47 language tag
     * @return this builder
     * @throws InvalidInputException naming {@code locale} when the tag is null or malformed
     */
    public Builder locale(String languageTag) {
      if (languageTag == null || languageTag.isBlank()) {
        throw InvalidInputException.forRule("locale", "must not be blank");
      }
      String tag = languageTag.strip().replace('_', '-');
      Locale l = Locale.forLanguageTag(tag);
      boolean wellFormed;
      try {
        new Locale.Builder().setLanguageTag(tag); // forLanguageTag drops an ill-formed tail ("en-US-x-")
        wellFormed = true;
      } catch (java.util.IllformedLocaleException e) {
        wellFormed = false;
      }
      if (l.getLanguage().isEmpty() || !wellFormed) {
        throw new InvalidInputException(
            "locale", "locale must be a BCP 47 language tag such as en-US but was \"" + languageTag + "\"");
      }
      this.locale = l;
      return this;
    }

    /**
     * The register replies are written in: {@link Register#FORMAL} (the default) or informal.
     *
     * @param register the register; not null
     * @return this builder
     */
    public Builder register(Register register) {
      this.register = checkNotNull(register, "register");
      return this;
    }

    /**
     * The clock deadlines are computed from; its zone is the customer's.
     *
     * @param clock the clock; not null
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = checkNotNull(clock, "clock");
      return this;
    }

    /**
     * The brand's voice: agent and brand names, extra phrases and banned phrases. None by default.
     *
     * @param voice the brand voice; not null
     * @return this builder
     */
    public Builder voice(BrandVoice voice) {
      this.voice = checkNotNull(voice, "voice");
      return this;
    }

    /**
     * Which blocks every reply must carry (e.g. always a timeline); the default policy unless set.
     *
     * @param policy the reply policy; not null
     * @return this builder
     */
    public Builder policy(ReplyPolicy policy) {
      this.policy = checkNotNull(policy, "policy");
      return this;
    }

    /**
     * Builds the instance. The language's data is shared and compiled on first use; a brand voice
     * with its own phrases or banned phrases is compiled (and validated) here.
     *
     * @return a thread-safe instance, to build once and share
     * @throws InvalidInputException naming {@code phrase} when the brand voice is invalid
     */
    public Empathy build() {
      return new Empathy(this);
    }
  }
}
