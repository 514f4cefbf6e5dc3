package dev.empathy.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What must not appear in a public reply, as the review sees it: the shared detector's certain
 * spans ({@link dev.empathy.text.PrivateData}: e-mail addresses, phone and card numbers, references,
 * street addresses…), less what safe practice puts there. The shared detector already leaves dates,
 * thread counters and requests for a detail ("DM us your order number") alone; the review also
 * leaves the company's own contact points (a toll-free number; a role mailbox such as
 * "help@brand.com", by the shared detector's data; a number or address right after a
 * lead-in of the locale's {@code @own-contact} class: "call us at", "email us at") and quoted text.
 */
final class PrivateData {
  /** A toll-free number is a company's, never a customer's: 1-800, 888, 877, 866, 855, 844, 833, 0800. */
  private static final java.util.regex.Pattern TOLL_FREE =
      java.util.regex.Pattern.compile("\\+?(?:1[ .-]?)?\\(?(?:8(?:00|33|44|55|66|77|88)|0800)\\b.*");
  /** How far before a number or address an "own contact" lead-in may start ("call us toll-free at"). */
  private static final int OWN_WINDOW = 32;

  /** A span of private data and its normalised form (digits only, or the lower-cased text). */
  record Item(int start, int end, String key) {}

  private PrivateData() {}

  static List<Item> find(DraftReading r, RuleBook book) {
    List<Item> out = new ArrayList<>();
    for (dev.empathy.text.PrivateData.Span span : book.privateData().find(r.text)) {
      String value = r.text.substring(span.start(), span.end());
      // A role mailbox ("help@brand.com") is a company's desk: the shared detector's rolemailbox data says so.
      if (!span.certain() || r.quoted(span.start()) || ownContact(r, span.start()) || TOLL_FREE.matcher(value).matches()
          || book.privateData().roleMailbox(value)) {
        continue;
      }
      Item last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && (span.start() <= last.end() || r.text.substring(last.end(), span.start()).matches("[\\s,]{0,2}"))) {
        // One address written in two parts ("22 Park Ave, Apt 4") is one finding.
        int end = Math.max(last.end(), span.end());
        out.set(out.size() - 1, new Item(last.start(), end, key(r.text.substring(last.start(), end))));
        continue;
      }
      out.add(new Item(span.start(), span.end(), key(value)));
    }
    return out;
  }

  /** True when a lead-in of the locale's {@code @own-contact} class starts shortly before {@code offset}. */
  private static boolean ownContact(DraftReading r, int offset) {
    return r.classIn("@own-contact", Math.max(0, offset - OWN_WINDOW), offset);
  }

  /** Normalised keys of the private data in a customer's message, to spot it repeated. */
  static List<String> keys(List<Item> items) {
    List<String> keys = new ArrayList<>(items.size());
    for (Item i : items) {
      keys.add(i.key());
    }
    return keys;
  }

  private static String key(String s) {
    // A number is compared by its digits ("555-0142" and "5550142"); anything else by its text.
    StringBuilder digits = new StringBuilder(s.length());
    s.codePoints().filter(Character::isDigit).forEach(digits::appendCodePoint);
    if (digits.length() >= 4 && s.codePoints().noneMatch(Character::isLetter)) {
      return digits.toString();
    }
    String k = s.replace("-", "").toLowerCase(Locale.ROOT);
    return k.startsWith("#") ? k.substring(1).strip() : k;
  }
}
