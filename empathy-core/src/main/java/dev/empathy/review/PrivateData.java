package dev.empathy.review;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what must not appear in a public reply: e-mail addresses, phone numbers, card numbers,
 * and reference numbers (after a word of the locale's {@code @private-ref} class, or after
 * {@code #}). The patterns are shapes, not lexicons; each is linear (no nested quantifiers).
 */
final class PrivateData {
  private static final Pattern EMAIL =
      Pattern.compile("(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]{1,64}@[\\p{L}\\p{N}-]{1,63}(?:\\.[\\p{L}\\p{N}-]{1,63}){1,8}");
  // Seven or more digits with the separators people type in phone and card numbers.
  private static final Pattern DIGITS = Pattern.compile("(?<![\\p{L}\\p{N}])\\+?\\p{N}(?:[ .()/-]{0,2}\\p{N}){6,22}(?![\\p{N}])");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  // A reference right after "#" or after an @private-ref word ("order", "booking ref", ...).
  private static final Pattern HASH_REF = Pattern.compile("#\\s?[\\p{L}\\p{N}-]*\\p{N}[\\p{L}\\p{N}-]*");
  private static final Pattern REF_AFTER =
      Pattern.compile("\\G[\\s:#.]{0,3}(?:(?:no|nr|number|n°|nº|num)\\b[\\s.:#]{0,3})?((?=[\\p{L}\\p{N}-]{4,40}(?![\\p{L}\\p{N}-]))(?=[\\p{L}-]*\\p{N})[\\p{L}\\p{N}-]+|\\p{Lu}{6,12}(?![\\p{L}\\p{N}]))", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A span of private data and its normalised form (digits only, or the lower-cased address). */
  record Item(int start, int end, String key) {}

  private PrivateData() {}

  static List<Item> find(DraftReading r) {
    String text = r.text;
    List<Item> out = new ArrayList<>();
    java.util.TreeMap<Integer, Integer> covered = new java.util.TreeMap<>();
    Matcher m = EMAIL.matcher(text);
    while (m.find()) {
      add(out, covered, new Item(m.start(), m.end(), m.group().toLowerCase(java.util.Locale.ROOT)));
    }
    m = DIGITS.matcher(text);
    while (m.find()) {
      if (!ISO_DATE.matcher(m.group()).matches() && !inside(covered, m.start())) {
        add(out, covered, new Item(m.start(), m.end(), digits(m.group())));
      }
    }
    m = HASH_REF.matcher(text);
    while (m.find()) {
      if (!inside(covered, m.start())) {
        add(out, covered, new Item(m.start(), m.end(), key(m.group().substring(1))));
      }
    }
    Matcher after = REF_AFTER.matcher(text);
    for (var hit : r.matches) {
      if (hit.payload() instanceof Cue.WordClass c && c.name().equals("@private-ref")) {
        after.region(hit.end(), Math.min(text.length(), hit.end() + 60));
        if (after.lookingAt() && !inside(covered, after.start(1))) {
          add(out, covered, new Item(after.start(1), after.end(1), key(after.group(1))));
        }
      }
    }
    return out;
  }

  /** Normalised keys of the private data in a customer's message, to spot it repeated. */
  static List<String> keys(List<Item> items) {
    List<String> keys = new ArrayList<>(items.size());
    for (Item i : items) {
      keys.add(i.key());
    }
    return keys;
  }

  private static void add(List<Item> out, java.util.TreeMap<Integer, Integer> covered, Item item) {
    out.add(item);
    covered.put(item.start(), item.end());
  }

  private static boolean inside(java.util.TreeMap<Integer, Integer> covered, int offset) {
    var e = covered.floorEntry(offset);
    return e != null && offset < e.getValue();
  }

  private static String digits(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().filter(Character::isDigit).forEach(sb::appendCodePoint);
    return sb.toString();
  }

  private static String key(String s) {
    return s.replace("-", "").toLowerCase(java.util.Locale.ROOT);
  }
}
