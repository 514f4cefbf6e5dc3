package dev.empathy.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A date and the time window booked on it, written as each language writes them ("Thursday 12/10
 * 8-12", "el jueves 10/12 de 9-14 hrs", "am Sa. 12.12. 8–12 Uhr", "le 10/12 de 8h-12h", "dia 10/12
 * das 8-12h", "12/10 9-12時"), is never private: a date's digits and a window's make seven, a
 * phone number's length, yet no channel may hide an appointment as one.
 */
class DatesAndTimeWindowsProperties {
  /** A sentence around the appointment, per language: {0} is the date, {1} the window. */
  private static final Map<String, List<String>> SENTENCES = Map.of(
      "en", List.of("tech booked Thursday %s %s and never showed", "rebooked for Sat %s %s", "window is %s, %s ok?"),
      "es", List.of("el técnico venía el jueves %s de %s y no vino", "nueva cita: sábado %s %s"),
      "fr", List.of("le livreur devait passer jeudi %s de %s", "livraison reprogrammée le %s %s"),
      "de", List.of("der Techniker sollte am Do. %s zwischen %s kommen", "neuer Termin: Sa. %s %s"),
      "pt", List.of("o técnico ficou de vir na quinta %s das %s", "reagendei para sábado %s %s"),
      "ja", List.of("%s %sに伺います", "訪問日時：%s %s"));

  record Appointment(String language, String text) {}

  @Provide
  Arbitrary<Appointment> appointments() {
    return Arbitraries.of(List.copyOf(SENTENCES.keySet())).flatMap(l -> Combinators.combine(
            Arbitraries.of(SENTENCES.get(l)), date(l), window(l)).as((s, d, w) -> new Appointment(l, String.format(Locale.ROOT, s, d, w))));
  }

  private static Arbitrary<String> date(String l) {
    Arbitrary<Integer> day = Arbitraries.integers().between(1, 31);
    Arbitrary<Integer> month = Arbitraries.integers().between(1, 12);
    Arbitrary<Integer> year = Arbitraries.integers().between(2024, 2030);
    Arbitrary<Integer> form = Arbitraries.integers().between(0, 2);
    return Combinators.combine(day, month, year, form).as((d, m, y, f) -> switch (l) {
      // month first in en-US, the year first in Japanese and ISO, day first elsewhere
      case "en" -> f == 0 ? m + "/" + d : f == 1 ? m + "/" + d + "/" + y : String.format(Locale.ROOT, "%d-%02d-%02d", y, m, d);
      case "ja" -> f == 0 ? m + "/" + d : y + "/" + m + "/" + d;
      case "de" -> f == 0 ? d + "." + m + "." : f == 1 ? String.format(Locale.ROOT, "%02d.%02d.%d", d, m, y) : d + "." + m + "." + y;
      default -> f == 0 ? d + "/" + m : f == 1 ? String.format(Locale.ROOT, "%02d/%02d/%d", d, m, y) : d + "/" + m + "/" + (y % 100);
    });
  }

  private static Arbitrary<String> window(String l) {
    Arbitrary<Integer> from = Arbitraries.integers().between(0, 23);
    Arbitrary<Integer> hours = Arbitraries.integers().between(1, 8);
    Arbitrary<String> minutes = Arbitraries.of("", ":00", ":30", ":15");
    Arbitrary<String> dash = Arbitraries.of("-", "–", " - ");
    return Combinators.combine(from, hours, minutes, dash).as((f, h, mm, d) -> {
      int to = Math.min(24, f + h);
      String unit = switch (l) {
        case "es" -> " hrs";
        case "de" -> " Uhr";
        case "fr", "pt" -> "h";
        case "ja" -> "時";
        default -> "";
      };
      boolean clock = !mm.isEmpty();
      return f + mm + d + to + mm + (clock && !l.equals("ja") ? "" : unit);
    });
  }

  @Property(tries = 600)
  void anAppointmentIsNeverPrivate(@ForAll("appointments") Appointment a) {
    assertEquals(List.of(), PrivateData.forLocale(Locale.forLanguageTag(a.language())).find(a.text()), a.text());
    assertEquals(List.of(), PrivateData.everyLanguage().find(a.text()), a.text());
  }

  @Example
  void aPhoneNumberBesideADateIsStillOne() {
    PrivateData en = PrivateData.forLocale(Locale.US);
    assertFalse(en.find("Thursday 12/10 8-12, call 555-201-7788").isEmpty());
    assertFalse(en.find("my number is 12/10 8812 ok").isEmpty());
    assertFalse(en.find("whatsapp me 06.12.34.56.78").isEmpty());
  }

  /** CI's draw: twelve digits of a date and its window pass Luhn by chance; still no card. */
  @Example
  void aDateAndWindowThatPassLuhnIsNoCard() {
    assertEquals(List.of(), PrivateData.forLocale(Locale.GERMANY).find("neuer Termin: Sa. 02.04.2024 12-16 Uhr"));
    assertEquals(List.of(), PrivateData.everyLanguage().find("neuer Termin: Sa. 02.12.2024 12–16 Uhr"));
    assertFalse(PrivateData.forLocale(Locale.GERMANY).find("Karte 4242 4242 4242 4242, gültig bis 02/28").isEmpty());
  }
}
