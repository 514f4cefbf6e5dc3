package dev.empathy.review;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what must not appear in a public reply: e-mail addresses, phone numbers, card numbers,
 * and reference numbers (after a word of the locale's {@code @private-ref} class, or after
 * {@code #}), and street addresses (a house number next to a word of the locale's {@code @street}
 * class: "412 Elm St", "calle Mayor 12"; a street named without a number, "the Elm Street store",
 * is a place, not an address). The patterns are shapes, not lexicons; each is linear (no nested
 * quantifiers) and looks at a short window. What safe practice puts in a public reply is left
 * alone: dates, the company's own contact points (toll-free numbers, support mailboxes, a number
 * or address after an {@code @own-contact} lead-in such as "call us at"), and a request for a
 * detail without the detail itself ("DM us your order number").
 */
final class PrivateData {
  private static final Pattern EMAIL =
      Pattern.compile("(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]{1,64}@[\\p{L}\\p{N}-]{1,63}(?:\\.[\\p{L}\\p{N}-]{1,63}){1,8}");
  // Seven or more digits with the separators people type in phone and card numbers.
  private static final Pattern DIGITS = Pattern.compile("(?<![\\p{L}\\p{N}])\\+?\\p{N}(?:[ .()/-]{0,2}\\p{N}){6,22}(?![\\p{N}])");
  // Dates are not private: 2026-03-14, 14/03/2026, 3.14.26.
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{2}|\\d{4})");
  // A toll-free number is a company's, never a customer's: 1-800, 888, 877, 866, 855, 844, 833, 0800.
  private static final Pattern TOLL_FREE = Pattern.compile("\\+?(?:1[ .-]?)?\\(?(?:8(?:00|33|44|55|66|77|88)|0800)\\b.*");
  // The company's own mailboxes: support@, help@, care@, info@...
  private static final Pattern OWN_MAILBOX =
      Pattern.compile("(?:support|help|care|customercare|customer\\.care|service|customerservice|info|contact|hello|team|social|press|billing|noreply|no-reply)(?:[._-][\\p{L}\\p{N}]+)?@.*", Pattern.CASE_INSENSITIVE);
  /** How far before a number or address an "own contact" lead-in may start ("call us toll-free at"). */
  private static final int OWN_WINDOW = 32;
  // A reference right after "#" or after an @private-ref word ("order", "booking ref", ...).
  private static final Pattern HASH_REF = Pattern.compile("#\\s?[\\p{L}\\p{N}-]*\\p{N}[\\p{L}\\p{N}-]*");
  private static final Pattern REF_AFTER =
      Pattern.compile("\\G[\\s:#.]{0,3}(?:(?:no|nr|number|n°|nº|num)\\b[\\s.:#]{0,3})?((?=[\\p{L}\\p{N}-]{4,40}(?![\\p{L}\\p{N}-]))(?=[\\p{L}-]*\\p{N})[\\p{L}\\p{N}-]+|(?-iu:\\p{Lu}{6,12})(?![\\p{L}\\p{N}]))", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Before a street word: a house number and up to three capitalised words ("412 Elm", "12"). */
  private static final Pattern NUMBER_BEFORE_STREET =
      Pattern.compile("(?<![\\p{L}\\p{N}])\\p{N}{1,5}\\p{L}?(?:\\s+\\p{Lu}[\\p{L}'’.-]{0,20}){0,3}\\s+$");
  /** After a street word: its name, then an optional number or flat ("Mayor 12", "Park Ave Apt 4"). */
  private static final Pattern NAME_AFTER_STREET =
      Pattern.compile("\\G\\.?(?:\\s+(?:de|da|do|das|dos|del|la|le|des|du|di)){0,2}(?:\\s+\\p{Lu}[\\p{L}'’-]{0,20}){0,3}(,?\\s*(?:n[º°o.]\\s*)?\\p{N}{1,5}\\p{L}?(?![\\p{L}\\p{N}]))?");
  private static final int STREET_WINDOW = 48;

  /** A span of private data and its normalised form (digits only, or the lower-cased address). */
  record Item(int start, int end, String key) {}

  private PrivateData() {}

  static List<Item> find(DraftReading r) {
    String text = r.text;
    List<Item> out = new ArrayList<>();
    java.util.TreeMap<Integer, Integer> covered = new java.util.TreeMap<>();
    Matcher m = EMAIL.matcher(text);
    while (m.find()) {
      if (OWN_MAILBOX.matcher(m.group()).matches() || ownContact(r, m.start())) {
        covered.put(m.start(), m.end()); // the company's own address is public by design
      } else {
        add(out, covered, new Item(m.start(), m.end(), m.group().toLowerCase(java.util.Locale.ROOT)));
      }
    }
    m = DIGITS.matcher(text);
    while (m.find()) {
      if (DATE.matcher(m.group()).matches() || inside(covered, m.start())) {
        continue;
      }
      if (TOLL_FREE.matcher(m.group()).matches() || ownContact(r, m.start())) {
        covered.put(m.start(), m.end());
      } else {
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
    for (var hit : r.matches) {
      if (hit.payload() instanceof Cue.WordClass c && c.name().equals("@street") && !inside(covered, hit.start())) {
        street(text, hit.start(), hit.end(), out, covered);
      }
    }
    return out;
  }

  /**
   * True when a lead-in of the locale's {@code @own-contact} class ("call us at", "our number is",
   * "email us at") starts shortly before {@code offset}: the company's own contact point.
   */
  private static boolean ownContact(DraftReading r, int offset) {
    return r.classIn("@own-contact", Math.max(0, offset - OWN_WINDOW), offset);
  }

  /** An address around the street word at [{@code s}, {@code e}), when a house number is part of it. */
  private static void street(String text, int s, int e, List<Item> out, java.util.TreeMap<Integer, Integer> covered) {
    int from = Math.max(0, s - STREET_WINDOW);
    Matcher before = NUMBER_BEFORE_STREET.matcher(text.substring(from, s));
    Matcher after = NAME_AFTER_STREET.matcher(text);
    after.region(e, Math.min(text.length(), e + STREET_WINDOW));
    boolean numberBefore = before.find();
    boolean nameAfter = after.lookingAt();
    boolean numberAfter = nameAfter && after.group(1) != null;
    if (!numberBefore && !numberAfter) {
      return;
    }
    int start = numberBefore ? from + before.start() : s;
    int end = nameAfter && (numberAfter || after.end() > e) ? after.end() : e;
    add(out, covered, new Item(start, end, text.substring(start, end).toLowerCase(java.util.Locale.ROOT)));
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
