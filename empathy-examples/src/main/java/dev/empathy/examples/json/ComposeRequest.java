package dev.empathy.examples.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.InvalidInputException;
import dev.empathy.Register;
import dev.empathy.channel.Channel;
import dev.empathy.channel.Channels;
import dev.empathy.channel.Overflow;
import dev.empathy.channel.RenderOptions;
import dev.empathy.channel.Rendered;
import dev.empathy.compose.Composer;
import dev.empathy.compose.Owner;
import dev.empathy.compose.Reply;
import dev.empathy.compose.Timeline;
import dev.empathy.signal.Analyzer;
import dev.empathy.signal.Signals;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One {@code compose} input line, read and type-checked: what to say (the composer's fields),
 * how to say it (locale, register, clock) and where (channel and render options). Values the
 * library validates itself (blank text, a turn below 0, a date in the past) are checked by the
 * library when the reply is composed, so the CLI and the Java API give the same messages.
 *
 * <pre>{@code
 * ComposeRequest request = ComposeRequest.parse(JsonInput.of(StrictJson.readObject(line)));
 * Reply reply = request.compose(new EmpathyCache());
 * Rendered rendered = request.render(reply);
 * }</pre>
 */
public final class ComposeRequest {
  /** The input fields of {@code compose}; anything else is ignored (misspellings are warned). */
  public static final ImmutableSet<String> FIELDS =
      ImmutableSet.of(
          "id", "customer", "locale", "register", "emotion", "situation", "summary", "actions",
          "timeline", "followUp", "confirm", "boundary", "closing", "conversationId", "turn",
          "channel", "flavor", "overflow", "limit", "maxParts", "now", "zone", "agentName",
          "customerText", "ownContacts");

  public static final ImmutableSet<String> TIMELINE_FIELDS = ImmutableSet.of("within", "businessDays", "by", "owner");

  /** Bundled channels that never split a reply: a {@code maxParts} there is ignored, with a warning. */
  private static final ImmutableSet<String> SINGLE_PART = ImmutableSet.of("plain", "email", "voice");

  public static final String TIMELINE_EXAMPLE = "{\"within\":\"P3D\",\"businessDays\":true,\"owner\":\"me\"}";
  private static final String DEFAULT_LOCALE = "en-US";
  private static final String DEFAULT_CHANNEL = "plain";

  private final String locale;
  private final Register register;
  private final ZoneId zone;
  private final Instant now;
  private final String customer;
  private final Emotion emotion;
  private final String customerText;
  private final String situation;
  private final String summary;
  private final List<String> actions;
  private final Timeline timeline;
  private final String followUp;
  private final String confirm;
  private final boolean boundary;
  private final boolean closing;
  private final String conversationId;
  private final int turn;
  private final String agentName;
  private final Channel channel;
  private final RenderOptions options;
  private final ImmutableList<String> warnings;

  private ComposeRequest(JsonInput in) {
    // Read in the order of the documented contract, so the first problem reported is stable.
    // A helpdesk that does not know the name sends it empty: the reply greets without one.
    String name = in.optionalText("customer");
    boolean noName = name != null && name.isBlank();
    customer = noName ? null : name;
    locale = orDefault(in.optionalText("locale"), DEFAULT_LOCALE);
    String registerLabel = in.optionalText("register");
    register = registerLabel == null ? Register.FORMAL : Register.fromLabel(registerLabel);
    // With no emotion named, the listener reads the customer's own message and picks the feeling.
    String text = in.optionalText("customerText");
    customerText = text == null || text.isBlank() ? null : text;
    String emotionNote = null;
    if (customerText != null && !in.has("emotion")) {
      emotion = null;
    } else {
      String label =
          in.text(
              "emotion",
              ": name the customer's feeling, one of "
                  + emotionLabels()
                  + ", or give customerText for the listener to read");
      Emotion named;
      try {
        named = Emotion.fromLabel(label);
      } catch (InvalidInputException notOurs) {
        // A helpdesk's own label ("annoyed", "scared", "relieved") is read as the nearest of ours;
        // one that names no feeling leaves the customer's message to the listener.
        named = label.isBlank() ? null : Analyzer.forLocale(Locale.forLanguageTag(locale)).readLabel(label).orElse(null);
        if (named != null) {
          emotionNote = "emotion: \"" + ContractJson.quoteForMessage(label) + "\" is not one of ours ("
              + emotionLabels() + "); the reply acknowledges it as \"" + named.label() + "\"";
        } else if (customerText != null) {
          emotionNote = "emotion: \"" + ContractJson.quoteForMessage(label) + "\" names no feeling we know ("
              + emotionLabels() + "); the listener read customerText instead";
        } else {
          throw notOurs;
        }
      }
      emotion = named;
    }
    situation = in.optionalText("situation");
    summary = in.optionalText("summary");
    List<String> given = in.optionalTextList("actions");
    actions = given == null ? List.of() : given;
    JsonInput t = in.optionalObject("timeline", TIMELINE_EXAMPLE);
    timeline = t == null ? null : timeline(t);
    followUp = in.optionalText("followUp");
    confirm = in.optionalText("confirm");
    boundary = Boolean.TRUE.equals(in.optionalBoolean("boundary"));
    closing = !Boolean.FALSE.equals(in.optionalBoolean("closing"));
    conversationId = orDefault(in.optionalText("conversationId"), "");
    Integer givenTurn = in.optionalInt("turn");
    turn = givenTurn == null ? 0 : givenTurn;
    String channelGiven = in.optionalText("channel");
    String flavorGiven = in.optionalText("flavor");
    ChannelName alias = Channels.find(channelGiven).isPresent() ? null : ChannelName.of(channelGiven).orElse(null);
    channel = Channels.require(alias != null ? alias.channel() : orDefault(channelGiven, DEFAULT_CHANNEL));
    options = options(in, flavorGiven != null || alias == null ? null : alias.flavor().orElse(null));
    now = instant(in.optionalText("now"));
    zone = zone(in.optionalText("zone"));
    agentName = in.optionalText("agentName");

    ImmutableList.Builder<String> w = ImmutableList.builder();
    if (alias != null) {
      w.add(alias.warning(flavorGiven));
    }
    if (options.maxParts().isPresent() && SINGLE_PART.contains(channel.id())) {
      w.add("maxParts: the " + channel.id() + " channel sends its reply as one part, so maxParts has no effect");
    }
    if (noName) {
      w.add("customer: blank, so the greeting uses no name");
    }
    if (emotionNote != null) {
      w.add(emotionNote);
    }
    w.addAll(in.misspelledFields(FIELDS));
    if (t != null) {
      w.addAll(t.misspelledFields(TIMELINE_FIELDS));
    }
    warnings = w.build();
  }

  /**
   * Reads and type-checks one input object.
   *
   * @throws InvalidInputException naming the first field (by its input path) that breaks a rule
   */
  public static ComposeRequest parse(JsonInput in) {
    return new ComposeRequest(in);
  }

  /**
   * Composes the reply with an {@link Empathy} from {@code empathies}.
   *
   * @throws InvalidInputException naming the field the library rejected
   */
  public Reply compose(EmpathyCache empathies) {
    // The zone is the reply's, not the instance's: one shared instance serves every zone.
    Empathy empathy = empathies.get(locale, register, java.time.ZoneOffset.UTC, now);
    Composer c = empathy.compose().zone(zone).conversation(conversationId, turn);
    if (agentName != null) {
      c.agent(agentName);
    }
    if (customer != null) {
      c.customer(customer);
    }
    if (emotion == null) {
      Signals heard = empathy.analyze(customerText);
      if (situation != null) {
        c.acknowledge(heard, situation);
      } else {
        c.acknowledge(heard);
      }
    } else if (situation != null) {
      c.acknowledge(emotion, situation);
    } else {
      c.acknowledge(emotion);
    }
    if (summary != null) {
      c.summary(summary);
    }
    if (confirm != null) {
      c.confirm(confirm);
    }
    c.actions(actions);
    if (timeline != null) {
      c.timeline(timeline);
    }
    if (followUp != null) {
      c.followUp(followUp);
    }
    if (boundary) {
      c.boundary();
    }
    return c.closing(closing).build();
  }

  /**
   * Renders {@code reply} for the requested channel and options.
   *
   * @throws InvalidInputException naming {@code flavor} when the channel has no such flavour
   * @throws dev.empathy.channel.ChannelOverflowException when {@code overflow} is {@code fail} and
   *     the reply does not fit
   */
  public Rendered render(Reply reply) {
    return channel.render(reply, options);
  }

  /** The channel id, e.g. {@code "chat"}. */
  public String channel() {
    return channel.id();
  }

  /** Warnings about the input itself (misspelled field names), for the output's warnings. */
  public ImmutableList<String> warnings() {
    return warnings;
  }

  private static RenderOptions options(JsonInput in, String aliasFlavor) {
    RenderOptions.Builder b = RenderOptions.builder();
    String flavor = aliasFlavor != null ? aliasFlavor : in.optionalText("flavor");
    if (flavor != null) {
      b.flavor(flavor);
    }
    String overflow = in.optionalText("overflow");
    if (overflow != null) {
      b.overflow(overflow(overflow));
    }
    Integer limit = in.optionalInt("limit");
    if (limit != null) {
      b.limit(limit);
    }
    Integer maxParts = in.optionalInt("maxParts");
    if (maxParts != null) {
      b.maxParts(maxParts);
    }
    // The company's own domains, addresses and numbers: a public post keeps them (added in session 23).
    List<String> ownContacts = in.optionalTextList("ownContacts");
    if (ownContacts != null) {
      b.ownContacts(ownContacts);
    }
    return b.build();
  }

  private static Overflow overflow(String label) {
    for (Overflow o : Overflow.values()) {
      if (o.name().equalsIgnoreCase(label.strip())) {
        return o;
      }
    }
    String allowed =
        Arrays.stream(Overflow.values()).map(o -> o.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    throw new InvalidInputException(
        "overflow", "overflow must be one of " + allowed + " but was \"" + label + "\"");
  }

  /** Dates ({@code now}, {@code timeline.by}) are accepted in these years only. */
  public static final int MIN_YEAR = 1900;

  /** The last year accepted in {@code now} and {@code timeline.by}. */
  public static final int MAX_YEAR = 9999;

  /** An article, determiner or pronoun alone names nobody ("Our the is on this"). */
  private static final java.util.Set<String> NOT_AN_OWNER =
      java.util.Set.of("the", "a", "an", "our", "my", "your", "this", "that", "it", "el", "la", "los", "las", "un", "una", "le", "les",
          "une", "der", "die", "das", "ein", "eine", "o", "os", "as", "um", "uma", "du", "des", "de");

  /**
   * {@code {"within":"P3D","businessDays":true}} is 3 business days; {@code {"within":"PT2H"}} a
   * duration; {@code {"by":"2026-12-01"}} a date; {@code {"by":"2026-12-01T09:00:00Z"}} (an
   * instant), {@code "2026-12-01T09:00+01:00"} (an offset date-time) or {@code "2026-12-01T09:00"}
   * (a local date-time, 9 AM in the reply's zone) a clock time. The owner is {@code me}, {@code team} or a
   * team's name.
   */
  public static Timeline timeline(JsonInput t) {
    String within = t.optionalText("within");
    String by = t.optionalText("by");
    Boolean businessDays = t.optionalBoolean("businessDays");
    String owner = t.optionalText("owner");
    if (within != null && by != null) {
      throw new InvalidInputException(
          "timeline", "timeline must have either \"within\" or \"by\", not both");
    }
    if (within == null && by == null) {
      throw new InvalidInputException(
          "timeline",
          "timeline needs \"within\" (an ISO-8601 duration such as PT2H or P3D) or \"by\" (a date"
              + " such as 2026-12-01, or a date-time such as 2026-12-01T09:00:00Z)");
    }
    Timeline timeline;
    if (by != null) {
      if (Boolean.TRUE.equals(businessDays)) {
        throw new InvalidInputException(
            "timeline.businessDays",
            "timeline.businessDays applies to \"within\" only; with \"by\" the date is the deadline");
      }
      timeline = deadline(by);
    } else if (Boolean.TRUE.equals(businessDays)) {
      timeline = businessDays(within);
    } else {
      timeline = Timeline.within(duration(within));
    }
    if (owner != null) {
      if (NOT_AN_OWNER.contains(owner.strip().toLowerCase(java.util.Locale.ROOT))) {
        throw new InvalidInputException(
            "timeline.owner",
            "timeline.owner must be me, team or a team's name such as \"billing team\" but was \"" + ContractJson.quoteForMessage(owner) + "\"");
      }
      Owner o = renamed("owner", "timeline.owner", () -> Owner.parse(owner));
      timeline = timeline.ownedBy(o);
    }
    return timeline;
  }

  private static Timeline businessDays(String within) {
    Duration d = duration(within);
    if (d.isNegative() || d.toSeconds() % Duration.ofDays(1).toSeconds() != 0) {
      throw new InvalidInputException(
          "timeline.within",
          "timeline.within must be a whole number of days such as P3D when businessDays is true but"
              + " was \"" + within + "\"");
    }
    long days = d.toDays();
    if (days < 1 || days > 260) {
      throw new InvalidInputException(
          "timeline.within",
          "timeline.within must be between P1D and P260D when businessDays is true but was \""
              + within + "\"");
    }
    return Timeline.businessDays((int) days);
  }

  /** ISO-8601 duration ({@code PT2H}, {@code P3D}); weeks ({@code P2W}) are read as 7 days each. */
  private static Duration duration(String text) {
    String s = text.strip();
    try {
      return Duration.parse(s);
    } catch (DateTimeException | ArithmeticException notADuration) {
      try {
        Period p = Period.parse(s);
        if (p.getYears() == 0 && p.getMonths() == 0) {
          return Duration.ofDays(p.getDays());
        }
        throw new InvalidInputException(
            "timeline.within",
            "timeline.within must not use months or years, which have no fixed length; use days"
                + " (P30D) or weeks (P4W) instead of \"" + text + "\"");
      } catch (DateTimeException | ArithmeticException e) {
        throw new InvalidInputException(
            "timeline.within",
            "timeline.within must be an ISO-8601 duration such as PT2H, PT30M or P3D but was \""
                + text + "\"");
      }
    }
  }

  /**
   * {@code timeline.by}: an ISO-8601 date ({@code 2026-12-01}), a date-time with an offset or
   * {@code Z} ({@code 2026-12-01T09:00:00Z}, {@code 2026-12-01T09:00+01:00}, a moment), or a
   * local date-time ({@code 2026-12-01T09:00}, that clock time in the reply's zone). A zone id in
   * brackets after an offset ({@code …+01:00[Europe/Paris]}) is accepted; the offset fixes the
   * moment.
   */
  static Timeline deadline(String text) {
    String s = text.strip();
    LocalDate d = null;
    java.time.OffsetDateTime offset = null;
    java.time.LocalDateTime local = null;
    try {
      if (s.indexOf('T') < 0 && s.indexOf('t') < 0) {
        d = LocalDate.parse(s);
      } else {
        java.time.temporal.TemporalAccessor parsed =
            java.time.format.DateTimeFormatter.ISO_DATE_TIME.parseBest(
                upperDateTime(s),
                java.time.ZonedDateTime::from, java.time.LocalDateTime::from);
        if (parsed instanceof java.time.ZonedDateTime z) {
          offset = z.toOffsetDateTime();
        } else {
          local = (java.time.LocalDateTime) parsed;
        }
      }
    } catch (DateTimeException e) {
      throw new InvalidInputException(
          "timeline.by",
          "timeline.by must be an ISO-8601 date such as 2026-12-01, or a date-time such as"
              + " 2026-12-01T09:00:00Z, 2026-12-01T09:00+01:00 or 2026-12-01T09:00 (in the reply's zone), but was \""
              + ContractJson.quoteForMessage(text) + "\"");
    }
    int year = d != null ? d.getYear() : offset != null ? offset.getYear() : local.getYear();
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new InvalidInputException(
          "timeline.by", "timeline.by must be a date in the years " + MIN_YEAR + " to " + MAX_YEAR + " but was "
              + (d != null ? d : offset != null ? offset : local));
    }
    return d != null ? Timeline.by(d) : offset != null ? Timeline.byTime(offset) : Timeline.byTime(local);
  }

  /** The date-time part in upper case ("t" and "z" are accepted as ISO-8601 allows), a zone id as typed. */
  private static String upperDateTime(String s) {
    int bracket = s.indexOf('[');
    String head = bracket < 0 ? s : s.substring(0, bracket);
    return head.toUpperCase(Locale.ROOT) + (bracket < 0 ? "" : s.substring(bracket));
  }

  private static Instant instant(String text) {
    if (text == null) {
      return null;
    }
    Instant i;
    try {
      i = Instant.parse(text.strip());
    } catch (DateTimeException e) {
      throw new InvalidInputException(
          "now", "now must be an ISO-8601 instant such as 2026-11-25T15:00:00Z but was \"" + ContractJson.quoteForMessage(text) + "\"");
    }
    int year = i.atOffset(ZoneOffset.UTC).getYear();
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new InvalidInputException("now", "now must be an instant in the years " + MIN_YEAR + " to " + MAX_YEAR + " but was " + i);
    }
    return i;
  }

  private static ZoneId zone(String text) {
    if (text == null) {
      return ZoneOffset.UTC;
    }
    try {
      return ZoneId.of(text.strip());
    } catch (DateTimeException e) {
      throw new InvalidInputException(
          "zone", "zone must be an IANA time zone such as Europe/Paris or UTC but was \"" + text + "\"");
    }
  }

  /** Runs {@code call}, reporting a rejection of the library's field {@code from} as the input path {@code to}. */
  public static <T> T renamed(String from, String to, Supplier<T> call) {
    try {
      return call.get();
    } catch (InvalidInputException e) {
      if (!e.field().equals(from)) {
        throw e;
      }
      String message = e.getMessage().startsWith(from) ? to + e.getMessage().substring(from.length()) : e.getMessage();
      throw new InvalidInputException(to, message);
    }
  }

  private static String orDefault(String value, String fallback) {
    return value == null ? fallback : value;
  }

  private static String emotionLabels() {
    return Arrays.stream(Emotion.values()).map(Emotion::label).collect(Collectors.joining(", "));
  }
}
