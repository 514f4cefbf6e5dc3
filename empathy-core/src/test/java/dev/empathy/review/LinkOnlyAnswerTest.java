package dev.empathy.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Empathy;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * A customer's question met with only a link or a policy pointer ({@code deflection.link_only}),
 * in the shapes brand accounts reply with on X, and the replies that also answer.
 */
class LinkOnlyAnswerTest {
  private static final Empathy EN = Empathy.builder().locale(Locale.US).build();
  private static final String RULE = "deflection.link_only";

  private static List<FrictionFinding> found(String customer, String reply) {
    ReviewContext ctx = customer == null
        ? ReviewContext.builder().channel("social").build()
        : ReviewContext.builder().customerText(customer).channel("social").build();
    return EN.review(reply, ctx).findings().stream().filter(f -> f.rule().equals(RULE)).toList();
  }

  @Test
  void aBareLinkAnsweringAQuestionIsFoundOnThePointingSentence() {
    List<FrictionFinding> f = found(
        "@AcmeHelp how do I change the delivery address on my order?",
        "Hi there, you can find info here: https://help.acme.com/s/article/delivery-changes");
    assertEquals(1, f.size());
    assertEquals("Hi there, you can find info here: https://help.acme.com/s/article/delivery-changes", f.get(0).text());
    assertEquals(FrictionCategory.DEFLECTION, f.get(0).category());
    assertTrue(f.get(0).suggestion().startsWith("[Answer their question in one line"), f.get(0).suggestion());
    assertTrue(f.get(0).suggestion().contains("[link]"), f.get(0).suggestion());
  }

  @Test
  void aPolicyPointerIsNotAnAnswerEvenWhenItNamesTheTopic() {
    List<FrictionFinding> f = found(
        "Can I still get a refund if I opened the box?",
        "Hey Sam! Please see our refund policy: acme.co/returns-policy ^JT");
    assertEquals(1, f.size());
    assertTrue(f.get(0).text().startsWith("Please see our refund policy"), f.get(0).text());
  }

  @Test
  void aQuestionWithoutAQuestionMarkStillCounts() {
    assertEquals(1, found(
        "@SkyFly what's the baggage allowance for infants",
        "Hi Priya, all the info you need is on our website: https://www.skyfly.com/baggage").size());
    assertEquals(1, found(
        "is there a fee for changing my plan mid month. thanks",
        "Thanks for reaching out! Check our FAQ page for more details on plan changes.").size());
  }

  @Test
  void quietWhenTheReplyAlsoAnswersWithTheQuestionsWords() {
    assertTrue(found(
        "How do I change the delivery address on my order?",
        "You can change the delivery address until the order ships: open the order and tap Edit. More here: https://help.acme.com/a/12").isEmpty());
  }

  @Test
  void quietWhenTheReplyGivesANumberOrADate() {
    assertTrue(found(
        "When will my refund arrive??",
        "Refunds land within 5-7 working days, see https://acme.com/refunds for details.").isEmpty());
    assertTrue(found(
        "Is the store open on Sunday?",
        "Hi! Opening hours are on our website: acme.com/stores. It opens at 10am.").isEmpty());
  }

  @Test
  void quietWhenTheCustomerAskedNothingOrNoCustomerTextIsGiven() {
    String reply = "Hi there, you can find info here: https://help.acme.com/s/article/delivery-changes";
    assertTrue(found("My parcel arrived today, all good. Thanks team.", reply).isEmpty());
    assertTrue(found(null, reply).isEmpty());
  }

  @Test
  void quietWhenTheReplyHasNoLinkOrPointer() {
    assertTrue(found("Why was I charged twice?", "So sorry about that! Please DM us so we can look into it.").isEmpty());
  }

  @Test
  void greetingsAndSignOffsAroundThePointerDoNotCountAsAnAnswer() {
    List<FrictionFinding> f = found(
        "Why is my bill higher this month? And can I pay by card?",
        "Hello! Details about billing can be found on our help page. Have a great day!");
    assertEquals(1, f.size());
    assertEquals("Details about billing can be found on our help page.", f.get(0).text());
  }

  private static List<String> rules(String locale, String customer, String reply) {
    return Empathy.builder().locale(locale).build()
        .review(reply, ReviewContext.builder().customerText(customer).build())
        .findings().stream().map(FrictionFinding::rule).toList();
  }

  @Test
  void otherLanguagesReadTheirOwnQuestionWordsAndPointers() {
    assertTrue(rules("es", "¿Cómo cambio la dirección de envío?", "¡Hola! Encontrarás la información en nuestra web: https://acme.es/ayuda").contains(RULE));
    assertTrue(rules("de", "Wie kann ich meine Lieferadresse ändern", "Hallo! Alle Infos findest du auf unserer Hilfeseite: https://acme.de/hilfe").contains(RULE));
    assertTrue(rules("fr", "Pourquoi ma commande est bloquée ?", "Bonjour, consultez notre FAQ : https://acme.fr/faq").contains(RULE));
    assertTrue(rules("pt-BR", "Como faço para trocar o endereço de entrega?", "Olá! Veja nosso site: https://acme.com.br/ajuda").contains(RULE));
    // The same reply that also answers in the customer's words, and a message that asks nothing.
    assertTrue(!rules("es", "¿Cómo cambio la dirección de envío?", "Puedes cambiar la dirección de envío desde el pedido, en Editar. Más aquí: https://acme.es/ayuda").contains(RULE));
    assertTrue(!rules("de", "Danke, das Paket ist angekommen.", "Hallo! Alle Infos findest du auf unserer Hilfeseite: https://acme.de/hilfe").contains(RULE));
  }

  @Property(tries = 60)
  void anyTextAroundAQuestionAndALinkKeepsEveryFindingsPromise(@ForAll String x) {
    String reply = "Hi there, you can find info here: https://help.acme.com/" + x + " " + x;
    Review r = EN.review(reply, ReviewContext.builder().customerText("how do I " + x + "? " + x).build());
    for (FrictionFinding f : r.findings()) {
      assertEquals(reply.substring(f.start(), f.end()), f.text());
      assertTrue(!f.suggestion().isBlank(), f.rule());
    }
  }
}
