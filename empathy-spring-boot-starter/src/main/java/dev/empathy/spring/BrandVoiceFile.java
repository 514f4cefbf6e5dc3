package dev.empathy.spring;

import dev.empathy.InvalidInputException;
import dev.empathy.phrase.BrandVoice;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.springframework.core.io.Resource;

/**
 * Reads a brand-voice file, UTF-8 properties:
 *
 * <pre>{@code
 * agent-name=Sam
 * sign-off=The Acme Support Team
 * phrase.closing.1=Anything else, just hit reply.
 * phrase.closing.2=I’m here if you need me.
 * phrase.closing@de.1=Schreiben Sie mir einfach, wenn noch etwas ist.
 * ban.1=unfortunately
 * }</pre>
 *
 * <p>Variants are numbered so that a key may contain dots ({@code phrase.timeline.within.1}); they
 * keep their numeric order. The phrases are validated when the {@code Empathy} bean is built.
 */
final class BrandVoiceFile {
  private BrandVoiceFile() {}

  static BrandVoice read(Resource resource) {
    Properties p = new Properties();
    try (InputStream in = resource.getInputStream();
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException("empathy.brand-voice: cannot read " + resource.getDescription(), e);
    }
    BrandVoice.Builder b = BrandVoice.builder();
    Map<String, TreeMap<Integer, String>> phrases = new LinkedHashMap<>();
    TreeMap<Integer, String> bans = new TreeMap<>();
    for (String name : new TreeMap<>(toMap(p)).keySet()) {
      String value = p.getProperty(name);
      if (name.equals("agent-name")) {
        b.agentName(value);
      } else if (name.equals("sign-off")) {
        b.signOff(value);
      } else if (name.startsWith("ban.")) {
        bans.put(number(name, name.substring(4)), value);
      } else if (name.startsWith("phrase.") && name.lastIndexOf('.') > "phrase.".length()) {
        int dot = name.lastIndexOf('.');
        phrases.computeIfAbsent(name.substring("phrase.".length(), dot), k -> new TreeMap<>())
            .put(number(name, name.substring(dot + 1)), value);
      } else {
        throw new InvalidInputException(
            "empathy.brand-voice",
            "empathy.brand-voice: unknown entry \"" + name
                + "\" (expected agent-name, sign-off, phrase.<key>.<n> or ban.<n>)");
      }
    }
    phrases.forEach(
        (key, variants) -> {
          List<String> all = new ArrayList<>(variants.values());
          b.phrase(key, all.get(0), all.subList(1, all.size()).toArray(String[]::new));
        });
    bans.values().forEach(b::ban);
    return b.build();
  }

  private static Map<String, String> toMap(Properties p) {
    Map<String, String> m = new LinkedHashMap<>();
    p.stringPropertyNames().forEach(n -> m.put(n, p.getProperty(n)));
    return m;
  }

  private static int number(String name, String digits) {
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      throw new InvalidInputException(
          "empathy.brand-voice", "empathy.brand-voice: \"" + name + "\" must end with a variant number, e.g. .1");
    }
  }
}
