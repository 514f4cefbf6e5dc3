package dev.empathy.phrase;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.util.ULocale;
import dev.empathy.InvalidInputException;
import dev.empathy.text.Graphemes;
import dev.empathy.text.UserText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A team's own voice on top of the bundled phrasebook: phrase overrides (ICU MessageFormat
 * patterns, one or more variants per key), banned phrases, the agent's name and a sign-off. The
 * value is immutable and checked against the phrase-key catalogue when it is built, so a typo in a
 * key or a pattern fails at start-up, not in front of a customer.
 *
 * <pre>{@code
 * BrandVoice voice = BrandVoice.builder()
 *     .agentName("Sam")
 *     .signOff("Warmly,")
 *     .phrase("closing", "Anything else at all, just hit reply.", "I’m here if you need me.")
 *     .phrase("closing@de", "Schreiben Sie mir einfach, wenn noch etwas ist.")
 *     .ban("unfortunately")
 *     .build();
 * Empathy empathy = Empathy.builder().voice(voice).build();
 * }</pre>
 *
 * <p>A plain key ({@code closing}) applies to every locale; {@code closing@de} to one language and
 * {@code closing@en-GB} to one bundled locale. The most specific override wins, whatever the order
 * they were given in. Every key and its arguments are listed in {@code docs/phrase-keys.md}.
 *
 * <p>Bans compare case-insensitively (Unicode case folding), with straight and typographic
 * apostrophes and any run of spaces treated alike, so banning {@code "I'm afraid"} also removes
 * {@code "I’m  afraid"}.
 */
public final class BrandVoice {
  /** Longest agent name, in graphemes: it sits on one signature line. */
  static final int MAX_AGENT_NAME = 80;
  /** Longest sign-off, in graphemes. */
  static final int MAX_SIGN_OFF = 200;

  /**
   * The voice with no overrides, as {@code builder().build()} makes it, built directly: every
   * {@code Empathy} starts from it, and a one-line run should not load the builder and its checks.
   */
  private static final BrandVoice NONE = new BrandVoice(ImmutableMap.of(), ImmutableSet.of(), null, null);

  /** Patterns compiled the first time a voice has overrides or bans. */
  private static final class Patterns {
    static final Pattern OVERRIDE_KEY = Pattern.compile("([^@\\s]+)(?:@([A-Za-z]{2,3})(?:[-_]([A-Za-z]{2}))?)?");
    static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F\\u2007]+");
  }

  private final ImmutableMap<String, ImmutableList<String>> phrases;
  private final ImmutableSet<String> banned;
  private final String agentName;
  private final String signOff;

  private BrandVoice(
      ImmutableMap<String, ImmutableList<String>> phrases,
      ImmutableSet<String> banned,
      String agentName,
      String signOff) {
    this.phrases = phrases;
    this.banned = banned;
    this.agentName = agentName;
    this.signOff = signOff;
  }

  /** {@return the voice with no overrides: the bundled phrasebook as it is} */
  public static BrandVoice none() {
    return NONE;
  }

  /**
   * A builder for a brand's voice; {@link Builder#build()} checks every override.
   *
   * @return a new builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return overridden phrase keys, as given ({@code closing}, {@code closing@de}, {@code
   * closing@en-GB}), mapped to their variant patterns}
   */
  public Map<String, List<String>> phrases() {
    return Collections.unmodifiableMap(phrases);
  }

  /** {@return phrases that no variant may contain (compared as described in the class comment)} */
  public Set<String> banned() {
    return banned;
  }

  /** {@return the agent's name for the sign-off, if set} */
  public Optional<String> agentName() {
    return Optional.ofNullable(agentName);
  }

  /** {@return the sign-off line (e.g. {@code "Warmly,"}), if set; otherwise the locale's own} */
  public Optional<String> signOff() {
    return Optional.ofNullable(signOff);
  }

  /**
   * The overrides that apply to {@code locale}, by base key: a plain key, then {@code key@lang},
   * then {@code key@lang-REGION}, the more specific replacing the less.
   */
  Map<String, List<String>> overridesFor(ULocale locale) {
    if (phrases.isEmpty()) {
      return Map.of();
    }
    ULocale max = ULocale.addLikelySubtags(locale);
    List<Map.Entry<OverrideKey, ImmutableList<String>>> applicable = new ArrayList<>();
    for (Map.Entry<String, ImmutableList<String>> e : phrases.entrySet()) {
      OverrideKey o = OverrideKey.parse(e.getKey());
      if (o.appliesTo(max)) {
        applicable.add(Map.entry(o, e.getValue()));
      }
    }
    applicable.sort(Comparator.comparingInt(e -> e.getKey().specificity()));
    Map<String, List<String>> out = new HashMap<>();
    for (Map.Entry<OverrideKey, ImmutableList<String>> e : applicable) {
      out.put(e.getKey().key(), e.getValue());
    }
    return out;
  }

  /** True when {@code text} contains one of {@code banned} (compared as this class describes). */
  static boolean containsBanned(String text, Collection<String> banned) {
    if (banned.isEmpty()) {
      return false;
    }
    String folded = fold(text);
    for (String b : banned) {
      if (folded.contains(fold(b))) {
        return true;
      }
    }
    return false;
  }

  /** Case-folded, apostrophes unified, spaces collapsed: the form bans are compared in. */
  static String fold(String text) {
    String s = UCharacter.foldCase(text, true);
    s = s.replace('’', '\'').replace('‘', '\'').replace('ʼ', '\'').replace('′', '\'');
    return Patterns.SPACES.matcher(s).replaceAll(" ");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BrandVoice v
        && phrases.equals(v.phrases)
        && banned.equals(v.banned)
        && Objects.equals(agentName, v.agentName)
        && Objects.equals(signOff, v.signOff);
  }

  @Override
  public int hashCode() {
    return Objects.hash(phrases, banned, agentName, signOff);
  }

  @Override
  public String toString() {
    return "BrandVoice[phrases=" + phrases.keySet() + ", banned=" + banned
        + (agentName == null ? "" : ", agentName=" + agentName)
        + (signOff == null ? "" : ", signOff=" + signOff) + "]";
  }

  /** A parsed override key: {@code key}, {@code key@lang} or {@code key@lang-REGION}. */
  private record OverrideKey(String key, String language, String region) {
    static OverrideKey parse(String spec) {
      var m = Patterns.OVERRIDE_KEY.matcher(spec);
      if (!m.matches()) {
        throw new InvalidInputException(
            "phrase",
            "phrase " + spec + ": key must look like closing, closing@de or closing@en-GB");
      }
      String lang = m.group(2) == null ? null : m.group(2).toLowerCase(Locale.ROOT);
      String region = m.group(3) == null ? null : m.group(3).toUpperCase(Locale.ROOT);
      return new OverrideKey(m.group(1), lang, region);
    }

    int specificity() {
      return language == null ? 0 : region == null ? 1 : 2;
    }

    boolean appliesTo(ULocale maximized) {
      return language == null
          || (language.equals(maximized.getLanguage())
              && (region == null || region.equals(maximized.getCountry())));
    }

    /** Checks the language (and region) name a bundled locale, so the override can ever apply. */
    void checkBundled(String spec) {
      if (language == null) {
        return;
      }
      Set<String> tags = new LinkedHashSet<>();
      boolean found = false;
      for (ULocale s : Phrasebook.SUPPORTED) {
        ULocale max = ULocale.addLikelySubtags(s);
        tags.add(s.getLanguage());
        tags.add(max.getLanguage() + "-" + max.getCountry());
        found |=
            max.getLanguage().equals(language)
                && (region == null || max.getCountry().equals(region));
      }
      if (!found) {
        throw new InvalidInputException(
            "phrase",
            "phrase "
                + spec
                + ": "
                + language
                + (region == null ? "" : "-" + region)
                + " is not a bundled locale, so this override would never apply; use one of "
                + tags);
      }
    }
  }

  /** Collects a {@link BrandVoice}. Not thread-safe; {@link #build()} returns an immutable value. */
  public static final class Builder {
    private final Map<String, ImmutableList<String>> phrases = new LinkedHashMap<>();
    private final Set<String> banned = new LinkedHashSet<>();
    private String agentName;
    private String signOff;

    private Builder() {}

    /**
     * Replaces the variants of {@code key} with these ICU MessageFormat patterns. The key may name
     * a language ({@code closing@de}) or a bundled locale ({@code closing@pt-BR}). Giving the same
     * key again replaces the earlier patterns.
     *
     * @param key the phrase key, optionally with {@code @language} or {@code @locale}
     * @param firstVariant the first ICU MessageFormat pattern
     * @param moreVariants further patterns, picked in turn so consecutive replies differ
     * @return this builder
     * @throws InvalidInputException naming {@code phrase} when the key or a pattern is blank; the
     *     rest (unknown key, malformed pattern, argument not offered) is checked by {@link #build()}
     */
    public Builder phrase(String key, String firstVariant, String... moreVariants) {
      if (key == null || key.isBlank()) {
        throw InvalidInputException.forRule("phrase", "key must not be blank");
      }
      String k = key.strip();
      ImmutableList.Builder<String> variants = ImmutableList.builder();
      variants.add(requirePattern(k, firstVariant));
      if (moreVariants == null) {
        throw new InvalidInputException("phrase", "phrase " + k + ": variants must not be null");
      }
      for (String v : moreVariants) {
        variants.add(requirePattern(k, v));
      }
      phrases.put(k, variants.build());
      return this;
    }

    /**
     * Bans a phrase: no variant containing it is ever used.
     *
     * @param phrase the phrase to ban, e.g. {@code "apologize for any inconvenience"}
     * @return this builder
     */
    public Builder ban(String phrase) {
      banned.add(UserText.require("ban", phrase));
      return this;
    }

    /**
     * The agent's name, shown under the sign-off: one line, at most {@value #MAX_AGENT_NAME}
     * characters, with no control characters.
     *
     * @param name the agent's name, one line
     * @return this builder
     * @throws InvalidInputException naming {@code agentName} when it is blank, breaks a line, holds
     *     a control character (a NUL, an escape, a tab) or is too long
     */
    public Builder agentName(String name) {
      if (name != null) {
        for (int i = 0; i < name.length(); i++) {
          char c = name.charAt(i);
          if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
            throw InvalidInputException.forRule("agentName", "must be a single line");
          }
          // Cleaning would take a NUL or an escape out silently: a name is shown as typed or refused.
          if (Character.isISOControl(c)) {
            throw InvalidInputException.forRule(
                "agentName", "must not contain control characters (U+" + String.format("%04X", (int) c) + ")");
          }
        }
      }
      String n = UserText.require("agentName", name);
      if (Graphemes.count(n) > MAX_AGENT_NAME) {
        throw InvalidInputException.forRule(
            "agentName", "must be at most " + MAX_AGENT_NAME + " characters");
      }
      this.agentName = n;
      return this;
    }

    /**
     * The sign-off line, shown as data (never parsed as a pattern), at most {@value
     * #MAX_SIGN_OFF} characters.
     *
     * @param signOff the sign-off line, e.g. {@code "Warmly,"}
     * @return this builder
     */
    public Builder signOff(String signOff) {
      String s = UserText.require("signOff", signOff);
      if (Graphemes.count(s) > MAX_SIGN_OFF) {
        throw InvalidInputException.forRule("signOff", "must be at most " + MAX_SIGN_OFF + " characters");
      }
      this.signOff = s;
      return this;
    }

    /**
     * Checks every override against the phrase catalogue and returns the voice.
     *
     * @return the immutable, thread-safe voice
     * @throws InvalidInputException naming {@code phrase} and the key when a key is unknown, is
     *     locale data rather than a phrase, names a locale that is not bundled, has a malformed
     *     pattern, uses an argument the key does not offer, or contains a banned phrase; naming
     *     {@code signOff} when the sign-off contains a banned phrase
     */
    public BrandVoice build() {
      ImmutableSet<String> bans = ImmutableSet.copyOf(banned);
      for (Map.Entry<String, ImmutableList<String>> e : phrases.entrySet()) {
        String spec = e.getKey();
        OverrideKey o = OverrideKey.parse(spec);
        PhraseKey key =
            Phrasebook.key(o.key())
                .orElseThrow(
                    () ->
                        new InvalidInputException(
                            "phrase",
                            "phrase " + spec + ": unknown key " + o.key()
                                + " (docs/phrase-keys.md lists every key and its arguments)"));
        if (key.raw()) {
          throw new InvalidInputException(
              "phrase", "phrase " + spec + ": " + o.key() + " is locale data, not a phrase, and cannot be overridden");
        }
        o.checkBundled(spec);
        for (String pattern : e.getValue()) {
          CompiledMessage m;
          try {
            m = Phrasebook.compile(key, pattern);
          } catch (InvalidInputException ex) {
            // Name the key as the caller spelled it (closing@de), not just the base key.
            throw new InvalidInputException(
                "phrase", ex.getMessage().replaceFirst("^phrase " + Pattern.quote(o.key()), "phrase " + spec));
          }
          if (containsBanned(m.literalText(), bans)) {
            throw new InvalidInputException(
                "phrase", "phrase " + spec + ": pattern \"" + pattern + "\" contains a banned phrase " + bans);
          }
        }
      }
      if (signOff != null && containsBanned(signOff, bans)) {
        throw new InvalidInputException("signOff", "signOff \"" + signOff + "\" contains a banned phrase " + bans);
      }
      return new BrandVoice(ImmutableMap.copyOf(phrases), bans, agentName, signOff);
    }

    /** The pattern, cleaned like any caller text (NFC, no control characters), and not blank. */
    private static String requirePattern(String key, String pattern) {
      String p = UserText.clean(pattern);
      if (p == null || p.isBlank()) {
        throw new InvalidInputException("phrase", "phrase " + key + ": pattern must not be blank");
      }
      return p;
    }
  }
}
