package dev.empathy.review;

import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads our rule and rubric data files: {@code [section]} headers followed by {@code key = value}
 * lines, {@code #} comments. The format is described in the header of {@code rules_en.ini}.
 * Sections keep their file order; a later file's section of the same name replaces the earlier one
 * (locale overlays such as {@code rules_pt_BR.ini} over {@code rules_pt.ini}).
 */
final class RuleFile {
  static final String ROOT = "/dev/empathy/review/";
  /** {@code String.split("\\s+")}, compiled once: a cold start splits thousands of phrases. */
  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

  private RuleFile() {}

  /** Resource lookups answered so far (a jar lookup costs tens of microseconds); bounded. */
  private static final java.util.Map<String, Boolean> EXISTS = new java.util.concurrent.ConcurrentHashMap<>();

  /** Whether the resource exists. */
  static boolean exists(String name) {
    Boolean known = EXISTS.get(name);
    if (known != null) {
      return known;
    }
    boolean found = RuleFile.class.getResource(ROOT + name) != null;
    if (EXISTS.size() < 1024) {
      EXISTS.put(name, found);
    }
    return found;
  }

  /** The sections of a resource, or empty when it does not exist. */
  static Optional<Map<String, Map<String, String>>> read(String name) {
    return bytes(name).map(b -> parse(name, b));
  }

  /** The bytes of a resource, or empty when it does not exist. */
  static Optional<byte[]> bytes(String name) {
    try (InputStream in = RuleFile.class.getResourceAsStream(ROOT + name)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(name, e);
    }
  }

  /** The sections of a file's bytes. */
  static Map<String, Map<String, String>> parse(String name, byte[] bytes) {
    Map<String, Map<String, String>> sections = new LinkedHashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
      Map<String, String> current = null;
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#")) {
          continue;
        }
        if (s.startsWith("[") && s.endsWith("]")) {
          current = new LinkedHashMap<>();
          sections.put(s.substring(1, s.length() - 1).strip(), current);
          continue;
        }
        int eq = s.indexOf('=');
        if (eq <= 0 || current == null) {
          throw new IllegalStateException(name + ":" + number + ": expected [section] or key = value but was: " + s);
        }
        current.put(s.substring(0, eq).strip(), s.substring(eq + 1).strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(name, e);
    }
    return sections;
  }

  /** Splits a comma-separated list, dropping blanks. */
  static List<String> list(String value) {
    List<String> out = new ArrayList<>();
    if (value == null) {
      return out;
    }
    for (String part : value.split(",")) {
      String p = part.strip();
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * Expands a {@code |}-separated phrase list into matcher phrases: {@code (a/b)} becomes one
   * phrase per alternative, {@code [word]} becomes the matcher's optional {@code word?}.
   */
  static ImmutableList<String> phrases(String value) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    if (value == null) {
      return out.build();
    }
    for (String part : value.split("\\|")) {
      String p = part.strip();
      if (!p.isEmpty()) {
        expand(p, out);
      }
    }
    return out.build();
  }

  private static void expand(String phrase, ImmutableList.Builder<String> out) {
    int open = phrase.indexOf('(');
    if (open < 0) {
      out.add(optionals(phrase));
      return;
    }
    int close = phrase.indexOf(')', open);
    if (close < 0) {
      throw new IllegalStateException("unclosed ( in phrase: " + phrase);
    }
    for (String alt : phrase.substring(open + 1, close).split("/")) {
      expand((phrase.substring(0, open) + alt.strip() + phrase.substring(close + 1)).strip(), out);
    }
  }

  private static String optionals(String phrase) {
    StringBuilder sb = new StringBuilder(phrase.length());
    for (String word : WHITESPACE.split(phrase.strip())) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      if (word.length() > 2 && word.startsWith("[") && word.endsWith("]")) {
        sb.append(word, 1, word.length() - 1).append('?');
      } else {
        sb.append(word);
      }
    }
    return sb.toString();
  }
}
