package dev.empathy.channels.social;

import com.google.common.collect.ImmutableList;
import dev.empathy.channels.fit.ChannelData;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds private data in text bound for a public post: e-mail addresses, phone and other long
 * numbers, card numbers (Luhn), IBANs (mod 97), postal addresses, order and account numbers, and
 * the customer's surname. The patterns live in {@code private-data.tsv}; they err on the wide side,
 * since a false alarm only moves a sentence into the DM while a miss publishes someone's details.
 */
final class PrivateData {
  /** One piece of private data: what it is (never the data itself) and where. */
  record Finding(String kind, String description, int start, int end) {}

  private record Rule(String kind, String check, String description, Pattern pattern) {}

  private static final ImmutableList<Rule> RULES = rules();
  private static final Pattern DATE =
      Pattern.compile("\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}", Pattern.UNICODE_CHARACTER_CLASS);

  private PrivateData() {}

  /**
   * The private data in {@code text}, at least one finding per kind present (the first of each
   * rule); {@code customerName} adds the surname(s) to look for.
   */
  static List<Finding> find(String text, Optional<String> customerName) {
    List<Finding> out = new ArrayList<>();
    for (Rule r : RULES) {
      Matcher m = r.pattern().matcher(text);
      while (m.find()) {
        if (passes(r.check(), m.group())) {
          out.add(new Finding(r.kind(), r.description(), m.start(), m.end()));
          break; // one finding per rule is enough to keep the block out of public view
        }
      }
    }
    customerName.ifPresent(name -> findSurnames(text, name, out));
    return out;
  }

  /** True when {@code text} holds anything private. */
  static boolean any(String text, Optional<String> customerName) {
    return !find(text, customerName).isEmpty();
  }

  private static void findSurnames(String text, String name, List<Finding> out) {
    String[] words = name.strip().split("\\s+");
    for (int i = 1; i < words.length; i++) {
      String w = words[i].replaceAll("^[\\p{P}]+|[\\p{P}]+$", "");
      if (w.codePointCount(0, w.length()) < 2) {
        continue;
      }
      Pattern p =
          Pattern.compile(
              "(?<![\\p{L}\\p{N}])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}])",
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
      Matcher m = p.matcher(text);
      while (m.find()) {
        out.add(new Finding("name", "the customer's full name", m.start(), m.end()));
      }
    }
  }

  private static boolean passes(String check, String match) {
    return switch (check) {
      case "luhn" -> luhn(match.replaceAll("\\D", ""));
      case "iban" -> iban(match.replaceAll("\\s", "").toUpperCase(Locale.ROOT));
      case "notDate" -> !DATE.matcher(match.strip()).matches();
      default -> true;
    };
  }

  static boolean luhn(String digits) {
    if (digits.length() < 12 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return false;
    }
    int sum = 0;
    boolean dbl = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (dbl) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      dbl = !dbl;
    }
    return sum % 10 == 0;
  }

  /** True when some prefix of {@code candidate} (15 to 34 characters) is a valid IBAN. */
  static boolean iban(String candidate) {
    for (int len = Math.min(34, candidate.length()); len >= 15; len--) {
      String s = candidate.substring(0, len);
      if (!s.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) {
        continue;
      }
      String rearranged = s.substring(4) + s.substring(0, 4);
      StringBuilder digits = new StringBuilder(rearranged.length() * 2);
      for (char c : rearranged.toCharArray()) {
        digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
      }
      if (new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1) {
        return true;
      }
    }
    return false;
  }

  private static ImmutableList<Rule> rules() {
    ImmutableList.Builder<Rule> b = ImmutableList.builder();
    for (List<String> row : ChannelData.rows(PrivateData.class, "private-data.tsv")) {
      b.add(
          new Rule(
              row.get(0),
              row.get(1),
              row.get(2),
              Pattern.compile(
                  row.get(3),
                  Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS)));
    }
    return b.build();
  }
}
