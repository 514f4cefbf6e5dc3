package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.Register;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Requests typed as customers type them in Spanish, Portuguese, French and German: without
 * accents ("no recibi mi pedido", "nao recebi"), opened with a plea or a greeting ("Bitte ich
 * brauche Hilfe"), or with the situation in English ("the refund"). The reply says the customer's
 * first person back in its own person with the accents written in our words, leaves the opening
 * said to us out, never writes a sentence in two languages, and says with a warning what it kept as
 * typed.
 */
class TypedLikeCustomersTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC);

  private static Empathy empathy(String tag, Register register) {
    return Empathy.builder().locale(Locale.forLanguageTag(tag)).register(register).clock(CLOCK).build();
  }

  private static String block(Reply r, BlockKind kind) {
    return r.block(kind).orElseThrow(() -> new AssertionError("no " + kind + ": " + r.toPlainText())).text()
        .replace('\u00a0', ' ').replace('\u202f', ' ');
  }

  private static Reply summary(String tag, Register register, String summary) {
    return empathy(tag, register).compose().customer("Ana").acknowledge(Emotion.FRUSTRATED).summary(summary).action("x").build();
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "es    | FORMAL   | no recibi mi pedido y ya pasaron 2 semanas        | no recibió su pedido y ya pasaron 2 semanas",
      "es    | INFORMAL | no recibi mi pedido y ya pasaron 2 semanas        | no recibiste tu pedido y ya pasaron 2 semanas",
      "es    | FORMAL   | pedi una talla M hace 5 dias                      | pidió una talla M hace 5 días",
      "es    | INFORMAL | abri la caja y venia rota                         | abriste la caja y venia rota",
      "es    | FORMAL   | escribi tres veces y nadie me contesta            | escribió tres veces y nadie le contesta",
      "pt-BR | FORMAL   | nao recebi meu pedido ate agora                   | você não recebeu seu pedido até agora",
      "pt-BR | INFORMAL | apareceu uma cobranca que eu nao reconheco        | apareceu uma cobrança que você não reconhece",
      "fr    | FORMAL   | jai pas recu ma commande                          | vous n’avez pas reçu votre commande",
      "fr    | INFORMAL | j'ai deja appele deux fois                        | tu as déjà appele deux fois",
  })
  void aFirstPersonTypedWithoutAccentsIsSaidBackWithOurAccents(String tag, Register register, String typed, String said) {
    Reply r = summary(tag, register, typed);
    String text = block(r, BlockKind.SUMMARY).toLowerCase(Locale.ROOT);
    assertTrue(text.contains(said.toLowerCase(Locale.ROOT)), () -> "expected \"" + said + "\" in: " + text);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      // the customer speaks to the company and in their first person ("os he escrito"): never half
      // turned, and never silently kept ("vcs me cobraram", "me habeis cobrado" are said from our
      // side: OwnPersonTest.wordsAddressedToUsAreSaidFromOurSide)
      "es    | os he escrito tres veces",
      "pt-BR | vcs me cobraram duas vezes e eu paguei",
  })
  void aFirstPersonKeptAsTypedIsWarnedAbout(String tag, String typed) {
    Reply r = summary(tag, Register.FORMAL, typed);
    assertTrue(block(r, BlockKind.SUMMARY).contains(typed), () -> block(r, BlockKind.SUMMARY));
    assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("summary:") && w.contains("speaks in the customer's own person")),
        () -> r.warnings().toString());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "de | FORMAL   | Bitte ich brauche Hilfe, meine Bestellung ist nicht angekommen | sie brauchen hilfe, ihre bestellung ist nicht angekommen | bitte",
      "de | INFORMAL | bitte ich brauche hilfe                                       | du brauchst hilfe                                       | bitte",
      "de | FORMAL   | Hallo, ich warte seit Tagen auf mein Paket                     | sie warten seit tagen auf ihr paket                     | hallo",
      "es | FORMAL   | Hola no me llegó el pedido                                     | no le llegó el pedido                                   | hola",
      "fr | FORMAL   | Bonjour jai pas recu ma commande                               | vous n’avez pas reçu votre commande                     | bonjour",
      "pt-BR | FORMAL | oi, nao recebi meu pedido                                   | você não recebeu seu pedido                             | oi,",
  })
  void aPleaOrAGreetingToUsIsNotSaidBack(String tag, Register register, String typed, String said, String opening) {
    Reply r = summary(tag, register, typed);
    String text = block(r, BlockKind.SUMMARY).toLowerCase(Locale.ROOT);
    assertTrue(text.contains(said), () -> "expected \"" + said + "\" in: " + text);
    assertFalse(text.contains(opening + " "), () -> text);
    assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("summary:") && w.contains("pleads with us")), () -> r.warnings().toString());
  }

  @Test
  void aPleaThatIsTheSentenceItselfIsKept() {
    LeadingThanks de = LeadingThanks.forLocale(Locale.GERMAN);
    assertEquals("Bitte um Rückruf morgen", de.strip("Bitte um Rückruf morgen"));
    assertEquals("ich warte", de.strip("Bitte, ich warte"));
    assertEquals("Hallo", de.strip("Hallo"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "es    | the refund",
      "es    | my order never arrived",
      "fr    | the refund",
      "de    | the refund",
      "pt-BR | the tracking code",
  })
  void aSituationInEnglishIsNeverPutInsideTheRepliesSentence(String tag, String situation) {
    for (Register register : Register.values()) {
      Reply r = empathy(tag, register).compose().acknowledge(Emotion.ANGRY, situation).action("x").build();
      assertFalse(r.toPlainText().contains(situation), r::toPlainText);
      assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("situation:") && w.contains("another language")), () -> r.warnings().toString());
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "es    | el refund de la semana pasada",
      "fr    | le refund",
      "pt-BR | o tracking code",
      "de    | das Tracking",
  })
  void aBorrowedWordInsideTheLanguageIsNamed(String tag, String situation) {
    Reply r = empathy(tag, Register.FORMAL).compose().acknowledge(Emotion.ANGRY, situation).action("x").build();
    assertFalse(r.warnings().stream().anyMatch(w -> w.contains("another language")), () -> r.warnings().toString());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "es    | my order never arrived!!   | «my order never arrived»",
      "fr    | still waiting for my refund | « still waiting for my refund »",
      "de    | where is my package??      | „where is my package?“",
      "pt-BR | nobody answers the chat    | “nobody answers the chat”",
  })
  void aSummaryInEnglishIsQuotedAsTheCustomersWords(String tag, String summary, String quoted) {
    Reply r = empathy(tag, Register.FORMAL).compose().acknowledge(Emotion.ANGRY).summary(summary).action("x").build();
    assertTrue(block(r, BlockKind.SUMMARY).contains(quoted), () -> block(r, BlockKind.SUMMARY));
    assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("summary:") && w.contains("another language")), () -> r.warnings().toString());
  }
}
