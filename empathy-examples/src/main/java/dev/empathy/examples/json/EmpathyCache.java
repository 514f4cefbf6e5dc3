package dev.empathy.examples.json;

import dev.empathy.Empathy;
import dev.empathy.Register;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reuses {@link Empathy} instances across input lines. An {@code Empathy} is immutable and
 * thread-safe, and its language data is shared by the whole JVM, so this cache only saves the
 * few microseconds of building one: lines that ask for the same locale and register share an
 * instance. The key is the canonical locale ({@code en-US}, {@code en-us} and {@code en_US} are one
 * entry), and the cache is bounded, so a stream with thousands of distinct tags
 * ({@code en-US-x-k0001}, …) keeps at most {@value #MAX_ENTRIES} small instances and one copy of
 * each language's data (past that, instances are built per line, still sharing the data).
 *
 * <pre>{@code
 * EmpathyCache cache = new EmpathyCache();
 * Empathy e = cache.get("en-GB", Register.FORMAL, ZoneOffset.UTC, null); // system clock
 * Reply r = e.compose().zone(ZoneId.of("Europe/London")).action("I’ve sent it").build();
 * }</pre>
 */
public final class EmpathyCache {
  private static final int MAX_ENTRIES = 256;

  /**
   * A tag (canonical, or as typed) and a register. Equality is written out: a record's generated
   * {@code hashCode} is bootstrapped through method handles on first use, about 10 ms of a cold
   * start's CPU for the first line.
   */
  private record Key(String tag, Register register) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.tag.equals(tag) && k.register == register;
    }

    @Override
    public int hashCode() {
      return tag.hashCode() * 31 + register.hashCode();
    }
  }

  // A plain map, not a Guava cache: its classes cost a cold start more than an instance does now.
  private final ConcurrentHashMap<Key, Empathy> cache = new ConcurrentHashMap<>();
  /** The same instances by the tag as typed (bounded likewise); only valid tags get here. */
  private final ConcurrentHashMap<Key, Empathy> byText = new ConcurrentHashMap<>();

  /**
   * The instance for these settings. With the system clock in UTC it is the cached one; another
   * zone or a fixed instant gives a new instance over the same shared data (microseconds, a few
   * hundred bytes). Callers that compose should prefer {@code compose().zone(zone)} on the cached
   * instance.
   *
   * @param localeTag a BCP 47 tag (or {@code en_US}), validated by {@link
   *     Empathy.Builder#locale(String)}
   * @param now a fixed instant for deterministic dates, or {@code null} for the system clock
   * @throws dev.empathy.InvalidInputException naming {@code locale} for a malformed tag
   */
  public Empathy get(String localeTag, Register register, ZoneId zone, Instant now) {
    Empathy shared = get(localeTag, register);
    if (now == null && ZoneOffset.UTC.equals(zone)) {
      return shared;
    }
    Clock clock = now == null ? Clock.system(zone) : Clock.fixed(now, zone);
    return shared.toBuilder().clock(clock).build();
  }

  /** The shared instance for {@code localeTag} and {@code register}, with the system clock in UTC. */
  public Empathy get(String localeTag, Register register) {
    // Most streams repeat a few tags as typed: look those up before parsing.
    Empathy asTyped = byText.get(new Key(localeTag, register));
    if (asTyped != null) {
      return asTyped;
    }
    Empathy e = byCanonicalTag(localeTag, register);
    if (byText.size() < MAX_ENTRIES) {
      byText.putIfAbsent(new Key(localeTag, register), e);
    }
    return e;
  }

  private Empathy byCanonicalTag(String localeTag, Register register) {
    Locale parsed = canonical(localeTag);
    Key key = new Key(parsed.toLanguageTag(), register);
    Empathy known = cache.get(key);
    if (known != null) {
      return known;
    }
    Empathy built = Empathy.builder().locale(parsed).register(register).clock(Clock.systemUTC()).build();
    if (cache.size() < MAX_ENTRIES) {
      Empathy raced = cache.putIfAbsent(key, built);
      return raced != null ? raced : built;
    }
    return built; // full: a new instance is microseconds, and the language data is shared anyway
  }

  /** The locale {@code tag} names, parsed (and rejected) exactly as {@code Empathy.Builder} does. */
  private static Locale canonical(String tag) {
    return Empathy.builder().locale(tag).build().locale(); // an instance costs microseconds now

  }
}
