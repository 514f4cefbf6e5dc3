package dev.empathy.phrase;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Register;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A reply reads as written by one person when a conspicuous word turns up once: "I've got this
 * right … happening right now" or "just reply … Just to check" sounds like a template. Each such
 * English word may appear in the phrases of one block only (acknowledgement, summary, action, ...),
 * so whichever variants a turn picks, the reply never says it twice from the phrasebook.
 */
class RepeatedWordAcrossBlocksTest {
  /** Words a reader notices when they come back in the same short reply. */
  private static final List<String> CONSPICUOUS = List.of("right", "just", "happy", "sure", "straight", "really", "personally", "quick", "short", "now", "here’s", "understand", "understood", "sorry", "glad", "update");
  /** Channel phrases that join the body, with the block they sit in or stand for. */
  private static final java.util.Map<String, String> CHANNEL_KEYS = java.util.Map.of(
      "chat.affirmation", "affirmation", "email.actions.intro", "action", "voice.closing", "closing", "social.dm", "dm");
  /** Keys whose phrases never share a reply with the others' block (or are names, not prose). */
  private static final List<String> NOT_PROSE = List.of("meta", "greeting", "signoff", "signature", "action.slot");

  static Stream<Arguments> englishBooks() {
    return Stream.of("en", "en-GB").flatMap(tag -> Stream.of(Register.values()).map(r -> Arguments.of(tag, r)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("englishBooks")
  void aConspicuousWordBelongsToOneBlock(String tag, Register register) throws IOException {
    Phrasebook book = Phrasebook.load(Locale.forLanguageTag(tag), register, BrandVoice.none());
    List<String> problems = new ArrayList<>();
    for (String word : CONSPICUOUS) {
      Pattern p = Pattern.compile("(?iu)\\b" + word + "\\b");
      Map<String, TreeSet<String>> blocksUsing = new TreeMap<>();
      for (String key : coreKeys()) {
        for (String pattern : book.patterns(key)) {
          if (p.matcher(pattern).find()) {
            blocksUsing.computeIfAbsent(block(key), b -> new TreeSet<>()).add(key);
          }
        }
      }
      CHANNEL_KEYS.forEach((key, block) -> {
        for (String pattern : book.patterns(key)) {
          if (p.matcher(pattern).find()) {
            blocksUsing.computeIfAbsent(block, b -> new TreeSet<>()).add(key);
          }
        }
      });
      if (blocksUsing.size() > 1) {
        problems.add("\"" + word + "\" is in " + blocksUsing);
      }
    }
    assertTrue(problems.isEmpty(), () -> tag + " " + register + ":\n" + String.join("\n", problems));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("englishBooks")
  void theCheckSeesARepeatedWord(String tag, Register register) throws IOException {
    // Guards the test itself: "right" in an acknowledgement is found, so a second block using it would be.
    Phrasebook book = Phrasebook.load(Locale.forLanguageTag(tag), register, BrandVoice.none());
    Pattern right = Pattern.compile("(?iu)\\bright\\b");
    assertTrue(book.patterns("ack.angry").stream().anyMatch(s -> right.matcher(s).find()));
  }

  /** The block a key's phrases go into: its first segment ("ack.angry.general" is an acknowledgement). */
  private static String block(String key) {
    int dot = key.indexOf('.');
    return dot < 0 ? key : key.substring(0, dot);
  }

  private static List<String> coreKeys() throws IOException {
    List<String> keys = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        Objects.requireNonNull(Phrasebook.class.getResourceAsStream("keys.tsv")), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String key = line.substring(0, line.indexOf('\t'));
        if (NOT_PROSE.stream().noneMatch(n -> key.equals(n) || key.startsWith(n + "."))) {
          keys.add(key);
        }
      }
    }
    return keys;
  }
}
