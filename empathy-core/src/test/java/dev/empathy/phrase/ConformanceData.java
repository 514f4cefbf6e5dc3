package dev.empathy.phrase;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.ibm.icu.util.ULocale;
import dev.empathy.Register;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the conformance fixtures under {@code src/test/resources/conformance}. */
final class ConformanceData {
  private ConformanceData() {}

  /** One ticket of native, customer-supplied text. */
  record Ticket(
      String id,
      String language,
      String voice,
      String customer,
      String situation,
      String summary,
      String detail,
      List<String> actions,
      String followUp,
      String team) {

    boolean fits(ULocale locale, Register register) {
      return language.equals(locale.getLanguage())
          && (voice.equals("any") || voice.equals(register.label()));
    }

    /** Every piece of text the caller supplied, to be removed before checking our own words. */
    List<String> supplied() {
      List<String> s = new ArrayList<>(List.of(customer, situation, summary, detail, followUp, team));
      s.addAll(actions);
      s.add(customer.split(" ")[0]);
      return s;
    }
  }

  static List<Ticket> tickets() {
    List<Ticket> out = new ArrayList<>();
    for (List<String> c : rows("tickets.tsv")) {
      out.add(
          new Ticket(
              c.get(0), c.get(1), c.get(2), c.get(3), c.get(4), c.get(5), c.get(6),
              Splitter.on(" | ").trimResults().splitToList(c.get(7)), c.get(8), c.get(9)));
    }
    return out;
  }

  static List<Ticket> tickets(ULocale locale, Register register) {
    List<Ticket> out = tickets().stream().filter(t -> t.fits(locale, register)).toList();
    if (out.isEmpty()) {
      throw new AssertionError("no conformance tickets for " + locale + " " + register);
    }
    return out;
  }

  /** Non-comment lines of a fixture, split on tabs. */
  static List<List<String>> rows(String name) {
    String path = "/conformance/" + name;
    try (InputStream in = ConformanceData.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      List<List<String>> rows = new ArrayList<>();
      for (String line : Splitter.on('\n').split(new String(in.readAllBytes(), UTF_8))) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        rows.add(Splitter.on('\t').splitToList(line));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes each supplied text (ignoring case, since the composer lower- or upper-cases a lead). */
  static String withoutSupplied(String text, List<String> supplied) {
    String out = text;
    List<String> longestFirst = new ArrayList<>(supplied);
    longestFirst.sort((a, b) -> b.length() - a.length());
    for (String s : longestFirst) {
      String core = s.strip().replaceAll("[.!?？。]+$", "");
      if (core.isEmpty()) {
        continue;
      }
      out = Pattern.compile(Pattern.quote(core), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
          .matcher(out)
          .replaceAll(Matcher.quoteReplacement(" ◆ "));
    }
    return out;
  }

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+’?");

  /** Words of a text, an elided "l’" or "t’" kept with its apostrophe. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text.replace('\'', '’'));
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  static ImmutableList<String> englishMarkers() {
    return rows("english-markers.txt").stream()
        .map(r -> r.get(0).strip())
        .collect(ImmutableList.toImmutableList());
  }
}
