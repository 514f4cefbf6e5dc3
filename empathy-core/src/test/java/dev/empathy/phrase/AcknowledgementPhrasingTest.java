package dev.empathy.phrase;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.util.ULocale;
import dev.empathy.Emotion;
import dev.empathy.Register;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Acknowledgements in English, Spanish, French, German and Portuguese are one warm sentence each (a chat
 * bubble or an e-mail's first paragraph reads as one thought), vary their openings within an
 * emotion; no locale falls back on "sorry for the inconvenience" boilerplate.
 */
class AcknowledgementPhrasingTest {
  /** A sentence end inside a pattern: a full stop, question or exclamation mark before more text. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=[\\s\\u00a0\\u202f]+\\S)");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
  /** The stock apologies a skilled agent avoids, in each language. */
  private static final List<String> BOILERPLATE =
      List.of("inconvenien", "molestias", "inconveniente", "désagrément", "gêne occasionnée", "unannehmlichkeit", "transtorno",
          "incômodo", "ご不便");

  static Stream<Arguments> locales() {
    return Stream.of("en", "en-GB", "es", "fr", "de", "pt-BR")
        .flatMap(tag -> Stream.of(Register.values()).map(r -> Arguments.of(tag, r)));
  }

  private static List<String> ackKeys() {
    List<String> keys = new ArrayList<>();
    for (Emotion e : Emotion.values()) {
      keys.add("ack." + e.label());
      keys.add("ack." + e.label() + ".general");
    }
    return keys;
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("locales")
  void everyAcknowledgementIsOneSentence(String tag, Register register) {
    Phrasebook book = Phrasebook.load(Locale.forLanguageTag(tag), register, BrandVoice.none());
    List<String> problems = new ArrayList<>();
    for (String key : ackKeys()) {
      for (String pattern : book.patterns(key)) {
        String text = pattern.replaceAll("\\{[^}]*}", "X");
        Matcher m = SENTENCE_END.matcher(text);
        if (m.find()) {
          problems.add(key + ": " + pattern);
        }
      }
    }
    assertTrue(problems.isEmpty(), () -> tag + " " + register + " has acknowledgements of two sentences:\n" + String.join("\n", problems));
  }

  static Stream<Arguments> allLocales() {
    return Phrasebook.SUPPORTED.stream()
        .flatMap(l -> Stream.of(Register.values()).map(r -> Arguments.of(l.toLanguageTag(), r)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("allLocales")
  void noAcknowledgementApologisesForTheInconvenience(String tag, Register register) {
    Phrasebook book = Phrasebook.load(Locale.forLanguageTag(tag), register, BrandVoice.none());
    List<String> problems = new ArrayList<>();
    for (String key : ackKeys()) {
      for (String pattern : book.patterns(key)) {
        String lower = pattern.toLowerCase(Locale.ROOT);
        BOILERPLATE.stream().filter(lower::contains).forEach(b -> problems.add(key + " says \"" + b + "\": " + pattern));
      }
    }
    assertTrue(problems.isEmpty(), () -> tag + " " + register + ":\n" + String.join("\n", problems));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("locales")
  void everyEmotionHasFourAcknowledgementsThatOpenDifferently(String tag, Register register) {
    Phrasebook book = Phrasebook.load(Locale.forLanguageTag(tag), register, BrandVoice.none());
    List<String> problems = new ArrayList<>();
    for (String key : ackKeys()) {
      List<String> patterns = book.patterns(key);
      if (patterns.size() < 4) {
        problems.add(key + " has " + patterns.size() + " variants");
      }
      // A variant that selects on the situation's shape reads as its said branch for a thing the
      // customer sent and as its other branch otherwise: each reading varies among its own kind.
      for (String shape : List.of("said", "other")) {
        Set<String> openings = new HashSet<>();
        for (String pattern : patterns) {
          String opening = opening(shapeBranch(pattern, shape), new ULocale(tag).toLocale());
          if (!openings.add(opening)) {
            problems.add(key + " opens twice with \"" + opening + "\": " + pattern);
          }
        }
      }
    }
    assertTrue(problems.isEmpty(), () -> tag + " " + register + ":\n" + String.join("\n", problems));
  }

  /** The branch {@code shape} of a pattern that selects on {situationShape}, else the pattern. */
  static String shapeBranch(String pattern, String shape) {
    String head = "{situationShape, select,";
    if (!pattern.startsWith(head)) {
      return pattern;
    }
    int i = head.length();
    String other = pattern;
    while (i < pattern.length()) {
      int open = pattern.indexOf('{', i);
      if (open < 0) {
        break;
      }
      String keyword = pattern.substring(i, open).strip();
      int depth = 0;
      int close = open;
      for (; close < pattern.length(); close++) {
        char c = pattern.charAt(close);
        depth += c == '{' ? 1 : c == '}' ? -1 : 0;
        if (depth == 0) {
          break;
        }
      }
      String body = pattern.substring(open + 1, close);
      if (keyword.equals(shape)) {
        return body;
      }
      if (keyword.equals("other")) {
        other = body;
      }
      i = close + 1;
    }
    return other;
  }

  /** The first two words, in lower case. */
  private static String opening(String pattern, Locale locale) {
    Matcher m = WORD.matcher(pattern.replaceAll("\\{[^}]*}", " "));
    List<String> words = new ArrayList<>();
    while (words.size() < 2 && m.find()) {
      words.add(m.group().toLowerCase(locale));
    }
    return String.join(" ", words);
  }
}
