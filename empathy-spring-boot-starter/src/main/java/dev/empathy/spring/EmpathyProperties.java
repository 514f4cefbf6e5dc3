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

  public Locale getLocale() {
    return locale;
  }

  public void setLocale(Locale locale) {
    this.locale = locale;
  }

  public Register getRegister() {
    return register;
  }

  public void setRegister(Register register) {
    this.register = register;
  }

  public Resource getBrandVoice() {
    return brandVoice;
  }

  public void setBrandVoice(Resource brandVoice) {
    this.brandVoice = brandVoice;
  }

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

    public boolean isRequireAcknowledgement() {
      return requireAcknowledgement;
    }

    public void setRequireAcknowledgement(boolean requireAcknowledgement) {
      this.requireAcknowledgement = requireAcknowledgement;
    }

    public int getMinActions() {
      return minActions;
    }

    public void setMinActions(int minActions) {
      this.minActions = minActions;
    }

    public boolean isRequireTimeline() {
      return requireTimeline;
    }

    public void setRequireTimeline(boolean requireTimeline) {
      this.requireTimeline = requireTimeline;
    }
  }
}
