package dev.empathy.compose;

import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The arguments of one phrase: a small map reused for every phrase of a reply (a {@code HashMap}
 * allocates a node per argument, per phrase). Lookups scan at most a handful of names.
 */
final class Args extends AbstractMap<String, Object> {
  private final Object[] pairs = new Object[12];
  private int size;

  /** Empties the map for the next phrase and returns it. */
  Args reset() {
    java.util.Arrays.fill(pairs, 0, size * 2, null);
    size = 0;
    return this;
  }

  /** Sets {@code name} to {@code value}. Each name is set once per phrase: no search for it. */
  Args with(String name, Object value) {
    if (size * 2 == pairs.length) {
      throw new IllegalStateException("a phrase takes at most " + pairs.length / 2 + " arguments");
    }
    pairs[size * 2] = name;
    pairs[size * 2 + 1] = value;
    size++;
    return this;
  }

  @Override
  public Object get(Object name) {
    for (int i = 0; i < size * 2; i += 2) {
      Object n = pairs[i];
      if (n == name || n.equals(name)) {
        return pairs[i + 1];
      }
    }
    return null;
  }

  @Override
  public boolean containsKey(Object name) {
    return get(name) != null;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Set<Map.Entry<String, Object>> entrySet() {
    Map<String, Object> copy = new LinkedHashMap<>();
    for (int i = 0; i < size * 2; i += 2) {
      copy.put((String) pairs[i], pairs[i + 1]);
    }
    return copy.entrySet();
  }
}
