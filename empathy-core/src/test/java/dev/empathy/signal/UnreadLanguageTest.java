package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.empathy.Emotion;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 17, session 9: a message clearly written in a language without a lexicon is said to be
 * so ({@link Signals#warnings()}, the {@code analyze} contract's {@code warnings}) and is read only
 * with the words every language shares, never with the requested locale's look-alikes.
 */
class UnreadLanguageTest {
  private static final Analyzer EN = Analyzer.forLocale(Locale.US);

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "nl | Mijn pakket is nog steeds niet aangekomen, wat is er aan de hand?",
        "nl | Dit is de derde keer dat ik bel, nog steeds niks",
        "nl | Ik ben zo boos, die klantenservice is echt slecht en niemand helpt mij",
        "it | Il mio ordine non è ancora arrivato, sono molto arrabbiato",
        "it | Sto male, il volo è stato cancellato e nessuno mi aiuta",
        "pl | Moje zamówienie jeszcze nie dotarło, dlaczego?",
        "sv | Jag har väntat i tre veckor och ingen svarar",
        "tr | Siparişim hala gelmedi, çok kötü",
        "ru | Мой заказ до сих пор не пришёл, это ужасно",
        "uk | Моє замовлення досі не прийшло, це жахливо",
        "ko | 주문한 물건이 아직 안 왔어요",
        "zh | 我的订单还没到，太差了",
        "el | Η παραγγελία μου δεν έχει φτάσει ακόμα",
      })
  void aLanguageWithoutALexiconIsNamedAndTheLocaleStays(String tag, String text) {
    Signals s = EN.analyze(text);
    assertEquals(1, s.warnings().size(), text + " -> " + s.warnings());
    assertTrue(s.warnings().get(0).contains("(" + tag + ")"), text + " -> " + s.warnings());
    assertEquals(Locale.US.getLanguage(), s.locale().getLanguage(), text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | hi my order never arrived",
        "en | Ben, is the order here?",
        "en | I've been waiting for 3 weeks, this is a joke",
        "en | ok",
        "es | Me cobraron dos veces y nadie me contesta, es una vergüenza",
        "fr | Bonjour, ma commande n'est toujours pas arrivée et personne ne répond",
        "de | Meine Bestellung ist immer noch nicht angekommen und niemand antwortet",
        "pt | Meu pedido ainda não chegou e ninguém responde",
        "ja | 注文した商品がまだ届きません",
      })
  void aLanguageWithALexiconHasNoWarning(String tag, String text) {
    Signals s = EN.analyze(text);
    assertTrue(s.warnings().isEmpty(), text + " -> " + s.warnings());
    if (!tag.equals("en")) {
      assertEquals(tag, s.locale().getLanguage(), text + " is read with its own lexicon");
    }
  }

  @Test
  void theWordsEveryLanguageSharesAreStillRead() {
    Signals thanks = EN.analyze("Grazie mille, siete stati gentilissimi!");
    assertEquals(Emotion.GRATEFUL, thanks.primary(), thanks.toString());
    assertFalse(thanks.warnings().isEmpty());
    Signals leaving = EN.analyze("Ik ben het zat, ik ga mijn abonnement opzeggen");
    assertTrue(leaving.escalation().has(SignalKind.CHURN_THREAT), leaving.toString());
    // Her subscription, after her death: no threat of the customer's.
    Signals hers = EN.analyze("Mijn moeder is overleden, ik wil haar abonnement opzeggen");
    assertFalse(hers.escalation().has(SignalKind.CHURN_THREAT), hers.toString());
  }

  /** The team's own sets: no message in a language with a lexicon is ever said to be unread. */
  @Test
  void noMessageOfTheTeamSetsInALanguageWithALexiconIsWarnedAbout() throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, Analyzer> analyzers = new HashMap<>();
    int read = 0;
    for (String file : new String[] {"eval-set.jsonl", "eval-blind.jsonl", "eval-blind2.jsonl"}) {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(
          UnreadLanguageTest.class.getResourceAsStream(file), StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (line.isBlank()) {
            continue;
          }
          JsonNode n = json.readTree(line);
          String locale = n.get("locale").asText();
          String language = Locale.forLanguageTag(locale).getLanguage();
          if (!Lexicon.bundled(language) && !Lexicon.bundled(locale.replace('-', '_'))) {
            continue;
          }
          Signals s = analyzers.computeIfAbsent(locale, t -> Analyzer.forLocale(Locale.forLanguageTag(t))).analyze(n.get("text").asText());
          assertTrue(s.warnings().isEmpty(), n.get("text").asText() + " -> " + s.warnings());
          read++;
        }
      }
    }
    assertTrue(read > 600, "read " + read);
  }

  /** Any text: at most one warning, and a text of English words is never said to be unread. */
  @Property(tries = 300)
  void anyTextGetsAtMostOneWarningAndEnglishNone(@ForAll @StringLength(min = 1, max = 300) String noise, @ForAll("english") String english) {
    try {
      assertTrue(EN.analyze(noise).warnings().size() <= 1);
    } catch (dev.empathy.InvalidInputException e) {
      // the one documented rejection: a text that shows nothing (blank, controls, format characters)
    }
    Signals s = EN.analyze(english + " " + noise.codePoints().limit(3).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append));
    if (noise.codePoints().limit(3).noneMatch(Character::isLetter)) {
      assertTrue(s.warnings().isEmpty(), english + " -> " + s.warnings());
    }
  }

  @Provide
  Arbitrary<String> english() {
    return Arbitraries.of(
            "my order never arrived and nobody answers",
            "@AcmeAir flight delayed again, this is the third time",
            "can you help me change my seat please",
            "thanks so much, you guys are the best",
            "I was charged twice for the same thing",
            "still waiting on my refund, it has been 3 weeks",
            "why is the app not loading",
            "love the new update, great job")
        .list().ofMinSize(1).ofMaxSize(3).map(l -> String.join(". ", l));
  }
}
