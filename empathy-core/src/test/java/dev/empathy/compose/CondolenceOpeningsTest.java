package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A bereavement reply opens with a condolence and goes on with the sad acknowledgement: the two
 * never open with the same words ("Lo siento muchísimo, de verdad. Lo siento muchísimo, y tómate…"
 * in a Spanish SMS; "Es tut mir sehr leid um deinen Verlust. Es tut mir sehr leid, dass du…").
 * Checked on the phrase data of every bundled phrasebook, whichever variants a reply draws.
 */
class CondolenceOpeningsTest {
  @ParameterizedTest
  @ValueSource(strings = {"en", "en.informal", "en_GB", "es", "es.informal", "fr", "fr.informal", "de", "de.informal", "pt_BR", "pt_BR.informal",
      "ja", "ja.informal"})
  void aCondolenceNeverOpensAsTheSadAcknowledgementAfterIt(String book) throws Exception {
    Properties p = new Properties();
    try (InputStream in = getClass().getResourceAsStream("/dev/empathy/phrase/phrases_" + book + ".properties")) {
      assertTrue(in != null, book);
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    List<String> condolences = new ArrayList<>();
    List<String> sad = new ArrayList<>();
    for (String key : p.stringPropertyNames()) {
      if (key.startsWith("ack.condolence")) {
        condolences.add(p.getProperty(key));
      } else if (key.startsWith("ack.sad")) {
        sad.add(p.getProperty(key));
      }
    }
    for (String c : condolences) {
      for (String s : sad) {
        assertNotEquals(opening(c), opening(s), () -> book + ": \"" + c + "\" then \"" + s + "\"");
      }
    }
  }

  /** The first three words, in lower case. */
  private static String opening(String phrase) {
    String[] words = phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    StringBuilder b = new StringBuilder();
    int n = 0;
    for (String w : words) {
      if (!w.isEmpty() && n++ < 3) {
        b.append(w).append(' ');
      }
    }
    return b.toString();
  }
}
