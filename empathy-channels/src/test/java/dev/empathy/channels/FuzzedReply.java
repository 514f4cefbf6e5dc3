package dev.empathy.channels;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.InvalidInputException;
import dev.empathy.Register;
import dev.empathy.channel.ChannelOverflowException;
import dev.empathy.channel.Channels;
import dev.empathy.channel.Overflow;
import dev.empathy.channel.RenderOptions;
import dev.empathy.channel.Rendered;
import dev.empathy.compose.Composer;
import dev.empathy.compose.Owner;
import dev.empathy.compose.Reply;
import dev.empathy.compose.Timeline;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Shared pieces of the channels' Jazzer fuzz tests ({@code *FuzzTest} in each channel's
 * package): a reply composed from fuzzed fields in any supported language, fuzzed render
 * options, rendering that may only fail with {@link InvalidInputException} (or {@link
 * ChannelOverflowException} when the caller asked for {@link Overflow#FAIL}), and the promise
 * every rendered text keeps (no control character but LF and TAB, no bidi embedding, override or
 * isolate, no unpaired surrogate).
 *
 * <p>Seeds: {@code src/test/resources/dev/empathy/channels/<channel>/<Class>Inputs/<method>/};
 * {@code mvn verify} replays them; {@code JAZZER_FUZZ=1 mvn -pl empathy-channels -am test
 * -Dtest=SocialFuzzTest -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.hooks=true} fuzzes.
 */
public final class FuzzedReply {
  /** Every language the library ships data for. */
  public static final List<String> LOCALES = List.of("en-US", "en-GB", "es", "fr-FR", "de-DE", "pt-BR", "ja-JP");
  private static final Map<String, Empathy> EMPATHY = new ConcurrentHashMap<>();

  private FuzzedReply() {}

  /** A reply from fuzzed fields, or null when the library rejected a field by name. */
  public static Reply of(FuzzedDataProvider data) {
    return of(data, null);
  }

  /**
   * A reply from fuzzed fields for the customer "Dana Whitaker" with {@code planted} (when not
   * null) set, between spaces, into one of its text fields; null when a field was rejected.
   */
  public static Reply of(FuzzedDataProvider data, String planted) {
    String tag = data.pickValue(LOCALES);
    Register register = data.pickValue(Register.values());
    Empathy empathy = EMPATHY.computeIfAbsent(tag + register, k ->
        Empathy.builder().locale(tag).register(register).clock(Clock.fixed(Replies.NOW, ZoneOffset.UTC)).build());
    Emotion emotion = data.pickValue(Emotion.values());
    int turn = data.consumeInt(0, 6);
    int timeline = data.consumeInt(0, 4);
    int days = data.consumeInt(-1, 400);
    boolean boundary = data.consumeBoolean();
    boolean closing = data.consumeBoolean();
    String customer = data.consumeBoolean() ? data.consumeString(60) : null;
    String situation = data.consumeBoolean() ? data.consumeString(300) : null;
    String summary = data.consumeBoolean() ? data.consumeString(300) : null;
    String followUp = data.consumeBoolean() ? data.consumeString(200) : null;
    String owner = data.consumeString(30);
    int actions = data.consumeInt(0, 4);
    String[] action = new String[actions];
    for (int i = 0; i < actions; i++) {
      action[i] = data.consumeString(300);
    }
    if (planted != null) {
      int field = data.consumeInt(0, 3);
      String with = " " + planted + " ";
      return compose(empathy, emotion, turn, timeline, days, boundary, closing, "Dana Whitaker",
          field == 0 ? (situation == null ? "" : situation) + with : situation, field == 1 ? with + (summary == null ? "" : summary) : summary,
          field == 3 ? with + (followUp == null ? "" : followUp) : followUp, owner, field == 2 || actions == 0 ? append(action, with) : action);
    }
    return compose(empathy, emotion, turn, timeline, days, boundary, closing, customer, situation, summary, followUp, owner, action);
  }

  private static String[] append(String[] all, String one) {
    String[] out = java.util.Arrays.copyOf(all, all.length + 1);
    out[all.length] = one;
    return out;
  }

  private static Reply compose(Empathy empathy, Emotion emotion, int turn, int timeline, int days, boolean boundary, boolean closing,
      String customer, String situation, String summary, String followUp, String owner, String[] action) {
    return orRejected(() -> {
      Composer c = empathy.compose().conversation("fuzz", turn);
      if (customer != null) {
        c.customer(customer);
      }
      if (situation != null) {
        c.acknowledge(emotion, situation);
      } else {
        c.acknowledge(emotion);
      }
      if (summary != null) {
        c.summary(summary);
      }
      c.actions(List.of(action));
      switch (timeline) {
        case 1 -> c.timeline(Timeline.businessDays(days));
        case 2 -> c.timeline(Timeline.within(Duration.ofMinutes(days * 7L)).ownedBy(Owner.team()));
        case 3 -> c.timeline(Timeline.by(LocalDate.of(2026, 3, 2).plusDays(days)).ownedBy(Owner.parse(owner)));
        case 4 -> c.timeline(Timeline.businessDays(days).ownedBy(Owner.named(owner)));
        default -> { }
      }
      if (followUp != null) {
        c.followUp(followUp);
      }
      if (boundary) {
        c.boundary();
      }
      return c.closing(closing).build();
    });
  }

  /**
   * A private detail of a shape the library promises to find: a Luhn-valid card, a PIN or a
   * password after its keyword, a phone number, an e-mail address, a flat and street.
   */
  public static String secret(FuzzedDataProvider data) {
    String digits4 = String.format("%04d", data.consumeInt(0, 9999));
    String word = "abcdefghij".substring(0, data.consumeInt(3, 10));
    return switch (data.consumeInt(0, 5)) {
      case 0 -> card(data);
      case 1 -> data.pickValue(List.of("PIN ", "PIN: ", "reset your PIN to ", "verification code is ")) + digits4;
      case 2 -> data.pickValue(List.of("password: ", "password is ", "set my password to ")) + word + data.consumeInt(1, 999);
      case 3 -> "+1 415 " + data.consumeInt(200, 999) + " " + digits4;
      case 4 -> word + "." + word.charAt(0) + "@" + data.pickValue(List.of("example.com", "mail.co.uk"));
      default -> "Apt " + data.consumeInt(1, 99) + "B, " + data.consumeInt(11, 99) + " W 10th St";
    };
  }

  /** The value inside a planted secret (after its keyword). */
  public static String value(String secret) {
    for (String k : List.of("reset your PIN to ", "verification code is ", "PIN: ", "PIN ", "password: ", "password is ", "set my password to ")) {
      if (secret.startsWith(k)) {
        return secret.substring(k.length());
      }
    }
    return secret;
  }

  private static String card(FuzzedDataProvider data) {
    StringBuilder body = new StringBuilder("4");
    for (int i = 0; i < 14; i++) {
      body.append((char) ('0' + data.consumeInt(0, 9)));
    }
    int sum = 0;
    for (int i = 0; i < 15; i++) {
      int d = body.charAt(14 - i) - '0';
      if (i % 2 == 0) {
        d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      }
      sum += d;
    }
    return body.append((10 - sum % 10) % 10).toString().replaceAll("(\\d{4})(?=\\d)", "$1 ");
  }

  /** Runs {@code call}; null when it was rejected naming a field. Any other exception fails. */
  public static <T> T orRejected(Supplier<T> call) {
    try {
      return call.get();
    } catch (InvalidInputException e) {
      assertTrue(e.field() != null && !e.field().isBlank(), () -> "rejection names no field: " + e);
      return null;
    }
  }

  /**
   * Renders on {@code channel}; null when the options were rejected by name, or when the reply
   * did not fit and the caller asked for {@link Overflow#FAIL}. Then checks what every channel
   * promises: clean text in every part and field, and a length within any limit.
   */
  public static Rendered render(String channel, Reply reply, RenderOptions.Builder options) {
    RenderOptions built = orRejected(options::build);
    if (built == null) {
      return null;
    }
    Rendered r;
    try {
      r = orRejected(() -> Channels.require(channel).render(reply, built));
    } catch (ChannelOverflowException e) {
      assertTrue(built.overflow().orElse(null) == Overflow.FAIL, () -> "overflow exception without FAIL: " + e);
      assertTrue(e.measured() > e.limit(), e::toString);
      return null;
    }
    if (r == null) {
      return null;
    }
    assertFalse(r.parts().isEmpty(), "no parts");
    clean(r.text(), channel + " text", false);
    for (String part : r.parts()) {
      clean(part, channel + " part", false);
    }
    r.fields().forEach((name, value) -> clean(value, channel + " field " + name, name.equals("mime")));
    r.warnings().forEach(w -> assertFalse(w.isBlank(), "blank warning"));
    r.length().limitIfAny().ifPresent(limit -> assertTrue(r.length().value() <= limit,
        () -> channel + " length " + r.length() + " over its limit"));
    return r;
  }

  /** Fuzzed options: a limit (sometimes invalid), an overflow policy, sometimes a part count. */
  public static RenderOptions.Builder options(FuzzedDataProvider data, String flavor) {
    RenderOptions.Builder b = RenderOptions.builder().flavor(flavor);
    if (data.consumeBoolean()) {
      b = orRejectedBuilder(b, x -> x.limit(data.consumeInt(-2, 2000)));
    }
    if (data.consumeBoolean()) {
      b = orRejectedBuilder(b, x -> x.maxParts(data.consumeInt(-1, 12)));
    }
    b.overflow(data.pickValue(Overflow.values()));
    return b;
  }

  private static RenderOptions.Builder orRejectedBuilder(RenderOptions.Builder b, java.util.function.UnaryOperator<RenderOptions.Builder> set) {
    RenderOptions.Builder out = orRejected(() -> set.apply(b));
    return out == null ? b : out;
  }

  /** Fails when {@code text} carries a character a channel promises never to write. */
  public static void clean(String text, String what, boolean crlf) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
        continue;
      }
      if (Character.isSurrogate(c)) {
        fail(what + ": unpaired surrogate at " + i + " in " + text);
      }
      boolean allowed = c == '\n' || c == '\t' || (crlf && c == '\r');
      if (((c < 0x20 && !allowed) || c == 0x7F || (c >= 0x80 && c < 0xA0))) {
        fail(what + ": control character U+" + Integer.toHexString(c) + " at " + i + " in " + text);
      }
      if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
        fail(what + ": bidi control U+" + Integer.toHexString(c) + " at " + i + " in " + text);
      }
    }
  }
}
