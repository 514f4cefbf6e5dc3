package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;

/**
 * Whether a summary says the situation again ({@link RepeatedSituation}) is answered in place for
 * texts of ASCII letters (no sets, no lower-cased copies) and by sets of lower-cased words for any
 * other text: the two give the same answer for every text, so the faster path changes no reply.
 */
class RepeatedSituationProperties {
  private static final Locale[] LOCALES = {
    Locale.ENGLISH, Locale.forLanguageTag("es"), Locale.forLanguageTag("pt-BR"), Locale.FRENCH, Locale.GERMAN,
    Locale.JAPANESE, Locale.forLanguageTag("tr"), Locale.forLanguageTag("lt"), Locale.ROOT
  };

  @Provide
  Arbitrary<String> text() {
    // Few words, often shared between the two texts, in every case, with function words
    // ("your", "this"), numbers, short words, separators of every kind and letters outside ASCII.
    Arbitrary<String> words = Arbitraries.of("the", "your", "YOUR", "this", "Order", "order", "ORDER", "4471", "o4471",
        "double", "Double", "charge", "charged", "CHARGE", "twice", "were", "you", "parcel", "arrived", "damaged",
        "presente", "chegou", "defeito", "com", "que", "factura", "Rechnung", "I", "i", "İnternet", "internet",
        "ınternet", "naïve", "nai\u0308ve", "e\u0301te", "ßtraße", "STRASSE", "’s", "l’avis", "avis", "—", ",", ".",
        "😀", "\uD800", "\u0000", "  ", "x-ray", "co-op", "Ⅻ", "٤٤", "１２３４", "ǅemal", "ΣΊΣΥΦΟΣ", "σίσυφος");
    return Arbitraries.oneOf(
        words.list().ofMaxSize(12).map(l -> String.join(" ", l)),
        words.list().ofMaxSize(12).map(l -> String.join("", l)),
        Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(80),
        Arbitraries.strings().ofMaxLength(60),
        Arbitraries.strings().withChars("abAB cdCD1,’").ofMinLength(400).ofMaxLength(700));
  }

  @Provide
  Arbitrary<Locale> locale() {
    return Arbitraries.of(LOCALES);
  }

  @Property(tries = 2_000)
  void answersAsTheSetsDo(@ForAll("text") String situation, @ForAll("text") String summary, @ForAll("locale") Locale locale) {
    CallerClauses clauses = CallerClauses.forLocale(locale);
    assertEquals(RepeatedSituation.bySets(situation, summary, locale, clauses),
        RepeatedSituation.in(situation, summary, locale, clauses), () -> "situation: " + situation + "\nsummary: " + summary);
    assertEquals(RepeatedSituation.bySets(situation, summary, locale, null),
        RepeatedSituation.in(situation, summary, locale, null), () -> "situation: " + situation + "\nsummary: " + summary);
  }

  @Property(tries = 2_000)
  void theInPlaceReadingAnswersAsTheSetsDoWhereItApplies(
      @ForAll("text") String situation, @ForAll("text") String summary, @ForAll("locale") Locale locale) {
    Assume.that(RepeatedSituation.plainLetters(situation, locale) && RepeatedSituation.plainLetters(summary, locale));
    CallerClauses clauses = CallerClauses.forLocale(locale);
    // Whatever the length: the in-place reading is only used up to 512 characters, but is right beyond.
    assertEquals(RepeatedSituation.bySets(situation, summary, locale, clauses),
        RepeatedSituation.inPlace(situation, summary, clauses), () -> "situation: " + situation + "\nsummary: " + summary);
  }

  @Property(tries = 1_000)
  void theWordsAReplyReadAnswerAsLookingThemUpDoes(
      @ForAll("text") String situation, @ForAll("text") String summary, @ForAll("locale") Locale locale) {
    // A reply passes the words it has read (ClauseWords): their lexicon flags stand for looking
    // each word up, and words of another text are not used.
    CallerClauses clauses = CallerClauses.forLocale(locale);
    boolean expected = RepeatedSituation.bySets(situation, summary, locale, clauses);
    assertEquals(expected, RepeatedSituation.in(situation, summary, locale, clauses,
        clauses.words(situation), clauses.words(summary)), () -> "situation: " + situation + "\nsummary: " + summary);
    assertEquals(expected, RepeatedSituation.in(situation, summary, locale, clauses,
        clauses.words(summary + " your"), clauses.words(situation)), () -> "situation: " + situation + "\nsummary: " + summary);
    if (RepeatedSituation.plainLetters(situation, locale) && RepeatedSituation.plainLetters(summary, locale)) {
      assertEquals(expected, RepeatedSituation.inPlace(situation, summary, clauses,
          clauses.words(situation), clauses.words(summary)), () -> "situation: " + situation + "\nsummary: " + summary);
    }
  }

  @Example
  void theInPlaceReadingSeesARepeatAndItsAbsence() {
    CallerClauses en = CallerClauses.forLocale(Locale.ENGLISH);
    CallerClauses pt = CallerClauses.forLocale(Locale.forLanguageTag("pt-BR"));
    assertTrue(RepeatedSituation.plainLetters("the parcel that arrived damaged", Locale.ENGLISH));
    assertTrue(RepeatedSituation.inPlace("the parcel that arrived damaged",
        "your parcel ARRIVED Damaged and you needed it today", en));
    assertTrue(RepeatedSituation.inPlace("o presente que chegou com defeito",
        "o presente chegou com defeito e voce precisava dele hoje", pt));
    assertFalse(RepeatedSituation.inPlace("the double charge on order 4471", "you were charged twice for order 4471", en));
    // "your" is a function word: one repeated word of substance is not a repeat.
    assertFalse(RepeatedSituation.inPlace("the increase on your latest invoice",
        "your invoice shows an increase", en));
    // Not plain: 'İ' lower-cases to two characters, Turkish 'I' to 'ı'.
    assertFalse(RepeatedSituation.plainLetters("İnternet kesintisi", Locale.ENGLISH));
    assertFalse(RepeatedSituation.plainLetters("INTERNET", Locale.forLanguageTag("tr")));
  }
}
