package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The laughter finder remembers the answers of words it tried: whatever it remembers, and however
 * many words share a slot of its table, it finds exactly the laughing words that the patterns of
 * {@code laughter.tsv} (read here on their own, as the oracle) match, in any case, on the first
 * reading of a text and on every later one.
 */
class LaughterMemoProperties {
  private static final Oracle ORACLE = Oracle.load();

  @Property(tries = 200)
  void theFinderAnswersAsThePatternsDoOnEveryReading(@ForAll("texts") String text) {
    List<String> expected = ORACLE.laughs(text);
    assertEquals(expected, spans(Laughter.SHARED.find(text)), text);
    assertEquals(expected, spans(Laughter.SHARED.find(text)), "read again: " + text);
  }

  @Property(tries = 100)
  void aWordReadOnceInOneCaseIsAnsweredAlikeInAnother(@ForAll("texts") String text) {
    Laughter.SHARED.find(text.toLowerCase(Locale.ROOT));
    String upper = text.toUpperCase(Locale.ROOT);
    assertEquals(ORACLE.laughs(upper), spans(Laughter.SHARED.find(upper)), upper);
  }

  @Example
  void wordsThatShareTheirLettersButNotTheirLengthOrOrderAreToldApart() {
    // Words alike in their letters and first two, told apart by the patterns, read three times over.
    String text = "haha hahah ahah hahaa haah lol loll llo lool lmao lmaoo lmoa kkkk kkk xd xdd dx";
    for (int round = 0; round < 3; round++) {
      assertEquals(ORACLE.laughs(text), spans(Laughter.SHARED.find(text)));
    }
    assertEquals(List.of("0:4", "5:10", "11:16"), spans(Laughter.SHARED.find("HAHA HaHaH hahaa haah")), "HAHA HaHaH hahaa haah");
  }

  @Provide
  Arbitrary<String> texts() {
    // Letters laughs are made of, in both cases, so that many words start like a laugh and some are
    // one; up to 400 words, so that words meet in the finder's table of remembered answers.
    Arbitrary<String> word = Arbitraries.strings().withChars("hahajejilolmaokkrsdrwwxdptzfHAJLOKXW").ofMinLength(1).ofMaxLength(27);
    Arbitrary<String> gap = Arbitraries.of(" ", " ", ", ", "! ", "\n", "😂 ", " 1 ");
    return Arbitraries.lazy(() -> word.list().ofMinSize(1).ofMaxSize(400).flatMap(ws -> gap.list().ofSize(ws.size()).map(gs -> {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < ws.size(); i++) {
        sb.append(ws.get(i)).append(gs.get(i));
      }
      return sb.toString();
    })));
  }

  private static List<String> spans(List<int[]> found) {
    List<String> out = new ArrayList<>();
    for (int[] f : found) {
      out.add(f[0] + ":" + f[1]);
    }
    return out;
  }

  /** {@code laughter.tsv}'s word patterns and starts, compiled by the test itself. */
  private record Oracle(Pattern words, Set<String> starts, List<String> signs) {
    static Oracle load() {
      StringBuilder regex = new StringBuilder();
      Set<String> starts = new HashSet<>();
      List<String> signs = new ArrayList<>();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(
          LaughterMemoProperties.class.getResourceAsStream("/dev/empathy/signal/laughter.tsv"), StandardCharsets.UTF_8))) {
        for (String row = r.readLine(); row != null; row = r.readLine()) {
          String[] f = row.split("\t");
          if (row.isBlank() || row.startsWith("#")) {
            continue;
          }
          switch (f[0]) {
            case "word" -> regex.append(regex.length() == 0 ? "" : "|").append("(?:").append(f[1].strip()).append(')');
            case "starts" -> starts.addAll(List.of(f[1].strip().split("\\|")));
            case "sign" -> signs.add(f[1].strip());
            default -> throw new IllegalStateException(row);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new Oracle(Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE), starts, signs);
    }

    /** The laughs of a text of ASCII words, digits, punctuation, spaces and 😂, as "start:end". */
    List<String> laughs(String text) {
      List<String> out = new ArrayList<>();
      int i = 0;
      while (i < text.length()) {
        char c = text.charAt(i);
        if (c < 0x80 && Character.isLetter(c)) {
          int s = i;
          while (i < text.length() && text.charAt(i) < 0x80 && Character.isLetter(text.charAt(i))) {
            i++;
          }
          String w = text.substring(s, i);
          boolean alone = (s == 0 || !Character.isLetterOrDigit(text.charAt(s - 1))) && (i == text.length() || !Character.isLetterOrDigit(text.charAt(i)));
          if (w.length() >= 2 && w.length() <= 24 && alone && starts.contains(w.substring(0, 2).toLowerCase(Locale.ROOT)) && words.matcher(w).matches()) {
            out.add(s + ":" + i);
          }
          continue;
        }
        for (String sign : signs) {
          if (text.startsWith(sign, i)) {
            out.add(i + ":" + (i + sign.length()));
            break;
          }
        }
        i++;
      }
      return out;
    }
  }
}
