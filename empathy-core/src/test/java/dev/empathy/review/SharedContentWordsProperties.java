package dev.empathy.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The summary overlap counts the draft's content words the customer used by looking each word up
 * by its characters: it must count what the string-per-word way counted, for any text, any set of
 * words and every language's rule book.
 */
class SharedContentWordsProperties {
  private static final List<RuleBook> BOOKS =
      List.of(
          RuleBook.forLocale(Locale.US, ReviewOptions.defaults()),
          RuleBook.forLocale(Locale.forLanguageTag("es"), ReviewOptions.defaults()),
          RuleBook.forLocale(Locale.forLanguageTag("de"), ReviewOptions.defaults()),
          RuleBook.forLocale(Locale.JAPAN, ReviewOptions.defaults()));

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pieces =
        Arbitraries.oneOf(
            Arbitraries.of(
                "charged", "charge", "CHARGES", "charging", "tried", "try", "trees", "glass", "nights", "night", "I’ve", "can't",
                "won’t", "refund", "Refunded", "the", "and", "THE", "ok", "OK", "x", "ab", "abc", "Straße", "strasse", "İstanbul",
                "café", "naïve", "返金", "注文", "カード", "ご連絡", "déjà", "Überweisung", "2nd", "#4471", "@dana_w", "😡", "👩‍👩‍👧",
                "\u0301", "\uD83D", "’’", "'", " ", "  ", ", ", ". ", "!!! ", "? ", "\n", "https://x.io/a?b=c", "a".repeat(41),
                "wrecked", "seed", "bed", "need", "used"),
            Arbitraries.strings().all().ofMaxLength(10),
            Arbitraries.strings().withChars("AaBbEeDdIiNnGgSs’' .").ofMaxLength(14));
    return pieces.list().ofMaxSize(40).map(l -> String.join(" ", l));
  }

  @Property(tries = 1500)
  void countsWhatTheStringsCounted(@ForAll("texts") String text, @ForAll("texts") String customer, @ForAll("texts") String extra) {
    for (RuleBook book : BOOKS) {
      // The customer's own content words (as the rubric passes them), and any words at all.
      Set<String> words = CustomerReading.contentWords(customer, book);
      Set<String> any = new HashSet<>(words);
      for (String w : extra.split(" ")) {
        any.add(w.toLowerCase(Locale.ROOT));
      }
      any.addAll(book.stopwords.asList().subList(0, Math.min(5, book.stopwords.size())));
      DraftReading reading = new DraftReading(text, book);
      for (Set<String> given : List.of(words, any, CustomerReading.contentWords(text, book))) {
        int expected = CustomerReading.sharedContentWordsByStrings(text, book, given);
        assertEquals(expected, CustomerReading.sharedContentWords(text, book, given), () -> book.locale + " " + text + " / " + given);
        // The whole draft's count from the words of the matcher's pass: the same, kana and ideographs included.
        assertEquals(expected, CustomerReading.sharedContentWords(reading, book, given), () -> "reading: " + book.locale + " " + text + " / " + given);
      }
    }
  }

  @Test
  void examples() {
    RuleBook en = BOOKS.get(0);
    Set<String> customer = CustomerReading.contentWords("I was CHARGED twice for my nights at the hotel!!", en);
    // charg(ed), twice, night(s), hotel: each counted once, whatever its case or repetition.
    assertEquals(4, CustomerReading.sharedContentWords("Sorry you were Charged twice, TWICE, for your nights at our hotel.", en, customer));
    assertEquals(0, CustomerReading.sharedContentWords("Thanks for reaching out.", en, customer));
    assertEquals(0, CustomerReading.sharedContentWords("anything", en, Set.of()));
    String draft = "Sorry you were Charged twice, TWICE, for your nights at our hotel.";
    assertEquals(4, CustomerReading.sharedContentWords(new DraftReading(draft, en), en, customer));
    // Two-character Japanese words count (kana and ideographs), as the iterator's status says.
    RuleBook ja = BOOKS.get(3);
    Set<String> asked = CustomerReading.contentWords("返金はまだですか。注文番号は4471です", ja);
    String reply = "ご注文の返金を本日手続きしました。";
    assertEquals(
        CustomerReading.sharedContentWordsByStrings(reply, ja, asked), CustomerReading.sharedContentWords(new DraftReading(reply, ja), ja, asked));
    assertEquals(3, CustomerReading.sharedContentWords(new DraftReading("refund 返金 注文", en), en, Set.of("返金", "注文", "refund")));
  }
}
