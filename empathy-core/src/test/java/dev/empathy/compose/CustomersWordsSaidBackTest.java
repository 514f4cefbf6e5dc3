package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.Register;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a customer typed, said back in es, fr, de, pt-BR and ja as a native support lead would say
 * it (session 16): an insult is never said back ("la app de mierda"), text-speak is written out
 * ("el pedido q sigue sin llegar"), a Portuguese phrase in a Spanish reply is not read as Spanish,
 * the customer's family is named with respect in Japanese ("亡くなった夫" → "ご主人様"), and a
 * Japanese reply has more than four first-turn acknowledgements and never apologises twice.
 */
class CustomersWordsSaidBackTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);

  private static Empathy empathy(String tag, Register register) {
    return Empathy.builder().locale(Locale.forLanguageTag(tag)).register(register).clock(CLOCK).build();
  }

  private static String action(String tag) {
    return switch (tag) {
      case "es" -> "He abierto una incidencia";
      case "fr" -> "J’ai ouvert un ticket";
      case "de" -> "Ich habe ein Ticket eröffnet";
      case "ja" -> "担当部署に確認しました";
      default -> "Abri um chamado";
    };
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "es    | la app de mierda                 | mierda",
      "es    | esta porquería de router         | porquería",
      "fr    | la mise à jour pourrie           | pourrie",
      "fr    | votre appli de merde             | merde",
      "de    | die scheiss app                  | scheiss",
      "de    | euer saftladen                   | saftladen",
      "pt-BR | esse app de merda                | merda",
      "pt-BR | essa porcaria de internet        | porcaria"})
  void anInsultIsNeverSaidBack(String tag, String situation, String insult) {
    for (Register register : Register.values()) {
      for (Emotion emotion : new Emotion[] {Emotion.ANGRY, Emotion.FRUSTRATED}) {
        for (int c = 0; c < 4; c++) {
          Reply r = empathy(tag, register).compose().conversation("insult-" + c, 0).customer("Alex")
              .acknowledge(emotion, situation).action(action(tag)).build();
          String text = r.toPlainText().toLowerCase(Locale.ROOT);
          assertFalse(text.contains(insult.toLowerCase(Locale.ROOT)), () -> "said back: " + r.toPlainText());
          assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("situation: reads as a judgement")), r.warnings()::toString);
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "es    | el pedido q sigue sin llegar      | el pedido que sigue sin llegar",
      "es    | el cobro q no reconozco tb        | también",
      "fr    | le colis avec bcp de retard       | beaucoup de retard",
      "fr    | le remboursement tjs pas reçu     | toujours pas reçu",
      "pt-BR | o pedido q não chegou             | o pedido que não chegou",
      "de    | die lieferung, nix passiert       | nichts passiert"})
  void textSpeakIsWrittenOut(String tag, String situation, String said) {
    Reply r = empathy(tag, Register.FORMAL).compose().customer("Alex").acknowledge(Emotion.FRUSTRATED, situation)
        .action(action(tag)).build();
    assertTrue(r.toPlainText().contains(said), r::toPlainText);
    assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("situation: text-speak written out")), r.warnings()::toString);
  }

  @Test
  void aPortugueseSituationInASpanishReplyIsNotReadAsSpanish() {
    OwnPerson es = OwnPerson.forLocale(Locale.forLanguageTag("es"));
    assertTrue(es.inOtherLanguage("las novedades sobre as duas cobranças"));
    assertFalse(es.inOtherLanguage("la tienda de São Paulo"), "a name keeps its own letters");
    assertFalse(es.inOtherLanguage("la devolución del pedido"));
    Reply r = empathy("es", Register.FORMAL).compose().customer("Lucía")
        .acknowledge(Emotion.ANGRY, "las novedades sobre as duas cobranças").action(action("es")).build();
    assertFalse(r.toPlainText().contains("cobranças"), r::toPlainText);
    assertTrue(r.warnings().stream().anyMatch(w -> w.contains("reads as another language than the reply's (es)")), r.warnings()::toString);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "FORMAL   | 亡くなった夫の契約     | 亡くなられたご主人様の契約",
      "FORMAL   | 母の口座               | お母様の口座",
      "FORMAL   | 亡くなった祖母の注文   | 亡くなられたおばあ様の注文",
      "FORMAL   | 妻の携帯               | 奥様の携帯",
      "INFORMAL | 亡くなった夫の契約     | 亡くなった旦那さんの契約",
      "INFORMAL | 息子のアカウント       | 息子さんのアカウント"})
  void aJapaneseCustomersFamilyIsNamedWithRespect(Register register, String situation, String said) {
    Reply r = empathy("ja", register).compose().customer("佐藤").acknowledge(Emotion.SAD, situation).action(action("ja")).build();
    String ack = r.block(BlockKind.ACKNOWLEDGEMENT).orElseThrow().text();
    assertTrue(ack.contains(said), ack);
  }

  @Test
  void aJapaneseKinshipWordInsideAnotherWordOrAlreadyHonouredIsKept() {
    OwnPerson ja = OwnPerson.forLocale(Locale.JAPANESE);
    assertNull(ja.honoured("大丈夫じゃない件", Register.FORMAL), "大丈夫 holds 夫");
    assertNull(ja.honoured("兄弟割引", Register.FORMAL), "兄弟 is one word");
    assertNull(ja.honoured("ご主人の口座", Register.FORMAL), "already honoured");
    assertNull(ja.honoured("お母さんのスマホ", Register.INFORMAL), "already honoured");
    assertEquals("ご両親の旅行", ja.honoured("両親の旅行", Register.FORMAL));
  }

  /** Each emotion's first turn draws from more than four acknowledgements, with and without a situation, in both registers. */
  @Test
  void aJapaneseFirstTurnHasMoreThanFourAcknowledgements() {
    for (Register register : Register.values()) {
      Empathy e = empathy("ja", register);
      for (Emotion emotion : Emotion.values()) {
        for (String situation : new String[] {"ログインできない件", null}) {
          Set<String> seen = new HashSet<>();
          for (int c = 0; c < 80; c++) {
            Composer composer = e.compose().conversation("variants-" + c, 0).customer("佐藤");
            Reply r = (situation == null ? composer.acknowledge(emotion) : composer.acknowledge(emotion, situation))
                .action(action("ja")).build();
            seen.add(r.block(BlockKind.ACKNOWLEDGEMENT).orElseThrow().text());
          }
          String where = register + " " + emotion + (situation == null ? " general" : " with a situation");
          assertTrue(seen.size() >= 6, () -> where + ": only " + seen.size() + " acknowledgements: " + seen);
        }
      }
    }
  }

  private static final Pattern APOLOGY = Pattern.compile("申し訳|お詫び|すみません|ごめん");

  @Test
  void aJapaneseReplyNeverApologisesTwice() {
    for (Register register : Register.values()) {
      Empathy e = empathy("ja", register);
      for (Emotion emotion : Emotion.values()) {
        for (int c = 0; c < 40; c++) {
          Reply r = e.compose().conversation("apology-" + c, c % 3).customer("佐藤").acknowledge(emotion, "二重請求")
              .summary("同じ請求が２回来ています").action("返金手続きを行いました").followUp("明日までにご連絡いたします").build();
          Matcher m = APOLOGY.matcher(r.toPlainText());
          int apologies = 0;
          while (m.find()) {
            apologies++;
          }
          int n = apologies;
          assertTrue(n <= 1, () -> register + " " + emotion + ": apologises " + n + " times: " + r.toPlainText());
        }
      }
    }
  }
}
