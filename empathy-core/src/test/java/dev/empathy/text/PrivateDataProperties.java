package dev.empathy.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Every leaking format of the probe, generated with fresh values in every supported language,
 * is found wherever it sits in a sentence; and no text, however hostile, breaks the detector.
 */
class PrivateDataProperties {
  /** A private value as a customer or an agent would write it, and the sentence around it. */
  record Leak(String language, String before, String value, String after) {
    String text() {
      return before + value + after;
    }
  }

  static final List<String> LANGUAGES = List.of("en", "es", "fr", "de", "pt", "ja");

  private static final Map<String, List<String>> DIGITS =
      Map.of(
          "en", List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
          "es", List.of("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"),
          "fr", List.of("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"),
          "de", List.of("null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"),
          "pt", List.of("zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"),
          "ja", List.of("〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"));
  private static final Map<String, String[]> AT_DOT =
      Map.of("en", new String[] {"at", "dot"}, "es", new String[] {"arroba", "punto"}, "fr", new String[] {"arobase", "point"},
          "de", new String[] {"at", "punkt"}, "pt", new String[] {"arroba", "ponto"}, "ja", new String[] {"アット", "ドット"});
  /** {keyword before a value} per kind and language; the value follows after one space. */
  private static final Map<String, Map<String, List<String>>> KEYWORDS =
      Map.of(
          "code", Map.of("en", List.of("PIN", "door code is", "verification code:", "reset your PIN to", "PIN is now", "code has been changed to", "PIN: is"),
              "es", List.of("PIN", "código", "cambié el PIN a", "el código es ahora"), "fr", List.of("code", "code confidentiel", "j’ai changé mon code en", "le code est maintenant"),
              "de", List.of("PIN", "Geheimzahl", "die PIN wurde auf", "der Code ist jetzt"), "pt", List.of("PIN", "código", "mudei o PIN para", "o código agora é"),
              "ja", List.of("暗証番号は", "認証コード", "暗証番号を", "暗証番号が")),
          "password", Map.of("en", List.of("password:", "password is", "passcode =", "I set my password to", "password is now"), "es", List.of("contraseña:", "contraseña es", "cambié la contraseña a"),
              "fr", List.of("mot de passe :", "mot de passe est", "mot de passe changé en"), "de", List.of("Passwort:", "Kennwort lautet", "Passwort ist jetzt"),
              "pt", List.of("senha:", "senha é", "mudei a senha para"), "ja", List.of("パスワードは", "パスワード：", "パスワードを")),
          "pobox", Map.of("en", List.of("PO Box", "P.O. Box"), "es", List.of("apartado de correos", "casilla"), "fr", List.of("boîte postale", "BP"),
              "de", List.of("Postfach"), "pt", List.of("caixa postal"), "ja", List.of("私書箱")),
          "cardend", Map.of("en", List.of("card ending", "card ending in", "last four digits"), "es", List.of("tarjeta terminada en"), "fr", List.of("carte se terminant par"),
              "de", List.of("Karte endend auf"), "pt", List.of("cartão final"), "ja", List.of("カード下4桁", "末尾")),
          "user", Map.of("en", List.of("username:", "user ID"), "es", List.of("usuario:"), "fr", List.of("identifiant :"),
              "de", List.of("Benutzername:"), "pt", List.of("usuário:"), "ja", List.of("ユーザー名:")),
          "born", Map.of("en", List.of("date of birth", "DOB:", "born on"), "es", List.of("fecha de nacimiento"), "fr", List.of("né le", "date de naissance"),
              "de", List.of("Geburtsdatum", "geboren am"), "pt", List.of("data de nascimento"), "ja", List.of("生年月日は")));
  private static final List<String> DASHES = List.of("-", "–", "—", " ", ".", "‑", " – ");
  private static final List<String> BEFORE = List.of("", "Hi! ", "Thanks, ", "Danke. ", "ok ", "(", "«", "\n", "I’m sorry. ");
  private static final List<String> AFTER = List.of("", ".", "!", " thanks", ")", "». ", ", ok?", "\n", " です。");

  @Provide
  Arbitrary<Leak> leaks() {
    Arbitrary<String> language = Arbitraries.of(LANGUAGES);
    return language.flatMap(l -> Combinators.combine(Arbitraries.of(BEFORE), value(l), Arbitraries.of(AFTER)).as((b, v, a) -> new Leak(l, b, v, a)));
  }

  private static Arbitrary<String> value(String l) {
    Arbitrary<String> digits4 = Arbitraries.strings().numeric().ofLength(4);
    Arbitrary<String> phone =
        Combinators.combine(Arbitraries.strings().numeric().ofLength(3), Arbitraries.strings().numeric().ofLength(3), digits4, Arbitraries.of(DASHES))
            .as((a, b, c, d) -> a + d + b + d + c);
    Arbitrary<String> spelled =
        Arbitraries.integers().between(0, 9).list().ofMinSize(7).ofMaxSize(11)
            .map(ds -> String.join(l.equals("ja") ? "" : " ", ds.stream().map(d -> DIGITS.get(l).get(d)).toList()));
    Arbitrary<String> mailbox = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(10);
    Arbitrary<String> email =
        Combinators.combine(mailbox, mailbox, Arbitraries.of("com", "fr", "de", "co.uk", "com.br"), Arbitraries.integers().between(0, 2))
            .as((u, d, tld, form) -> switch (form) {
              case 0 -> u + " " + AT_DOT.get(l)[0] + " " + d + " " + AT_DOT.get(l)[1] + " " + tld.replace(".", " " + AT_DOT.get(l)[1] + " ");
              case 1 -> u + " @ " + d + "." + tld;
              default -> u + "(at)" + d + "(dot)" + tld.replace(".", "(dot)");
            });
    Arbitrary<String> unit =
        Combinators.combine(Arbitraries.integers().between(1, 999), Arbitraries.of("", "A", "B"), Arbitraries.integers().between(1, 120))
            .as((n, s, st) -> "Apt " + n + s + ", " + (st + 10) + " W " + st + "th St");
    Arbitrary<String> keyed = Arbitraries.of(KEYWORDS.keySet().stream().sorted().toList()).flatMap(kind -> {
      Arbitrary<String> kw = Arbitraries.of(KEYWORDS.get(kind).get(l));
      Arbitrary<String> v = switch (kind) {
        case "password" -> Combinators.combine(Arbitraries.strings().alpha().ofMinLength(3).ofMaxLength(10), Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(4)).as((a, b) -> a + b);
        case "pobox" -> Arbitraries.integers().between(1, 99999).map(String::valueOf);
        case "user" -> Combinators.combine(mailbox, mailbox).as((a, b) -> a + "_" + b);
        case "born" -> Combinators.combine(Arbitraries.integers().between(1, 28), Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1930, 2010))
            .as((d, m, y) -> l.equals("ja") ? y + "年" + m + "月" + d + "日" : String.format(Locale.ROOT, "%02d/%02d/%d", d, m, y));
        default -> digits4;
      };
      return Combinators.combine(kw, v).as((k, x) -> k + " " + x);
    });
    return Arbitraries.oneOf(phone, spelled, email, unit, keyed);
  }

  @Property(tries = 600)
  void everyGeneratedFormatIsFound(@ForAll("leaks") Leak leak) {
    String text = leak.text();
    int from = leak.before().length();
    int to = from + leak.value().length();
    List<PrivateData.Span> found = PrivateData.forLocale(Locale.forLanguageTag(leak.language())).find(text);
    assertTrue(found.stream().anyMatch(s -> s.start() < to && s.end() > from), () -> "missed in " + leak.language() + ": «" + text + "»");
    List<PrivateData.Span> wide = PrivateData.everyLanguage().find(text);
    assertTrue(wide.stream().anyMatch(s -> s.start() < to && s.end() > from), () -> "everyLanguage missed: «" + text + "»");
  }

  @Provide
  Arbitrary<String> hostile() {
    Arbitrary<String> pieces =
        Arbitraries.of("a", "1", " ", "-", "–", "@", ".", "#", "password:", "PIN ", "at ", " dot ", "Apt ", "丁目", "番", "号", "\u202E",
            "👩\u200D👩\u200D👧", "\uD800", "e\u0301", "\u0000", "_", "٣", "１", "five ", "〇", "(", ")", "\n");
    return Arbitraries.oneOf(pieces.list().ofMaxSize(200).map(x -> String.join("", x)), Arbitraries.strings().all().ofMaxLength(300));
  }

  @Example
  void hundredKilobyteTextsOfEveryShape() {
    for (String text : List.of("1".repeat(100_000), "a@".repeat(50_000), "five ".repeat(20_000), "Apt 1 ".repeat(15_000), "password: x ".repeat(8_000))) {
      anyTextGivesOrderedSpansInsideIt(text);
    }
  }

  @Property(tries = 200)
  void anyTextGivesOrderedSpansInsideIt(@ForAll("hostile") String text) {
    List<PrivateData.Span> found = PrivateData.everyLanguage().withCustomerName("Dana O'Neil-Ruiz").find(text);
    int last = -1;
    for (PrivateData.Span s : found) {
      assertTrue(s.start() >= last && s.end() <= text.length() && s.end() > s.start(), () -> s + " in a text of " + text.length());
      last = s.start();
    }
  }
}
