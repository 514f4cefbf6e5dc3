package dev.empathy.compose;

import dev.empathy.text.UserText;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Who owns a {@link Timeline}: the agent writing ({@link #me()}), the team ({@link #team()}), or a
 * named team ({@link #named(String)}, e.g. "billing team"). A concrete owner is half of a good
 * expectation; the other half is the date.
 *
 * <pre>{@code
 * Owner.parse("me");            // Owner.me()
 * Owner.parse("billing team");  // Owner.named("billing team")
 * }</pre>
 */
public final class Owner {
  /** The three kinds of owner; the label is what phrase patterns select on. */
  public enum Kind {
    /** The agent writing the reply: "I’ll …". */
    ME,
    /** The support team in general: "Our team will …". */
    TEAM,
    /** A named team: "Our billing team will …". */
    NAMED;

    private final String label = name().toLowerCase(Locale.ROOT).intern();

    /**
     * {@return the lower-case label phrase patterns select on: {@code me}, {@code team} or
     * {@code named}}
     */
    public String label() {
      return label;
    }
  }

  private static final Owner ME = new Owner(Kind.ME, null, false);
  private static final Owner TEAM = new Owner(Kind.TEAM, null, false);

  private final Kind kind;
  private final String name;
  /** Typed with "the" ("the hotel"): someone the reply names as typed, not as ours. */
  private final boolean definite;

  private Owner(Kind kind, String name, boolean definite) {
    this.kind = kind;
    this.name = name;
    this.definite = definite;
  }

  /** {@return the agent writing the reply as owner: "I’ll …"} */
  public static Owner me() {
    return ME;
  }

  /** {@return the support team in general as owner: "Our team will …"} */
  public static Owner team() {
    return TEAM;
  }

  /**
   * A named team, e.g. {@code "billing team"}: "Our billing team will …". A leading "the", "our"
   * or "your" is dropped, since the phrase supplies its own ("your bank" is named as "the bank"
   * is: someone else's, never "our your bank team").
   *
   * @param team the team's name, e.g. {@code "billing team"}
   * @return the owner
   * @throws dev.empathy.InvalidInputException naming {@code owner} when blank
   */
  public static Owner named(String team) {
    String t = UserText.require("owner", team);
    String lower = t.toLowerCase(Locale.ROOT);
    boolean definite = false;
    for (String article : new String[] {"the ", "our ", "your "}) {
      if (lower.startsWith(article) && t.length() > article.length()) {
        t = t.substring(article.length()).strip();
        definite = !article.equals("our "); // "your bank" is someone else's, as "the bank" is
        break;
      }
    }
    return new Owner(Kind.NAMED, t, definite);
  }

  /**
   * Parses the wire form: {@code "me"}, {@code "team"} (or "the team", "our team"), or a team
   * name.
   *
   * @param text the wire form
   * @return the owner; {@link #named(String)} for anything but me and team
   */
  public static Owner parse(String text) {
    String t = UserText.require("owner", text);
    String lower = t.toLowerCase(Locale.ROOT);
    if (lower.equals("me") || lower.equals("i")) {
      return ME;
    }
    if (lower.equals("team") || lower.equals("the team") || lower.equals("our team")) {
      return TEAM;
    }
    return named(t);
  }

  /**
   * Whether the name was typed after "the" or "your" ("the hotel", "your bank"): a timeline may name such an
   * owner as typed rather than as one of our teams.
   */
  boolean definite() {
    return definite;
  }

  /** {@return which kind of owner this is} */
  public Kind kind() {
    return kind;
  }

  /** {@return the team's name for {@link Kind#NAMED}} */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** {@return the wire form: "me", "team", or the team's name} */
  public String label() {
    return kind == Kind.NAMED ? name : kind.label();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Owner other && kind == other.kind && Objects.equals(name, other.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, name);
  }

  @Override
  public String toString() {
    return label();
  }
}
