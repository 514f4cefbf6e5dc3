package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The moments read from a caller's words (a bereavement, a joke) are matched in place, without
 * cutting the text into folded words: on any text (the words of the data in every case and with
 * their endings, mixed with arbitrary Unicode, 'İ', 'Σ', apostrophes of both kinds, emoji,
 * surrogates and control characters), the in-place answer is the word-by-word answer.
 */
class ToneMatchingProperties {
  private static final List<Locale> LANGUAGES =
      List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, new Locale("es"), new Locale("pt"), Locale.JAPANESE);

  @Provide
  Arbitrary<String> callerTexts() {
    Arbitrary<String> dataWord = Arbitraries.of(
        "late", "husband", "husband's", "husband’s", "HUSBAND", "Mum", "mums", "passed", "passing", "pass", "away",
        "funeral", "Funerals", "lost", "losing", "my", "your", "loss", "of", "death", "in", "memory", "joke", "joking",
        "Jokes", "laugh", "laughed", "made", "me", "smile", "cracked", "up", "lol", "haha", "LOL", "verstorben",
        "ist", "gestorben", "décédé", "est", "morte", "j’ai", "j'ai", "perdu", "mon", "falleció", "perdí", "a", "mi",
        "faleceu", "perdi", "minha", "亡くなった", "葬儀", "tongue-in-cheek", "tongue", "cheek", "İ", "Σ", "ΣΣ", "'", "’");
    Arbitrary<String> noise = Arbitraries.strings().all().ofMaxLength(6);
    Arbitrary<String> separator = Arbitraries.of(" ", "  ", ", ", "-", "'", "’", "\n", "\u200B", "😂", "", "İ");
    return Arbitraries.oneOf(dataWord, dataWord, noise).list().ofMaxSize(8)
        .flatMap(words -> separator.list().ofSize(words.size()).map(seps -> {
          StringBuilder b = new StringBuilder();
          for (int i = 0; i < words.size(); i++) {
            b.append(words.get(i)).append(seps.get(i));
          }
          return b.toString();
        }));
  }

  @Provide
  Arbitrary<Locale> languages() {
    return Arbitraries.of(LANGUAGES);
  }

  @Property(tries = 3000)
  void inPlaceMatchingIsWordByWordMatching(@ForAll("callerTexts") String text, @ForAll("languages") Locale language) {
    Tone tone = Tone.forLocale(language);
    boolean[] byWords = tone.lossAndLightOfWords(Tone.words(text));
    assertArrayEquals(byWords, new boolean[] {tone.loss(text), tone.lightWords(text)}, text);
  }

  @Property(tries = 300)
  void anyTextAtAll(@ForAll String text, @ForAll("languages") Locale language) {
    Tone tone = Tone.forLocale(language);
    assertArrayEquals(tone.lossAndLightOfWords(Tone.words(text)), new boolean[] {tone.loss(text), tone.lightWords(text)});
  }

  /**
   * The composer asks about a bereavement and a joke over the words it read once ({@link ClauseWords}): the
   * answer is the one for the text, in every language, whichever language's clause rules read it.
   */
  @Property(tries = 3000)
  void momentsOverWordsReadOnceAreTheTextsMoments(@ForAll("callerTexts") String text, @ForAll("languages") Locale language) {
    Tone tone = Tone.forLocale(language);
    ClauseWords words = CallerClauses.forLocale(language).read(new ClauseWords(), text);
    assertEquals(tone.loss(text), tone.loss(words), text);
    ClauseWords otherRules = CallerClauses.forLocale(Locale.ENGLISH).read(new ClauseWords(), text);
    assertEquals(tone.loss(text), tone.loss(otherRules), text);
    assertEquals(tone.light(text), tone.light(words), text);
    assertEquals(tone.light(text), tone.light(otherRules), text);
  }

  @Property(tries = 300)
  void momentsOverWordsReadOnceOfAnyText(@ForAll String text, @ForAll("languages") Locale language) {
    Tone tone = Tone.forLocale(language);
    ClauseWords words = CallerClauses.forLocale(language).read(new ClauseWords(), text);
    assertEquals(tone.loss(text), tone.loss(words));
    assertEquals(tone.light(text), tone.light(words));
  }

  /**
   * The composer asks {@code CallerClauses.mentionsLoss} only where {@code Tone.loss} is not known
   * to see the same: wherever it skips the question, the answer it skipped was already given.
   */
  @Property(tries = 3000)
  void wherePromisedToneSeesEveryLossCallerClausesSees(
      @ForAll("callerTexts") String text, @ForAll("languages") Locale language) {
    CallerClauses clauses = CallerClauses.forLocale(language);
    if (clauses.lossSeenByTone(text) && clauses.mentionsLoss(text)) {
      assertTrue(Tone.forLocale(language).loss(text), text);
    }
  }

  @Property(tries = 2000)
  void titlesLookedUpInPlaceAreTitlesFolded(@ForAll("titleLike") String word, @ForAll("languages") Locale language) {
    Tone tone = Tone.forLocale(language);
    assertEquals(tone.titleFolded(word), tone.title(word), word);
  }

  @Provide
  Arbitrary<String> titleLike() {
    return Arbitraries.oneOf(
        Arbitraries.of("Mrs", "MRS", "mrs.", "Dr.", "DR", "Herr", "HERR", "Frau", "Mme", "Sr.", "Sra", "Señora", "SEÑORA",
            "Dra.", "Prof", "Mr's", "Mr’s", "Miss", "İ", "Σ", "Dana", "Mx"),
        Arbitraries.strings().withCharRange('A', 'z').withChars("İıΣσς.’'ñÑéÉ").ofMaxLength(7),
        Arbitraries.strings().all().ofMaxLength(5));
  }

  @Test
  void toneIsPromisedToSeeLossInTheBundledLanguages() {
    for (Locale l : LANGUAGES) {
      assertTrue(CallerClauses.forLocale(l).lossSeenByTone("my mum passed away"), l.toString());
    }
    assertFalse(CallerClauses.forLocale(Locale.ENGLISH).lossSeenByTone("İstanbul funeral"));
  }

  @Test
  void entriesMatchTheirFormsAndOnlyThem() {
    Tone en = Tone.forLocale(Locale.ENGLISH);
    assertTrue(en.loss("the bills still arriving in your late HUSBAND'S name"));
    assertTrue(en.loss("my mum passed away last week"));
    assertTrue(en.loss("since I lost my dad"));
    assertFalse(en.loss("I lost my card"));
    assertFalse(en.loss("my phone died"));
    assertTrue(en.lightWords("you must be joking"));
    assertTrue(en.lightWords("your hold music made me smile"));
    assertFalse(en.lightWords("the jokers charged me twice"));
  }
}
