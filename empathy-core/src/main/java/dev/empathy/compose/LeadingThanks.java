package dev.empathy.compose;

import com.google.common.base.Splitter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A summary copied from a grateful customer's message often opens with their thanks ("gracias!!
 * ya me llegó todo perfecto", "obrigada!! chegou tudo certinho"): said back, the agent would thank
 * themselves ("Que bom saber que obrigada!! chegou…"). The thanks ({@code summary.leadingThanks}
 * in {@code clauses_<language>.properties}, longest first, matched whole and in any case, followed
 * by a mark: "gracias a la app…" goes on) and the marks and spaces after it are left out; what the customer told goes on. A summary that is
 * nothing but thanks is kept as typed (the caller's words are never silently dropped whole).
 *
 * <pre>{@code
 * LeadingThanks.forLocale(Locale.forLanguageTag("es")).strip("Gracias!! ya me llegó todo");   // "ya me llegó todo"
 * }</pre>
 */
final class LeadingThanks {
  private static final Map<String, LeadingThanks> BY_LANGUAGE = new ConcurrentHashMap<>();

  private final Locale locale;
  private final List<String> thanks;

  private LeadingThanks(Locale locale, Properties p) {
    this.locale = locale;
    List<String> t = new ArrayList<>();
    Splitter.on(',').trimResults().omitEmptyStrings().split(p.getProperty("summary.leadingThanks", ""))
        .forEach(w -> t.add(w.toLowerCase(locale)));
    t.sort((a, b) -> b.length() - a.length());
    this.thanks = List.copyOf(t);
  }

  static LeadingThanks forLocale(Locale locale) {
    return BY_LANGUAGE.computeIfAbsent(locale.getLanguage(), LeadingThanks::load);
  }

  private static LeadingThanks load(String language) {
    String path = "/dev/empathy/compose/clauses_" + language + ".properties";
    Properties p = new Properties();
    try (InputStream in = LeadingThanks.class.getResourceAsStream(path)) {
      if (in != null) {
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(path, e);
    }
    return new LeadingThanks(Locale.forLanguageTag(language), p);
  }

  /** {@code text} without its opening thanks; {@code text} itself when it has none or is nothing else. */
  String strip(String text) {
    if (text == null || thanks.isEmpty()) {
      return text;
    }
    int start = 0;
    while (start < text.length() && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == '¡')) {
      start++;
    }
    for (String t : thanks) {
      int end = start + t.length();
      if (end <= text.length() && text.regionMatches(true, start, t, 0, t.length())
          && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
        int rest = end;
        boolean mark = false;
        while (rest < text.length() && (Character.isWhitespace(text.charAt(rest)) || ",.;:!¡?¿…".indexOf(text.charAt(rest)) >= 0)) {
          mark |= !Character.isWhitespace(text.charAt(rest));
          rest++;
        }
        if (!mark && rest < text.length()) {
          return text; // "gracias a la app…": a thanks its sentence goes on from is not an opening thanks
        }
        return rest >= text.length() ? text : text.substring(rest);
      }
    }
    return text;
  }
}
