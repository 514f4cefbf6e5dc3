package dev.empathy.phrase;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The cached small numbers and plural keywords are exactly what ICU says, for every number. */
class FormattersProperties {
  @Provide
  Arbitrary<Double> numbers() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(-5, 140).map(Integer::doubleValue),
        Arbitraries.doubles().between(-10, 200).ofScale(2),
        Arbitraries.of(-0.0, 0.5, 1.5, 127.0, 128.0, 1e9, Double.NaN, Double.POSITIVE_INFINITY));
  }

  @Provide
  Arbitrary<String> locales() {
    return Arbitraries.of("en", "en-GB", "de", "fr", "ar-EG", "ru", "ja", "hi-IN", "fa", "pl");
  }

  @Property(tries = 400)
  void cachedFormattingEqualsIcu(@ForAll("numbers") double value, @ForAll("locales") String tag) {
    ULocale locale = ULocale.forLanguageTag(tag);
    PluralRules plurals = PluralRules.forLocale(locale);
    LocalizedNumberFormatter numbers = NumberFormatter.withLocale(locale);
    CompiledMessage.Formatters f = new CompiledMessage.Formatters(plurals, numbers);

    assertEquals(numbers.format(value).toString(), f.format(value));
    assertEquals(plurals.select(value), f.pluralKeyword(value));
  }

  @Property(tries = 200)
  void pluralMessagesUseTheLocalesDigitsAndForms(@ForAll("numbers") double value, @ForAll("locales") String tag) {
    ULocale locale = ULocale.forLanguageTag(tag);
    PluralRules plurals = PluralRules.forLocale(locale);
    LocalizedNumberFormatter numbers = NumberFormatter.withLocale(locale);
    CompiledMessage m = CompiledMessage.compile("{n, plural, =0 {none} zero {# zero} one {# one} two {# two} few {# few} many {# many} other {# other}}");

    String out = m.format(Map.of("n", value), new CompiledMessage.Formatters(plurals, numbers));

    String expected =
        value == 0 ? "none" : numbers.format(value).toString() + " " + plurals.select(value);
    assertEquals(expected, out);
  }

  /**
   * A counting phrase read from the phrasebook's memo (whole counts 0 to 127) is the phrase
   * formatted afresh, asked twice: -0.0, NaN, fractions and large counts take the slow path.
   */
  @Property(tries = 300)
  void memoisedQuantitiesEqualFreshFormatting(@ForAll("numbers") double value, @ForAll("locales") String tag) {
    Phrasebook book = Phrasebook.load(java.util.Locale.forLanguageTag(tag), dev.empathy.Register.FORMAL, BrandVoice.none());
    Object count = value == Math.rint(value) && !Double.isInfinite(value) ? (Object) (long) value : (Object) value;
    String fresh = book.format("timeline.unit.businessDays", 0, 0, Map.of("count", count));

    assertEquals(fresh, book.quantity("timeline.unit.businessDays", value));
    assertEquals(fresh, book.quantity("timeline.unit.businessDays", value));
  }
}
