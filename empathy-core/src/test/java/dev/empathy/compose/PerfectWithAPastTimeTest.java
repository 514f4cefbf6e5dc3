package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Session 19's probes: an agent's step typed in the perfect and dated by a finished time ("I've
 * refunded $212.40 yesterday", "He reembolsado 64,90 € ayer") went out in every channel as typed,
 * which reads wrong in English and in Spanish. It is said in the simple past; a perfect without such
 * a time, or in a language whose perfect takes one (French, German), stays as typed.
 */
class PerfectWithAPastTimeTest {
  private static final CallerClauses EN = CallerClauses.forLocale(Locale.US);
  private static final CallerClauses ES = CallerClauses.forLocale(Locale.forLanguageTag("es-ES"));

  @Test
  void englishPerfectsWithAFinishedTimeTakeTheSimplePast() {
    assertEquals("I refunded $212.40 yesterday", EN.withSubject("I've refunded $212.40 yesterday"));
    assertEquals("I credited the $10 difference last week", EN.withSubject("I’ve credited the $10 difference last week"));
    assertEquals("we reissued your card 3 days ago", EN.withSubject("we have reissued your card 3 days ago"));
    assertEquals("I gave you a $20 credit yesterday", EN.withSubject("I've given you a $20 credit yesterday"));
  }

  @Test
  void englishPerfectsWithoutAFinishedTimeStay() {
    assertEquals("I've refunded $212.40 today", EN.withSubject("I've refunded $212.40 today"));
    assertEquals("I've sent the label to your email", EN.withSubject("I've sent the label to your email"));
  }

  @Test
  void aTimeWordDescribingAThingDatesNoAction() {
    // After a determiner, "earlier" and "last" describe a noun (the demo's T-1009 went out as "I
    // escalated how your earlier contacts were handled", as if the escalation were long done).
    assertEquals(
        "I’ve escalated how your earlier contacts were handled to my team lead",
        EN.withSubject("I’ve escalated how your earlier contacts were handled to my team lead"));
    assertEquals("I've refunded the last charge", EN.withSubject("I've refunded the last charge"));
    assertEquals("I refunded the last charge earlier", EN.withSubject("I've refunded the last charge earlier"));
  }

  @Test
  void spanishPerfectsWithAFinishedTimeTakeThePreterite() {
    assertEquals("Reembolsé 64,90 € ayer", ES.withSubject("He reembolsado 64,90 € ayer"));
    assertEquals("adelanté la cita al 09/12 ayer", ES.withSubject("he adelantado la cita al 09/12 ayer"));
    assertEquals("Devolví el cargo la semana pasada", ES.withSubject("He devuelto el cargo la semana pasada"));
    assertEquals("Enviamos las piezas anoche", ES.withSubject("Hemos enviado las piezas anoche"));
    assertEquals("Repartí el pedido ayer", ES.withSubject("He repartido el pedido ayer"));
  }

  @Test
  void spanishPerfectsWithoutAFinishedTimeStay() {
    assertEquals("He enviado las piezas esta mañana", ES.withSubject("He enviado las piezas esta mañana"));
    assertEquals("He pasado su caso al equipo técnico", ES.withSubject("He pasado su caso al equipo técnico"));
  }

  @Test
  void frenchAndGermanPerfectsTakeAFinishedTime() {
    CallerClauses fr = CallerClauses.forLocale(Locale.FRANCE);
    CallerClauses de = CallerClauses.forLocale(Locale.GERMANY);
    assertEquals("J'ai remboursé 39,90 € hier", fr.withSubject("J'ai remboursé 39,90 € hier"));
    assertEquals("Ich habe gestern 39,99 € erstattet", de.withSubject("Ich habe gestern 39,99 € erstattet"));
  }
}
