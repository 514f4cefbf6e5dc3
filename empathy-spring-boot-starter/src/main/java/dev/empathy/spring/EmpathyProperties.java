package dev.empathy.spring;

import dev.empathy.Register;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * The {@code empathy.*} properties the auto-configured {@code Empathy} bean is built from.
 *
 * <pre>{@code
 * empathy.locale=en-GB
 * empathy.register=informal
 * empathy.brand-voice=classpath:brand-voice.properties
 * empathy.reply-policy.min-actions=1
 * empathy.reply-policy.require-timeline=true
 * }</pre>
 */
@ConfigurationProperties("empathy")
public class EmpathyProperties {
  /** The customers' locale, a BCP 47 tag; unsupported locales fall back (language, then English). */
  private Locale locale = Locale.US;

  /** Formal or informal address. */
  private Register register = Register.FORMAL;

  /**
   * A brand-voice file (UTF-8 properties): {@code agent-name}, {@code sign-off}, {@code
   * phrase.<key>[@<locale>].<n>} variants and {@code ban.<n>} phrases. None by default.
   */
  private Resource brandVoice;

  /** What every composed reply must contain. */
  private final ReplyPolicyProperties replyPolicy = new ReplyPolicyProperties();

  /** Properties with the defaults: {@code en-US}, formal, no brand voice, the default policy. */
  public EmpathyProperties() {}

  /** {@return the customers' locale; {@code en-US} by default} */
  public Locale getLocale() {
    return locale;
  }

  /**
   * Sets the customers' locale ({@code empathy.locale}).
   *
   * @param locale a locale, from a BCP 47 tag such as {@code en-GB}
   */
  public void setLocale(Locale locale) {
    this.locale = locale;
  }

  /** {@return formal or informal address; formal by default} */
  public Register getRegister() {
    return register;
  }

  /**
   * Sets formal or informal address ({@code empathy.register}).
   *
   * @param register the register
   */
  public void setRegister(Register register) {
    this.register = register;
  }

  /** {@return the brand-voice file, or null when none is set} */
  public Resource getBrandVoice() {
    return brandVoice;
  }

  /**
   * Sets the brand-voice file ({@code empathy.brand-voice}).
   *
   * @param brandVoice the file, e.g. {@code classpath:brand-voice.properties}
   */
  public void setBrandVoice(Resource brandVoice) {
    this.brandVoice = brandVoice;
  }

  /** {@return what every composed reply must contain ({@code empathy.reply-policy.*})} */
  public ReplyPolicyProperties getReplyPolicy() {
    return replyPolicy;
  }

  /** {@code empathy.reply-policy.*}: the defaults are the library's {@code ReplyPolicy.DEFAULT}. */
  public static class ReplyPolicyProperties {
    /** Whether a reply must name the customer's feeling. */
    private boolean requireAcknowledgement = true;

    /** The fewest actions a reply may carry (without them the composer marks a slot). */
    private int minActions = 1;

    /** Whether a reply must carry a timeline. */
    private boolean requireTimeline = false;

    /** The library's default policy: an acknowledgement and at least one action. */
    public ReplyPolicyProperties() {}

    /** {@return whether a reply must name the customer's feeling; true by default} */
    public boolean isRequireAcknowledgement() {
      return requireAcknowledgement;
    }

    /**
     * Sets whether a reply must name the customer's feeling.
     *
     * @param requireAcknowledgement true to require an acknowledgement
     */
    public void setRequireAcknowledgement(boolean requireAcknowledgement) {
      this.requireAcknowledgement = requireAcknowledgement;
    }

    /** {@return the fewest actions a reply may carry; 1 by default} */
    public int getMinActions() {
      return minActions;
    }

    /**
     * Sets the fewest actions a reply may carry.
     *
     * @param minActions the number of actions, 0 or more
     */
    public void setMinActions(int minActions) {
      this.minActions = minActions;
    }

    /** {@return whether a reply must carry a timeline; false by default} */
    public boolean isRequireTimeline() {
      return requireTimeline;
    }

    /**
     * Sets whether a reply must carry a timeline.
     *
     * @param requireTimeline true to require a timeline
     */
    public void setRequireTimeline(boolean requireTimeline) {
      this.requireTimeline = requireTimeline;
    }
  }
}
