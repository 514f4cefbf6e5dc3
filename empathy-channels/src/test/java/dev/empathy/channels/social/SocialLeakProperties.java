package dev.empathy.channels.social;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.channel.Channels;
import dev.empathy.channel.RenderOptions;
import dev.empathy.channel.Rendered;
import dev.empathy.compose.Composer;
import dev.empathy.compose.Timeline;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The probe's leaking formats, generated fresh in every supported language and placed in any
 * block of a reply in that language: no public post ever carries the value (nor its digits).
 */
class SocialLeakProperties {
  record Case(Locale locale, String value, int field, String flavor) {}

  private static final List<Locale> LOCALES =
      List.of(Locale.US, Locale.forLanguageTag("es"), Locale.FRANCE, Locale.GERMANY, Locale.forLanguageTag("pt-BR"), Locale.JAPAN);
  private static final Map<String, List<String>> DIGITS =
      Map.of(
          "en", List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
          "es", List.of("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"),
          "fr", List.of("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"),
          "de", List.of("null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"),
          "pt", List.of("zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"),
          "ja", List.of("〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"));
  private static final Map<String, List<String>> KEYED =
      Map.of(
          "en", List.of("PIN ", "reset your PIN to ", "your code is now ", "password: ", "username: ", "date of birth ", "card ending ", "PO Box "),
          "es", List.of("PIN ", "cambié el PIN a ", "contraseña: ", "usuario: ", "fecha de nacimiento ", "tarjeta terminada en ", "apartado de correos "),
          "fr", List.of("code ", "code changé en ", "mot de passe : ", "identifiant : ", "né le ", "carte se terminant par ", "boîte postale "),
          "de", List.of("PIN ", "die PIN wurde auf ", "Passwort: ", "Benutzername: ", "Geburtsdatum ", "Karte endend auf ", "Postfach "),
          "pt", List.of("PIN ", "mudei o PIN para ", "senha: ", "usuário: ", "data de nascimento ", "cartão final ", "caixa postal "),
          "ja", List.of("暗証番号は", "暗証番号を", "パスワードは", "ユーザー名:", "生年月日は", "カード下4桁", "私書箱"));

  @Provide
  Arbitrary<Case> cases() {
    return Arbitraries.of(LOCALES).flatMap(l -> Combinators.combine(value(l.getLanguage()), Arbitraries.integers().between(0, 3), Arbitraries.of("x", "facebook", "instagram", "linkedin"))
        .as((v, f, fl) -> new Case(l, v, f, fl)));
  }

  private static Arbitrary<String> value(String l) {
    Arbitrary<String> four = Arbitraries.strings().numeric().ofLength(4);
    Arbitrary<String> phone = Combinators.combine(Arbitraries.strings().numeric().ofLength(3), four, Arbitraries.of("–", "—", "-", " "))
        .as((a, b, d) -> "415" + d + a + d + b);
    Arbitrary<String> spelled = Arbitraries.integers().between(0, 9).list().ofMinSize(7).ofMaxSize(10)
        .map(ds -> String.join(l.equals("ja") ? "" : " ", ds.stream().map(d -> DIGITS.get(l).get(d)).toList()));
    Arbitrary<String> name = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(8);
    Arbitrary<String> email = Combinators.combine(name, name, Arbitraries.of(0, 1)).as((u, d, f) -> f == 0 ? u + " @ " + d + ".com" : u + " at " + d + " dot com");
    Arbitrary<String> flat = Combinators.combine(Arbitraries.integers().between(1, 99), Arbitraries.integers().between(1, 99)).as((a, s) -> "Apt " + a + "B, " + (s + 10) + " W " + s + "th St");
    Arbitrary<String> keyed = Combinators.combine(Arbitraries.of(KEYED.get(l)), four, name).as((k, d, n) ->
        k.contains("name") || k.contains("usuario") || k.contains("identifiant") || k.contains("usuário") || k.contains("ユーザー") || k.contains("Benutzer")
            ? k + n + "_" + d.charAt(0) + n.charAt(0)
            : k.startsWith("pass") || k.startsWith("contra") || k.startsWith("mot") || k.startsWith("Pass") || k.startsWith("senha") || k.startsWith("パス") ? k + n + d
            : k.contains("birth") || k.contains("naci") || k.contains("né") || k.contains("Geburt") || k.contains("nasc") ? k + "04/03/19" + d.substring(2)
            : k.contains("生年") ? k + "19" + d.substring(2) + "年3月4日"
            : k + d);
    return Arbitraries.oneOf(phone, spelled, email, flat, keyed);
  }

  @Property(tries = 300, seed = "-3355927905629815379")
  void noGeneratedFormatReachesAPublicPost(@ForAll("cases") Case c) {
    Empathy empathy = Empathy.builder().locale(c.locale()).clock(Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC)).build();
    String text = "x " + c.value();
    Composer compose = empathy.compose().conversation("leak", 0).customer("Dana");
    compose.acknowledge(Emotion.FRUSTRATED, c.field() == 0 ? text : "the double charge");
    compose.summary(c.field() == 1 ? text : "you were charged twice");
    compose.action(c.field() == 2 ? text : "I’ve refunded it");
    compose.timeline(Timeline.businessDays(2));
    compose.followUp(c.field() == 3 ? text : "I’ll check back on Friday");
    dev.empathy.compose.Reply reply = compose.build();
    Rendered r = Channels.require("social").render(reply, RenderOptions.builder().flavor(c.flavor()).build());
    String value = c.value();
    String secretPart = value.replaceAll("^.*?(?=[\\p{N}〇一二三四五六七八九]|[a-z]{3,}[_@ ]|[a-z]+\\d)", "");
    for (String post : r.parts().subList(0, r.parts().size() - 1)) {
      assertFalse(post.contains(secretPart), () -> "leaked «" + value + "» in: " + post);
    }
    // A situation that reads as a sentence ("x your code is now 0000") is left out of the reply,
    // with a warning, when a summary is given: then no part carries it.
    // So is one that reads as another language than the reply's ("x aaa @ aaa.com" in a Spanish
    // reply), named in its own warning.
    boolean leftOut = reply.warnings().stream().anyMatch(w -> w.startsWith("situation: reads as a sentence")
        || w.startsWith("situation: ") && w.contains("reads as another language"));
    // French typography turns the space typed before ':' into a no-break space (CallerTypography):
    // the DM keeps every character of the value, with its spaces as the locale writes them.
    String dm = r.parts().get(r.parts().size() - 1).replace('\u00a0', ' ').replace('\u202f', ' ');
    // The customer's first person may be said back in the reply's person ("cambié el PIN a 0000" →
    // "cambió el PIN a 0000", OwnPerson): the words before the private part may change, the
    // private part itself (from its first digit on) is kept whole.
    String fromDigits = value.replaceAll("^[^\\p{N}]*", "");
    assertTrue(leftOut || dm.contains(value) || !fromDigits.isEmpty() && dm.contains(fromDigits),
        () -> "the DM keeps everything: «" + value + "» in: " + dm);
  }

  @Property(tries = 60)
  void aGreetingNeverUsesANumberOrAnAddressAsAName(
      @ForAll("localesArb") Locale locale, @ForAll("nonNames") String name) {
    Empathy empathy = Empathy.builder().locale(locale).build();
    Rendered r = Channels.require("social").render(
        empathy.compose().conversation("n", 0).customer(name).acknowledge(Emotion.CONFUSED, "the invoice").action("I’ve checked it").build(),
        RenderOptions.builder().build());
    String first = name.split("\\s+")[0];
    assertFalse(r.parts().get(0).contains(first), () -> "greeted «" + name + "»: " + r.parts().get(0));
  }

  @Provide
  Arbitrary<Locale> localesArb() {
    return Arbitraries.of(LOCALES);
  }

  @Provide
  Arbitrary<String> nonNames() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(1000, 99999).map(String::valueOf),
        Arbitraries.integers().between(1, 999).map(n -> n + " Elm Street"),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(8).map(u -> u + "@example.com"),
        Arbitraries.integers().between(100, 999).map(n -> "+1-415-555-0" + n));
  }
}
