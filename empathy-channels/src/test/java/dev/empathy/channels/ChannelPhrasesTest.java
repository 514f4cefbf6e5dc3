package dev.empathy.channels;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.ibm.icu.text.MessagePattern;
import dev.empathy.Register;
import dev.empathy.phrase.BrandVoice;
import dev.empathy.phrase.PhraseKey;
import dev.empathy.phrase.Phrasebook;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The channel phrase files of every language, checked by loading the files themselves (most
 * languages are not yet in Phrasebook.SUPPORTED): every catalogue key is there, every pattern
 * compiles under ICU and uses only the arguments its key offers, every key has as many variants as
 * the English one (at least four where English has four), and an informal overlay replaces whole
 * keys, never half of their variants.
 */
class ChannelPhrasesTest {
  private static final String DIR = "/dev/empathy/phrase/";
  private static final List<String> BASES = List.of("en", "es", "fr", "de", "pt_BR", "ja");
  private static final List<String> OVERLAYS = List.of("en_GB", "es.informal", "fr.informal", "de.informal", "ja.informal");

  private static Map<String, PhraseKey> channelKeys() throws IOException {
    Set<String> names = new HashSet<>();
    try (InputStream in = Phrasebook.class.getResourceAsStream(DIR + "keys-channels.tsv")) {
      for (String line : new String(in.readAllBytes(), UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          names.add(line.split("\t")[0]);
        }
      }
    }
    return Phrasebook.catalogue().stream().filter(k -> names.contains(k.key())).collect(Collectors.toMap(PhraseKey::key, k -> k));
  }

  private static Map<String, TreeMap<Integer, String>> load(String locale) throws IOException {
    try (InputStream in = Phrasebook.class.getResourceAsStream(DIR + "channels_" + locale + ".properties")) {
      assertNotNull(in, "missing channels_" + locale + ".properties");
      Properties p = new Properties();
      p.load(new InputStreamReader(in, UTF_8));
      Map<String, TreeMap<Integer, String>> out = new TreeMap<>();
      for (String k : p.stringPropertyNames()) {
        int dot = k.lastIndexOf('.');
        boolean indexed = dot > 0 && k.substring(dot + 1).chars().allMatch(Character::isDigit);
        String base = indexed ? k.substring(0, dot) : k;
        out.computeIfAbsent(base, b -> new TreeMap<>()).put(indexed ? Integer.parseInt(k.substring(dot + 1)) : 0, p.getProperty(k));
      }
      return out;
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "es", "fr", "de", "pt_BR", "ja", "en_GB", "es.informal", "fr.informal", "de.informal", "ja.informal"})
  void everyPatternCompilesWithItsKeysArguments(String locale) throws IOException {
    Map<String, PhraseKey> keys = channelKeys();
    for (var e : load(locale).entrySet()) {
      PhraseKey key = keys.get(e.getKey());
      assertNotNull(key, () -> locale + ": unknown key " + e.getKey());
      if (key.raw()) {
        continue;
      }
      for (String pattern : e.getValue().values()) {
        MessagePattern mp;
        try {
          mp = new MessagePattern(pattern);
        } catch (IllegalArgumentException ex) {
          fail(locale + " " + e.getKey() + ": " + ex.getMessage());
          return;
        }
        for (int i = 0; i < mp.countParts(); i++) {
          MessagePattern.Part part = mp.getPart(i);
          if (part.getType() == MessagePattern.Part.Type.ARG_NAME) {
            String arg = mp.getSubstring(part);
            assertTrue(key.arguments().contains(arg), () -> locale + " " + e.getKey() + " uses {" + arg + "}");
          }
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"es", "fr", "de", "pt_BR", "ja"})
  void everyLanguageHasEveryKeyWithAsManyVariantsAsEnglish(String locale) throws IOException {
    Map<String, TreeMap<Integer, String>> en = load("en");
    Map<String, TreeMap<Integer, String>> other = load(locale);
    assertEquals(channelKeys().keySet(), other.keySet(), locale + " keys");
    for (var e : en.entrySet()) {
      int want = e.getValue().size();
      int got = other.get(e.getKey()).size();
      assertEquals(want, got, () -> locale + " " + e.getKey() + " variants");
      if (want >= 4) {
        assertTrue(got >= 4);
      }
    }
  }

  @Test
  void englishHasEveryKey() throws IOException {
    assertEquals(channelKeys().keySet(), load("en").keySet());
  }

  @ParameterizedTest
  @ValueSource(strings = {"en_GB", "es.informal", "fr.informal", "de.informal", "ja.informal"})
  void overlaysReplaceWholeKeys(String overlay) throws IOException {
    String base = overlay.contains(".") ? overlay.substring(0, overlay.indexOf('.')) : "en";
    Map<String, TreeMap<Integer, String>> b = load(base);
    for (var e : load(overlay).entrySet()) {
      if (b.get(e.getKey()).size() >= 4 && e.getValue().size() < b.get(e.getKey()).size() && !overlay.equals("en_GB")) {
        // an informal overlay that replaced only some variants would mix registers turn by turn
        fail(overlay + " " + e.getKey() + " replaces " + e.getValue().size() + " of " + b.get(e.getKey()).size() + " variants");
      }
    }
  }

  @Test
  void bundledEnglishLocalesLoadWithTheirChannelPhrases() {
    for (Locale l : List.of(Locale.US, Locale.UK)) {
      for (Register reg : Register.values()) {
        Phrasebook book = Phrasebook.load(l, reg, BrandVoice.none());
        assertFalse(book.format("social.dm", 1, 0, Map.of("reason", "other")).isBlank());
        assertEquals("", book.format("chat.affirmation", 1, 0, Map.of("emotion", "sad")));
        assertFalse(book.format("chat.affirmation", 1, 0, Map.of("emotion", "pressed_for_time")).isBlank());
      }
    }
  }

  /**
   * A sad or worried customer hears the acknowledgement first, in every locale and variant: a
   * brisk "Got it." / "De acuerdo." / "C’est noté." before it reads as not having listened. So does
   * a frustrated or disappointed one: "Thanks for the heads-up" / "Danke für den Hinweis" thanks
   * them for the failure.
   */
  @Test
  void noMicroAffirmationForASadOrAnxiousCustomer() {
    for (String tag : List.of("en-US", "en-GB", "es", "fr", "de", "pt-BR", "ja")) {
      for (Register reg : Register.values()) {
        Phrasebook book = Phrasebook.load(Locale.forLanguageTag(tag), reg, BrandVoice.none());
        for (int turn = 0; turn < 4; turn++) {
          for (String emotion : List.of("sad", "anxious", "frustrated", "disappointed")) {
            assertEquals("", book.format("chat.affirmation", 1, turn, Map.of("emotion", emotion)), tag + " " + reg + " " + emotion);
          }
          for (String emotion : List.of("confused", "pressed_for_time", "grateful")) {
            assertFalse(book.format("chat.affirmation", 1, turn, Map.of("emotion", emotion)).isBlank(), tag + " " + reg + " " + emotion);
          }
          if (tag.startsWith("en")) {
            // English answers an angry customer with the apology first: "Okay, I'm on it." before
            // it reads as a clerk's reflex.
            assertEquals("", book.format("chat.affirmation", 1, turn, Map.of("emotion", "angry")), tag + " " + reg + " angry");
          }
        }
      }
    }
  }
}
