package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.empathy.Register;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * French and German first persons turned by {@link OwnPerson}, on sentences built from
 * hand-written conjugations (not read from the data): the subject, the verb and the possessive
 * agree in the reply's person and the noun's gender and number ("ma commande" → "votre/ta
 * commande", "meinen Vertrag" → "Ihren/deinen Vertrag"), in every word order German allows; and any
 * text (arbitrary Unicode, emoji with ZWJ, combining marks, RTL, unpaired surrogates, controls, 100
 * KB) never crashes and never keeps the customer's subject in a turned text. The customer's "we"
 * ({@link CustomerWe}) turns with its verb and possessive, and never stays in a turned text.
 */
class FrenchGermanOwnPersonProperties {
  /** je-form | vous-form | tu-form, each with a participle or complement. */
  private static final String[][] FR_VERBS = {
      {"ai reçu", "avez reçu", "as reçu"}, {"attends", "attendez", "attends"}, {"cherche", "cherchez", "cherches"},
      {"suis sans", "êtes sans", "es sans"}, {"veux", "voulez", "veux"}, {"dois renvoyer", "devez renvoyer", "dois renvoyer"},
      {"avais commandé", "aviez commandé", "avais commandé"}, {"paie", "payez", "paies"}, {"prends", "prenez", "prends"},
      {"comprends", "comprenez", "comprends"}, {"trouve", "trouvez", "trouves"}, {"voudrais", "voudriez", "voudrais"}};
  /** first-person possessive + noun | formal | informal. */
  private static final String[][] FR_OBJECTS = {
      {"ma commande", "votre commande", "ta commande"}, {"mon colis", "votre colis", "ton colis"},
      {"mes billets", "vos billets", "tes billets"}, {"mon adresse", "votre adresse", "ton adresse"}};
  /** ich-form | Sie-form | du-form. */
  private static final String[][] DE_VERBS = {
      {"habe", "haben", "hast"}, {"brauche", "brauchen", "brauchst"}, {"suche", "suchen", "suchst"},
      {"finde", "finden", "findest"}, {"bekomme", "bekommen", "bekommst"}, {"vermisse", "vermissen", "vermisst"},
      {"erwarte", "erwarten", "erwartest"}, {"sehe", "sehen", "siehst"}, {"möchte", "möchten", "möchtest"}};
  private static final String[][] DE_OBJECTS = {
      {"meine Bestellung", "Ihre Bestellung", "deine Bestellung"}, {"meinen Vertrag", "Ihren Vertrag", "deinen Vertrag"},
      {"mein Paket", "Ihr Paket", "dein Paket"}, {"meine Unterlagen", "Ihre Unterlagen", "deine Unterlagen"}};

  @Property(tries = 300)
  void frenchSubjectVerbAndPossessiveAgree(
      @ForAll("fr") int[] pick, @ForAll Register register, @ForAll boolean negated, @ForAll boolean colloquial) {
    String[] v = FR_VERBS[pick[0] % FR_VERBS.length];
    String[] o = FR_OBJECTS[pick[1] % FR_OBJECTS.length];
    int to = register == Register.FORMAL ? 1 : 2;
    // The finite verb is the first word; the negation goes around it ("je n’ai pas reçu").
    String verb = v[0].split(" ", 2)[0];
    String rest = v[0].contains(" ") ? " " + v[0].split(" ", 2)[1] : "";
    boolean vowel = "aeiouyéèêh".indexOf(verb.charAt(0)) >= 0;
    String subject = vowel && !(negated && !colloquial) ? "j’" : "je ";
    String typed = subject + (negated && !colloquial ? (vowel ? "n’" : "ne ") : "") + verb + (negated ? " pas" : "") + rest + " " + o[0];
    String turnedVerb = v[to].split(" ", 2)[0];
    boolean turnedVowel = "aeiouyéèêh".indexOf(turnedVerb.charAt(0)) >= 0;
    String expected = (to == 1 ? "vous " : "tu ") + (negated ? (turnedVowel ? "n’" : "ne ") : "") + turnedVerb
        + (negated ? " pas" : "") + rest + " " + o[to];
    Locale fr = Locale.FRENCH;
    assertEquals(expected, OwnPerson.forLocale(fr).turn(typed, register, CallerClauses.forLocale(fr).inRegister(register)), typed);
  }

  @Property(tries = 300)
  void germanSubjectVerbAndPossessiveAgreeInEveryWordOrder(@ForAll("de") int[] pick, @ForAll Register register) {
    String[] v = DE_VERBS[pick[0] % DE_VERBS.length];
    String[] o = DE_OBJECTS[pick[1] % DE_OBJECTS.length];
    int to = register == Register.FORMAL ? 1 : 2;
    String you = to == 1 ? "Sie" : "du";
    String[] typed = {
        "ich " + v[0] + " " + o[0] + " nicht",
        "seit Tagen " + v[0] + " ich " + o[0] + " nicht",
        "ich bin sauer, weil ich " + o[0] + " nicht " + v[0],
        "und jetzt " + v[0] + " ich " + o[0] + " nicht"};
    String[] expected = {
        you + " " + v[to] + " " + o[to] + " nicht",
        "seit Tagen " + v[to] + " " + you + " " + o[to] + " nicht",
        you + (to == 1 ? " sind" : " bist") + " sauer, weil " + you + " " + o[to] + " nicht " + v[to],
        "und jetzt " + v[to] + " " + you + " " + o[to] + " nicht"};
    Locale de = Locale.GERMAN;
    int form = pick[2] % typed.length;
    assertEquals(expected[form], OwnPerson.forLocale(de).turn(typed[form], register, CallerClauses.forLocale(de).inRegister(register)));
  }

  /** wir-form (also the Sie form) of German verbs, and nous-form | vous-form of French ones (hand-written). */
  private static final String[] DE_WE_VERBS = {"haben", "warten", "bekommen", "wohnen", "brauchen", "zahlen", "sind"};
  private static final String[][] FR_WE_VERBS = {
      {"avons", "avez"}, {"attendons", "attendez"}, {"sommes", "êtes"}, {"payons", "payez"}, {"recevons", "recevez"}};
  /** plural possessive + noun | formal. */
  private static final String[][] DE_WE_OBJECTS = {
      {"unsere Rechnung", "Ihre Rechnung"}, {"unseren Vertrag", "Ihren Vertrag"}, {"unser Paket", "Ihr Paket"},
      {"unserem Techniker", "Ihrem Techniker"}};
  private static final String[][] FR_WE_OBJECTS = {{"notre commande", "votre commande"}, {"nos billets", "vos billets"}};

  /** The customer's "we" turns with its verb and possessive ("wir warten auf unser Paket" → "Sie warten auf Ihr Paket"). */
  @Property(tries = 200)
  void theCustomersWeAgreesWithItsVerbAndPossessive(@ForAll("de") int[] pick, @ForAll Register register, @ForAll boolean negated) {
    String verb = DE_WE_VERBS[pick[0] % DE_WE_VERBS.length];
    String[] o = DE_WE_OBJECTS[pick[1] % DE_WE_OBJECTS.length];
    String not = negated ? " nicht" : "";
    String[] typed = {"wir " + verb + not + " " + o[0], "seit Tagen " + verb + " wir" + not + " " + o[0]};
    String[] said = {"Sie " + verb + not + " " + o[1], "seit Tagen " + verb + " Sie" + not + " " + o[1]};
    int form = pick[2] % 2;
    Locale de = Locale.GERMAN;
    String turned = OwnPerson.forLocale(de).turn(typed[form], Register.FORMAL, CallerClauses.forLocale(de).inRegister(Register.FORMAL));
    assertEquals(said[form], turned);
    String[] f = FR_WE_VERBS[pick[0] % FR_WE_VERBS.length];
    String[] fo = FR_WE_OBJECTS[pick[1] % FR_WE_OBJECTS.length];
    boolean vowel = "aeiouéê".indexOf(f[0].charAt(0)) >= 0;
    String frTyped = "nous " + (negated ? (vowel ? "n’" : "ne ") : "") + f[0] + (negated ? " pas" : "") + " " + fo[0];
    String frSaid = "vous " + (negated ? (vowel ? "n’" : "ne ") : "") + f[1] + (negated ? " pas" : "") + " " + fo[1];
    Locale fr = Locale.FRENCH;
    // "vous" is also the plural of "tu": both registers say it.
    assertEquals(frSaid, OwnPerson.forLocale(fr).turn(frTyped, register, CallerClauses.forLocale(fr).inRegister(register)));
  }

  @Property(tries = 300)
  void anyTextNeverCrashesTheWeAndATurnedOneKeepsNoWe(@ForAll("text") String text, @ForAll Register register) {
    for (String tag : new String[] {"fr", "de"}) {
      String turned = CustomerWe.forLocale(Locale.forLanguageTag(tag)).turn(text, register);
      if (turned != null) {
        String words = " " + turned.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}’']+", " ") + " ";
        // "notre", "unser" may be the company they addressed, said as ours; the subject never stays.
        for (String we : tag.equals("fr") ? new String[] {" nous "} : new String[] {" wir "}) {
          assertFalse(words.contains(we), () -> tag + " kept \"" + we.strip() + "\" in: " + turned);
        }
      }
    }
  }

  @Provide
  Arbitrary<int[]> fr() {
    return Arbitraries.integers().between(0, 1000).array(int[].class).ofSize(2);
  }

  @Provide
  Arbitrary<int[]> de() {
    return Arbitraries.integers().between(0, 1000).array(int[].class).ofSize(3);
  }

  @Provide
  Arbitrary<String> text() {
    Arbitrary<String> words = Arbitraries.of("je", "j’", "j'", "ai", "n’", "ne", "pas", "me", "suis", "ma", "mon", "vous", "commande",
        "nous", "notre", "nos", "avons", "wir", "uns", "unser", "unsere", "Ihr", "Ihre", "bei", "für", "votre", "Votre",
        "ich", "habe", "warte", "mich", "mir", "meine", "weil", "und", "seit", "Paket", "nicht", "der", "kaputte", "Router",
        "👩‍👩‍👧", "e\u0301", "שלום", "\uD800", "\u0000", "\u202E", "  ", "\n", "’", ",", "!", "JE", "ICH");
    return Arbitraries.oneOf(
        words.list().ofMaxSize(16).map(l -> String.join(" ", l)),
        Arbitraries.strings().ofMaxLength(200),
        Arbitraries.strings().withChars("je ai ich habe’, ").ofMinLength(100_000).ofMaxLength(100_000));
  }

  @Property(tries = 300)
  void anyTextNeverCrashesAndATurnedOneKeepsNoSubject(@ForAll("text") String text, @ForAll Register register) {
    for (String tag : new String[] {"fr", "de"}) {
      Locale locale = Locale.forLanguageTag(tag);
      String turned = OwnPerson.forLocale(locale).turn(text, register, CallerClauses.forLocale(locale).inRegister(register));
      if (turned != null) {
        String words = " " + turned.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}’']+", " ") + " ";
        for (String subject : tag.equals("fr") ? new String[] {" je ", " j’", " j'"} : new String[] {" ich "}) {
          assertFalse(words.contains(subject), () -> tag + " kept \"" + subject.strip() + "\" in: " + turned);
        }
      }
      SituationShape.forLocale(locale).accusative(text);
    }
  }
}
