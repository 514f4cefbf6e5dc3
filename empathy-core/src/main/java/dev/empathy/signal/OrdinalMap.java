package dev.empathy.signal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * A map keyed by the constants of one enum, iterated in their order, like {@link java.util.EnumMap},
 * whose entries are made once, when a key is first put, and handed out by every iteration after:
 * a reading walks its feelings a dozen times a message, and an {@code EnumMap} makes an entry per
 * feeling per walk (about 3% of the bytes a 1 KB message costs). Null values are not held (a put of
 * null is refused), so an entry present is a value present. Not thread-safe: one per reading.
 *
 * <pre>{@code
 * Map<Emotion, Tally> emotions = new OrdinalMap<>(Emotion.values());
 * emotions.put(Emotion.ANGRY, t);
 * for (Map.Entry<Emotion, Tally> en : emotions.entrySet()) { ... }   // no entry made per walk
 * }</pre>
 */
final class OrdinalMap<K extends Enum<K>, V> extends AbstractMap<K, V> {
  private final K[] keys;
  /** By ordinal: the key's entry, or null when it has no value. */
  private final Slot<K, V>[] slots;
  private int size;
  private final Set<Map.Entry<K, V>> entrySet = new Entries();

  /** An empty map over {@code keys}, all the constants of the enum in ordinal order ({@code E.values()}). */
  @SuppressWarnings("unchecked")
  OrdinalMap(K[] keys) {
    this.keys = keys;
    this.slots = (Slot<K, V>[]) new Slot<?, ?>[keys.length];
  }

  private static final class Slot<K, V> implements Map.Entry<K, V> {
    private final K key;
    private V value;

    Slot(K key, V value) {
      this.key = key;
      this.value = value;
    }

    @Override
    public K getKey() {
      return key;
    }

    @Override
    public V getValue() {
      return value;
    }

    @Override
    public V setValue(V v) {
      V old = value;
      value = Objects.requireNonNull(v, "value");
      return old;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Map.Entry<?, ?> e && key.equals(e.getKey()) && value.equals(e.getValue());
    }

    @Override
    public int hashCode() {
      return key.hashCode() ^ value.hashCode();
    }

    @Override
    public String toString() {
      return key + "=" + value;
    }
  }

  private Slot<K, V> slot(Object key) {
    if (!(key instanceof Enum<?> e) || e.getDeclaringClass() != keys.getClass().getComponentType()) {
      return null;
    }
    return slots[e.ordinal()];
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean isEmpty() {
    return size == 0;
  }

  @Override
  public boolean containsKey(Object key) {
    return slot(key) != null;
  }

  @Override
  public V get(Object key) {
    Slot<K, V> s = slot(key);
    return s == null ? null : s.value;
  }

  @Override
  public V put(K key, V value) {
    Objects.requireNonNull(value, "value");
    int i = key.ordinal();
    Slot<K, V> s = slots[i];
    if (s == null) {
      slots[i] = new Slot<>(key, value);
      size++;
      return null;
    }
    return s.setValue(value);
  }

  @Override
  public V remove(Object key) {
    Slot<K, V> s = slot(key);
    if (s == null) {
      return null;
    }
    slots[s.key.ordinal()] = null;
    size--;
    return s.value;
  }

  @Override
  public void clear() {
    java.util.Arrays.fill(slots, null);
    size = 0;
  }

  @Override
  public Set<Map.Entry<K, V>> entrySet() {
    return entrySet;
  }

  private final class Entries extends AbstractSet<Map.Entry<K, V>> {
    @Override
    public int size() {
      return size;
    }

    @Override
    public Iterator<Map.Entry<K, V>> iterator() {
      // As EnumMap's: the next present key is looked for when asked, so a key put ahead of the
      // walk during it is met, as it would be there.
      return new Iterator<>() {
        private int next;
        private int last = -1;

        @Override
        public boolean hasNext() {
          while (next < slots.length && slots[next] == null) {
            next++;
          }
          return next < slots.length;
        }

        @Override
        public Map.Entry<K, V> next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          last = next++;
          return slots[last];
        }

        @Override
        public void remove() {
          if (last < 0) {
            throw new IllegalStateException("remove() without a next() before it");
          }
          if (slots[last] != null) {
            slots[last] = null;
            size--;
          }
          last = -1;
        }
      };
    }
  }
}
