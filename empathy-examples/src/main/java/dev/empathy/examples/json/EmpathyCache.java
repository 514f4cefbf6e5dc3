package dev.empathy.examples.json;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.util.concurrent.UncheckedExecutionException;
import dev.empathy.Empathy;
import dev.empathy.Register;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.ExecutionException;

/**
 * Reuses {@link Empathy} instances across input lines. An {@code Empathy} is immutable and
 * thread-safe, so lines that ask for the same locale, register, clock instant and zone share one;
 * a stream of a million lines in one locale builds it once. Bounded, so inputs that vary {@code
 * now} on every line cannot grow memory.
 *
 * <pre>{@code
 * EmpathyCache cache = new EmpathyCache();
 * Empathy e = cache.get("en-GB", Register.FORMAL, ZoneId.of("Europe/London"), null); // system clock
 * }</pre>
 */
public final class EmpathyCache {
  private static final int MAX_ENTRIES = 256;

  /** What an instance is built from; {@code now == null} means the system clock. */
  private record Key(String localeTag, Register register, ZoneId zone, Instant now) {}

  private final Cache<Key, Empathy> cache = CacheBuilder.newBuilder().maximumSize(MAX_ENTRIES).build();

  /**
   * The instance for these settings, built on first use.
   *
   * @param localeTag a BCP 47 tag, validated by {@link Empathy.Builder#locale(String)}
   * @param now a fixed instant for deterministic dates, or {@code null} for the system clock
   * @throws dev.empathy.InvalidInputException naming {@code locale} for a malformed tag
   */
  public Empathy get(String localeTag, Register register, ZoneId zone, Instant now) {
    Key key = new Key(localeTag, register, zone, now);
    try {
      return cache.get(key, () -> build(key));
    } catch (UncheckedExecutionException | ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static Empathy build(Key key) {
    Clock clock = key.now() == null ? Clock.system(key.zone()) : Clock.fixed(key.now(), key.zone());
    return Empathy.builder().locale(key.localeTag()).register(key.register()).clock(clock).build();
  }
}
