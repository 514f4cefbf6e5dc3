package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.Register;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A grateful or neutral acknowledgement in Spanish, French, German or Portuguese thanks for a
 * thing the customer said or sent as itself ("Muchas gracias por el comentario sobre el
 * repartidor"), never "por sus palabras sobre el comentario sobre…" ({@code situationShape}, from
 * {@code shape.said}); a topic typed with its preposition ("über die Beratung") gets no second one;
 * and Brazilian Portuguese writes the article before a possessive, so prepositions contract ("do
 * seu voo", never "de seu voo").
 */
class SituationShapeTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC);

  private static List<String> acknowledgements(String tag, Register register, Emotion emotion, String situation) {
    Empathy empathy = Empathy.builder().locale(Locale.forLanguageTag(tag)).register(register).clock(CLOCK).build();
    List<String> acks = new ArrayList<>();
    for (int c = 0; c < 12; c++) {
      for (int turn = 0; turn < 3; turn++) {
        Reply r = empathy.compose().conversation("shape-" + c, turn).customer("Alex").acknowledge(emotion, situation)
            .action(tag.equals("de") ? "Ich habe es weitergegeben." : "x").build();
        acks.add(r.block(BlockKind.ACKNOWLEDGEMENT).orElseThrow().text());
      }
    }
    return acks;
  }

  @ParameterizedTest(name = "{0} {1} {2}: {3}")
  @CsvSource(delimiter = '|', value = {
      "es    | FORMAL   | GRATEFUL | el comentario sobre el repartidor | sobre,de,acerca de",
      "es    | INFORMAL | GRATEFUL | la foto de tu perro con la caja   | sobre,de,acerca de",
      "es    | FORMAL   | NEUTRAL  | su pregunta sobre envíos a Canarias | sobre,de,acerca de",
      "fr    | FORMAL   | GRATEFUL | le commentaire sur le livreur     | sur,de,au sujet de",
      "fr    | INFORMAL | GRATEFUL | ton message sur la boutique       | sur,de,au sujet de",
      "fr    | FORMAL   | NEUTRAL  | votre question sur les livraisons | sur,de,au sujet de",
      "de    | FORMAL   | GRATEFUL | den Kommentar über den Fahrer     | über,rund um",
      "de    | INFORMAL | GRATEFUL | die tolle Bewertung               | über,rund um",
      "de    | FORMAL   | NEUTRAL  | Ihre Nachricht über die Filiale   | über,rund um",
      "pt-BR | FORMAL   | GRATEFUL | o comentário sobre o entregador   | sobre,de,a respeito de",
      "pt-BR | INFORMAL | GRATEFUL | a avaliação que você deixou       | sobre,de,a respeito de",
      "pt-BR | FORMAL   | NEUTRAL  | sua pergunta sobre a entrega      | sobre,de,a respeito de"})
  void aThingTheCustomerSentIsThankedForItself(String tag, Register register, Emotion emotion, String situation, String prepositions) {
    String said = situation.substring(situation.indexOf(' ') + 1);
    Pattern about = Pattern.compile("\\b(" + prepositions.replace(',', '|') + ") ((o|a) )?" + Pattern.quote(situation));
    List<String> wrong = new ArrayList<>();
    for (String ack : acknowledgements(tag, register, emotion, situation)) {
      if (!ack.contains(said) || about.matcher(ack).find()) {
        wrong.add(ack);
      }
    }
    assertEquals(List.of(), wrong);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "es    | sobre la atención de ayer | sobre la atención",
      "fr    | sur l’accueil d’hier      | sur l’accueil",
      "de    | über die Beratung gestern | über die Beratung",
      "pt-BR | sobre o atendimento de ontem | sobre o atendimento"})
  void aTopicTypedWithItsPrepositionGetsNoSecondOne(String tag, String situation, String typed) {
    Pattern doubled = Pattern.compile("\\b(um|über|sobre|sur|de|a respeito de|au sujet de|à propos de|a propósito de) " + Pattern.quote(typed));
    List<String> wrong = new ArrayList<>();
    for (Register register : Register.values()) {
      for (Emotion emotion : List.of(Emotion.GRATEFUL, Emotion.NEUTRAL)) {
        for (String ack : acknowledgements(tag, register, emotion, situation)) {
          if (doubled.matcher(ack).find()) {
            wrong.add(ack);
          }
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void brazilianPossessivesTakeTheArticleSoPrepositionsContract() {
    Pattern bare = Pattern.compile("\\b(de|em|por|para|com|sobre) (seu|sua|seus|suas) (voo|senha)");
    List<String> wrong = new ArrayList<>();
    int named = 0;
    for (Register register : Register.values()) {
      for (Emotion emotion : Emotion.values()) {
        for (String situation : List.of("meu voo de amanhã", "minha senha bloqueada")) {
          for (String ack : acknowledgements("pt-BR", register, emotion, situation)) {
            named += ack.contains("seu voo") || ack.contains("sua senha") ? 1 : 0;
            if (bare.matcher(ack).find()) {
              wrong.add(ack);
            }
          }
        }
      }
    }
    assertEquals(List.of(), wrong);
    assertTrue(named > 100, "the acknowledgements name the flight and the password: " + named);
  }

  @Test
  void theShapeIsReadFromTheHeadOfTheNounPhrase() {
    SituationShape es = SituationShape.forLocale(Locale.forLanguageTag("es"));
    assertEquals("said", es.of("el comentario sobre el repartidor"));
    assertEquals("said", es.of("la reseña tan maja que nos dejaste"));
    assertEquals("other", es.of("la ayuda con los mensajes"));
    assertEquals("other", es.of("la app q no deja ver mis mensajes"));
    assertEquals("other", es.of("el cobro, y el mensaje"));
    SituationShape de = SituationShape.forLocale(Locale.GERMAN);
    assertEquals("said", de.of("das Montagsmeme"));
    assertEquals("said", de.of("die E-Mail von gestern"));
    assertEquals("other", de.of("die Hilfe bei der Nachricht"));
    assertEquals("said", SituationShape.forLocale(Locale.FRENCH).of("l’avis que vous avez laissé"));
    assertEquals("other", SituationShape.forLocale(Locale.ENGLISH).of("the comment about the driver"));
    SituationShape pt = SituationShape.forLocale(Locale.forLanguageTag("pt-BR"));
    assertEquals("o seu voo de amanhã", pt.withArticle("seu voo de amanhã"));
    assertEquals("as suas faturas", pt.withArticle("suas faturas"));
    assertEquals("a sua senha", pt.withArticle("a sua senha"));
    assertEquals("Sua Majestade", pt.withArticle("Sua Majestade"));
    assertEquals("seu", pt.withArticle("seu"));
    assertEquals("seu voo", SituationShape.forLocale(Locale.forLanguageTag("es")).withArticle("seu voo"));
  }
}
