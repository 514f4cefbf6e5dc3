package dev.empathy.phrase;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.empathy.InvalidInputException;
import dev.empathy.text.UserText;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A team's own voice on top of the bundled phrasebook: phrase overrides (ICU MessageFormat
 * patterns, one or more variants per key), banned phrases, the agent's name and a sign-off. The
 * value is immutable; it is validated against the phrase-key catalogue when {@code Empathy} is
 * built, so a typo in a key or a pattern fails at start-up, not in front of a customer.
 *
 * <pre>{@code
 * BrandVoice voice = BrandVoice.builder()
 *     .agentName("Sam")
 *     .signOff("Warmly,")
 *     .phrase("closing", "Anything else at all, just hit reply.", "I’m here if you need me.")
 *     .ban("unfortunately")
 *     .build();
 * }</pre>
 *
 * <p>Overrides apply to every locale unless given per language with {@link
 * Builder#phrase(String, String, String...)} on a key suffixed with {@code @<language>}, e.g.
 * {@code closing@de}.
 */
public final class BrandVoice {
  private static final BrandVoice NONE = builder().build();

  private final ImmutableMap<String, ImmutableList<String>> phrases;
  private final ImmutableSet<String> banned;
  private final String agentName;
  private final String signOff;

  private BrandVoice(Builder b) {
    this.phrases = ImmutableMap.copyOf(b.phrases);
    this.banned = ImmutableSet.copyOf(b.banned);
    this.agentName = b.agentName;
    this.signOff = b.signOff;
  }

  /** The voice with no overrides: the bundled phrasebook as it is. */
  public static BrandVoice none() {
    return NONE;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Overridden phrase keys (possibly suffixed {@code @language}) to their variant patterns. */
  public ImmutableMap<String, ImmutableList<String>> phrases() {
    return phrases;
  }

  /** Phrases (case-insensitive) that no variant may contain. */
  public ImmutableSet<String> banned() {
    return banned;
  }

  /** The agent's name for the sign-off, if set. */
  public Optional<String> agentName() {
    return Optional.ofNullable(agentName);
  }

  /** The sign-off line (e.g. {@code "Warmly,"}), if set; otherwise the locale's own. */
  public Optional<String> signOff() {
    return Optional.ofNullable(signOff);
  }

  /** Collects a {@link BrandVoice}. Not thread-safe; {@link #build()} returns an immutable value. */
  public static final class Builder {
    private final Map<String, ImmutableList<String>> phrases = new LinkedHashMap<>();
    private final Set<String> banned = new LinkedHashSet<>();
    private String agentName;
    private String signOff;

    private Builder() {}

    /**
     * Replaces the variants of {@code key} with these ICU MessageFormat patterns.
     *
     * @throws InvalidInputException naming {@code phrase} when the key or a pattern is blank
     */
    public Builder phrase(String key, String firstVariant, String... moreVariants) {
      if (key == null || key.isBlank()) {
        throw InvalidInputException.forRule("phrase", "key must not be blank");
      }
      ImmutableList.Builder<String> variants = ImmutableList.builder();
      variants.add(requirePattern(key, firstVariant));
      for (String v : checkNotNull(moreVariants, "moreVariants")) {
        variants.add(requirePattern(key, v));
      }
      phrases.put(key.strip(), variants.build());
      return this;
    }

    /** Bans a phrase: no variant containing it (ignoring case) is ever used. */
    public Builder ban(String phrase) {
      banned.add(UserText.require("ban", phrase));
      return this;
    }

    /** The agent's name, shown under the sign-off. */
    public Builder agentName(String name) {
      this.agentName = UserText.require("agentName", name);
      return this;
    }

    /** The sign-off line, shown as data (never parsed as a pattern). */
    public Builder signOff(String signOff) {
      this.signOff = UserText.require("signOff", signOff);
      return this;
    }

    public BrandVoice build() {
      return new BrandVoice(this);
    }

    private static String requirePattern(String key, String pattern) {
      if (pattern == null || pattern.isBlank()) {
        throw new InvalidInputException("phrase", "phrase " + key + ": pattern must not be blank");
      }
      return pattern;
    }
  }
}
