package dev.empathy.review;

import dev.empathy.InvalidInputException;
import java.util.Locale;
import java.util.Optional;

/**
 * What a draft is answering and where it will be sent. Both parts are optional: with the
 * customer's message the rubric checks the reply against it (the emotion it should acknowledge,
 * urgency, private data it must not repeat in public); with the channel the linter checks length
 * and public exposure.
 *
 * <pre>{@code
 * ReviewContext ctx = ReviewContext.builder()
 *     .customerText("@ShopCo my parcel was left in the rain. So disappointed.")
 *     .channel("social")
 *     .build();
 * Review review = empathy.review(draft, ctx);
 * }</pre>
 *
 * <p>Channels with rules: {@code chat}, {@code email}, {@code social} (public), {@code sms},
 * {@code voice}, {@code plain}. Any other name is accepted and reviewed like {@code plain}, with a
 * note.
 */
public final class ReviewContext {
  private static final ReviewContext NONE = new ReviewContext(null, null);

  private final String customerText;
  private final String channel;

  private ReviewContext(String customerText, String channel) {
    this.customerText = customerText;
    this.channel = channel;
  }

  /** {@return a context with no customer message and no channel} */
  public static ReviewContext none() {
    return NONE;
  }

  /** {@return a builder with no customer message and no channel} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the customer's message the draft answers, as given} */
  public Optional<String> customerText() {
    return Optional.ofNullable(customerText);
  }

  /** {@return the channel id in lower case, e.g. {@code "social"}} */
  public Optional<String> channel() {
    return Optional.ofNullable(channel);
  }

  /** For logs: the channel and the length of the customer's text, never the text itself. */
  @Override
  public String toString() {
    return "ReviewContext[channel=" + channel + ", customerText="
        + (customerText == null ? "none" : customerText.length() + " chars") + "]";
  }

  /** Sets the optional parts. Null means absent. */
  public static final class Builder {
    private String customerText;
    private String channel;

    private Builder() {}

    /**
     * The customer's message; null or blank means none.
     *
     * @param text the customer's message as received
     * @return this builder
     */
    public Builder customerText(String text) {
      this.customerText = text == null || text.isBlank() ? null : text;
      return this;
    }

    /**
     * The channel the draft will be sent on; null means unknown (no channel rules).
     *
     * @param channel the channel id, e.g. {@code "social"}; case is ignored
     * @return this builder
     * @throws InvalidInputException naming {@code channel} when it is blank
     */
    public Builder channel(String channel) {
      if (channel != null && channel.isBlank()) {
        throw InvalidInputException.forRule("channel", "must not be blank");
      }
      this.channel = channel == null ? null : channel.strip().toLowerCase(Locale.ROOT);
      return this;
    }

    /** {@return the context} */
    public ReviewContext build() {
      return new ReviewContext(customerText, channel);
    }
  }
}
