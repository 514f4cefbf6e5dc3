package dev.empathy.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What must not appear in a public reply, as the reviewer sees it: the shared detector's certain
 * spans ({@link dev.empathy.text.PrivateData}: e-mail addresses, phones, cards, references,
 * addresses, passwords, codes, dates of birth...), each with a normalised key (digits only, or the
 * lower-cased text) to spot the customer's own details repeated in a draft. Shape-only guesses (a
 * bare five-digit number, "dana1987") are left to the public channels, which keep them out anyway.
 */
final class PrivateData {
  /** A span of private data and its normalised form (digits only, or the lower-cased text). */
  record Item(int start, int end, String key) {}

  private PrivateData() {}

  static List<Item> find(DraftReading r, Locale locale) {
    List<Item> out = new ArrayList<>();
    for (dev.empathy.text.PrivateData.Span s : dev.empathy.text.PrivateData.forLocale(locale).find(r.text)) {
      if (s.certain()) {
        String value = r.text.substring(s.start(), s.end());
        String digits = digits(value);
        out.add(new Item(s.start(), s.end(), digits.length() >= 4 && !hasLetter(value) ? digits : key(value)));
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

  private static boolean hasLetter(String s) {
    return s.codePoints().anyMatch(Character::isLetter);
  }

  private static String digits(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().filter(Character::isDigit).forEach(sb::appendCodePoint);
    return sb.toString();
  }

  private static String key(String s) {
    String k = s.replace("-", "").toLowerCase(Locale.ROOT);
    return k.startsWith("#") ? k.substring(1).strip() : k;
  }
}
