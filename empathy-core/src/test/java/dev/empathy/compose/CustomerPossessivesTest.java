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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A situation, summary or detail copied from a Spanish, French, German or Portuguese customer's
 * message ("mi tarjeta", "ma commande", "meine Bestellung", "meu pedido") is addressed back to them
 * in the reply's register ("su/tu tarjeta", "votre/ta commande", "Ihre/deine Bestellung", "seu
 * pedido"), with each case and number kept; a text whose verbs are in the customer's first person
 * or that addresses the company is kept as typed, never half restated.
 */
class CustomerPossessivesTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC);

  private static CallerClauses rules(String tag, Register register) {
    return CallerClauses.forLocale(Locale.forLanguageTag(tag)).inRegister(register);
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "es    | FORMAL   | el cobro duplicado en mi tarjeta            | el cobro duplicado en su tarjeta",
      "es    | INFORMAL | el cobro duplicado en mi tarjeta            | el cobro duplicado en tu tarjeta",
      "es    | FORMAL   | los datos de mis hijos                      | los datos de sus hijos",
      "es    | INFORMAL | Mis pedidos de octubre                      | tus pedidos de octubre",
      "es    | FORMAL   | la app que se me cierra sola                | la app que se le cierra sola",
      "es    | INFORMAL | nadie me dice nada de mi pedido             | nadie te dice nada de tu pedido",
      "es    | FORMAL   | el paquete que era para mi                  | el paquete que era para usted",
      "es    | INFORMAL | el paquete que era para mi                  | el paquete que era para ti",
      "es    | FORMAL   | la cita conmigo                             | la cita con usted",
      "fr    | FORMAL   | le double prélèvement sur ma carte          | le double prélèvement sur votre carte",
      "fr    | INFORMAL | le double prélèvement sur ma carte          | le double prélèvement sur ta carte",
      "fr    | FORMAL   | mon adresse et mes colis                    | votre adresse et vos colis",
      "fr    | INFORMAL | le technicien qui vient pas chez moi        | le technicien qui vient pas chez toi",
      "fr    | FORMAL   | l’engagement que personne m’a expliqué      | l’engagement que personne vous a expliqué",
      "fr    | INFORMAL | l’engagement que personne m’a expliqué      | l’engagement que personne t’a expliqué",
      "de    | FORMAL   | die doppelte Abbuchung von meiner Karte     | die doppelte Abbuchung von Ihrer Karte",
      "de    | INFORMAL | die doppelte Abbuchung von meiner Karte     | die doppelte Abbuchung von deiner Karte",
      "de    | FORMAL   | die Daten meines Sohnes                     | die Daten Ihres Sohnes",
      "de    | FORMAL   | meinen Flug mit meinem Hund                 | Ihren Flug mit Ihrem Hund",
      "de    | INFORMAL | die Frist, die mir keiner erklärt hat       | die Frist, die dir keiner erklärt hat",
      "de    | FORMAL   | den Techniker, der nicht zu mir kommt       | den Techniker, der nicht zu Ihnen kommt",
      "pt-BR | FORMAL   | a cobrança duplicada no meu cartão          | a cobrança duplicada no seu cartão",
      "pt-BR | INFORMAL | a conta da minha mãe                        | a conta da sua mãe",
      "pt-BR | FORMAL   | os atrasos nos meus pedidos                 | os atrasos nos seus pedidos",
      "pt-BR | INFORMAL | a taxa que ninguém me explicou              | a taxa que ninguém te explicou",
      "pt-BR | FORMAL   | o presente que era pra mim                  | o presente que era pra você"})
  void theCustomersOwnWordsAreAddressedBackToThem(String tag, Register register, String typed, String restated) {
    assertEquals(restated, rules(tag, register).restateSituation(typed));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      // A first-person verb or subject: turning only "mi" would write "su cuenta" beside "reconozco".
      "es    | el cargo que no reconozco en mi cuenta",
      "es    | me quedé sin internet en mi casa",
      "es    | yo pagué mi pedido",
      "es    | el correo que me mandasteis a mi cuenta",
      "fr    | le prélèvement que je ne reconnais pas sur mon compte",
      "fr    | le mail que vous m’avez envoyé sur ma boîte",
      "de    | die Abbuchung auf meinem Konto, die ich nicht kenne",
      "de    | die Mail, die ihr mir geschickt habt",
      "pt-BR | a cobrança que não reconheço na minha conta",
      "pt-BR | fiquei sem internet na minha casa",
      "pt-BR | o e-mail que vocês me mandaram"})
  void aTextInTheCustomersFirstPersonIsKeptAsTyped(String tag, String typed) {
    assertEquals(typed, rules(tag, Register.FORMAL).restateSituation(typed));
    assertEquals(typed, rules(tag, Register.INFORMAL).restateSituation(typed));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "es    | FORMAL   | su tarjeta    | mi tarjeta",
      "es    | INFORMAL | tu tarjeta    | mi tarjeta",
      "fr    | FORMAL   | votre carte   | ma carte",
      "fr    | INFORMAL | ta carte      | ma carte",
      "de    | FORMAL   | Ihrer Karte   | meiner Karte",
      "de    | INFORMAL | deiner Karte  | meiner Karte",
      "pt-BR | FORMAL   | seu cartão    | meu cartão",
      "pt-BR | INFORMAL | seu cartão    | meu cartão"})
  void aComposedReplyRestatesTheSituationSummaryAndDetail(String tag, Register register, String ours, String theirs) {
    String where = switch (tag) {
      case "es" -> "el cargo doble en %s";
      case "fr" -> "le double prélèvement sur %s";
      case "de" -> "die doppelte Abbuchung von %s";
      default -> "a cobrança duplicada no %s";
    };
    String customer = where.formatted(theirs);
    Empathy empathy = Empathy.builder().locale(Locale.forLanguageTag(tag)).register(register).clock(CLOCK).build();
    // A summary that says the situation again leaves the acknowledgement naming the feeling only
    // (RepeatedSituation): the acknowledgement is read in a reply without one.
    Reply acknowledged = empathy.compose().customer("Alex").acknowledge(Emotion.FRUSTRATED, customer).confirm(customer)
        .action("x").build();
    Reply summarised = empathy.compose().customer("Alex").acknowledge(Emotion.FRUSTRATED, customer).summary(customer)
        .action("x").build();
    for (BlockKind kind : new BlockKind[] {BlockKind.ACKNOWLEDGEMENT, BlockKind.SUMMARY, BlockKind.CONFIRMATION}) {
      Reply r = kind == BlockKind.SUMMARY ? summarised : acknowledged;
      String text = r.block(kind).orElseThrow().text();
      assertTrue(text.contains(ours), () -> kind + ": " + text);
      assertFalse(text.contains(theirs), () -> kind + ": " + text);
    }
  }

  @Provide
  Arbitrary<String> text() {
    Arbitrary<String> words = Arbitraries.of("mi", "Mi", "mis", "me", "mí", "ma", "mon", "mes", "moi", "m’a", "meine",
        "meinem", "mir", "mich", "meu", "minha", "mim", "comigo", "yo", "je", "ich", "eu", "quedé", "qué", "tarjeta",
        "Karte", "pedido", " ", ",", "?", "👩‍👩‍👧", "e\u0301", "שלום", "\uD800", "\u0000", "\u202E", "\n", "m'a", "MI");
    return Arbitraries.oneOf(
        words.list().ofMaxSize(14).map(l -> String.join(" ", l)),
        Arbitraries.strings().ofMaxLength(200),
        Arbitraries.strings().withCharRange(' ', 'ÿ').ofMinLength(100_000).ofMaxLength(100_000));
  }

  @Property(tries = 200)
  void restatingNeverCrashesAndChangesOnlyWholeWords(@ForAll("text") String text,
      @ForAll("tags") String tag, @ForAll Register register) {
    String out = rules(tag, register).restateSituation(text);
    if (out.equals(text)) {
      return;
    }
    // Everything between words is kept: the same spaces, punctuation and symbols, in order.
    assertEquals(text.replaceAll("[\\p{L}\\p{N}'’]+", "").replace(" ", ""),
        out.replaceAll("[\\p{L}\\p{N}'’]+", "").replace(" ", ""));
  }

  @Provide
  Arbitrary<String> tags() {
    return Arbitraries.of("es", "fr", "de", "pt-BR");
  }
}
