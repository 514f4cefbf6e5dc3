package dev.empathy.examples.json;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Optional;

/**
 * A platform's name given where the contract asks for a channel id ({@code "channel":"twitter"},
 * {@code "channel":"whatsapp"}), read as the channel that serves it and that channel's flavour.
 * Integrators often send the platform a ticket came from; refusing it would leave the line
 * unanswered, while guessing silently would hide what was read. So {@code compose} and
 * {@code review} accept these names and {@code compose} says what it read in a warning.
 *
 * <p>Channel ids themselves ({@code chat}, {@code email}, {@code social}, {@code sms},
 * {@code voice}, {@code plain}) are not aliases and are never rewritten; an unknown name still
 * fails with the list of channels.
 *
 * <pre>{@code
 * ChannelName.of("Twitter").orElseThrow().channel();   // "social"
 * ChannelName.of("Twitter").orElseThrow().flavor();    // Optional["x"]
 * ChannelName.of("chat");                              // empty: already a channel id
 * }</pre>
 */
public final class ChannelName {
  /** Platform names (lower case, spaces and hyphens removed) to "channel/flavor". */
  private static final ImmutableMap<String, String> ALIASES =
      ImmutableMap.<String, String>builder()
          .put("x", "social/x")
          .put("twitter", "social/x")
          .put("tweet", "social/x")
          .put("facebook", "social/facebook")
          .put("fb", "social/facebook")
          .put("instagram", "social/instagram")
          .put("ig", "social/instagram")
          .put("linkedin", "social/linkedin")
          .put("whatsapp", "chat/whatsapp")
          .put("slack", "chat/slack")
          .put("teams", "chat/teams")
          .put("msteams", "chat/teams")
          .put("messenger", "chat/messenger")
          .put("web", "chat/web")
          .put("webchat", "chat/web")
          .put("livechat", "chat/web")
          .put("html", "email/html")
          .put("mail", "email/")
          .put("text", "sms/")
          .put("textmessage", "sms/")
          .put("phone", "voice/")
          .put("call", "voice/")
          .put("ssml", "voice/ssml")
          .build();

  private final String given;
  private final String channel;
  private final String flavor;

  private ChannelName(String given, String channel, String flavor) {
    this.given = given;
    this.channel = channel;
    this.flavor = flavor;
  }

  /**
   * The channel and flavour a platform's name stands for.
   *
   * @param name what the input gave as its channel, in any case, with spaces or hyphens
   *     ({@code "WhatsApp"}, {@code "live chat"}); null reads as no alias
   * @return the channel and flavour, or empty when {@code name} is no platform name we know (a
   *     channel id included)
   */
  public static Optional<ChannelName> of(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String key = name.strip().toLowerCase(Locale.ROOT);
    String target = ALIASES.get(key);
    if (target == null) {
      target = ALIASES.get(key.replace(" ", "").replace("-", "").replace("_", ""));
    }
    if (target == null) {
      return Optional.empty();
    }
    int slash = target.indexOf('/');
    return Optional.of(new ChannelName(name.strip(), target.substring(0, slash), target.substring(slash + 1)));
  }

  /** The channel id, e.g. {@code "social"}. */
  public String channel() {
    return channel;
  }

  /** The flavour of {@link #channel()}, e.g. {@code "x"}; empty when the channel's default serves. */
  public Optional<String> flavor() {
    return flavor.isEmpty() ? Optional.empty() : Optional.of(flavor);
  }

  /**
   * The warning {@code compose} adds, naming the field, what was given and what was read.
   *
   * @param flavorGiven the request's own {@code flavor}, or null; when given it is kept
   */
  public String warning(String flavorGiven) {
    return "channel: \"" + ContractJson.quoteForMessage(given) + "\" is not a channel id; read as channel \""
        + channel + "\"" + (flavorGiven != null ? " with the given flavor" : flavor.isEmpty() ? "" : ", flavor \"" + flavor + "\"")
        + " (channels: chat, email, social, sms, voice, plain)";
  }
}
