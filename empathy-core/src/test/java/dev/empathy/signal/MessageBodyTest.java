package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessageBodyTest {
  private static final Analyzer EN = Analyzer.forLocale(Locale.US);

  /** The customer's own words of a view, with blanks and pads squeezed out. */
  private static String own(String view) {
    return view.replace(String.valueOf(MessageBody.PAD), "").replaceAll("\\s+", " ").strip();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "On Mon, 3 Nov 2025 at 10:02, Support <help@printco.com> wrote:\n> We are so sorry you are furious.",
    "> On 12 Nov 2025, at 09:14, Acme Care <care@acme.com> wrote:\n>\n> Furious? We're sorry.",
    "-----Original Message-----\nFrom: Support Team <support@widgets.io>\nSent: Tuesday, November 4, 2025 3:41 PM\nSorry you're furious.",
    "From: Support <s@x.com>\nSent: Tuesday\nTo: me\nSubject: RE: furious",
    "-------- Original message --------\nFrom: Refunds <refunds@travelnow.com>\nDate: 10/11/2025\nfurious",
    "El lun, 3 nov 2025 a las 10:02, Soporte (<soporte@tienda.es>) escribió:\n> furious",
    "Le mar. 4 nov. 2025 à 09:15, Service Client <sav@boutique.fr> a écrit :\n> furious",
    "Am Mo., 3. Nov. 2025 um 10:02 Uhr schrieb Kundenservice <service@shop.de>:\n> furious",
    "Em seg., 3 de nov. de 2025 às 10:02, Suporte <suporte@loja.com.br> escreveu:\n> furious"
  })
  void quotedHistoryFromCommonMailClientsIsNotTheCustomersWords(String history) {
    String text = "Still broken.\n\n" + history;
    MessageBody body = MessageBody.of(text);
    assertEquals("Still broken.", own(body.words()));
    assertTrue(body.hadHistory());
    assertFalse(EN.analyze(text).emotions().stream().anyMatch(f -> f.label().label().equals("angry")));
  }

  @Test
  void deviceSignaturesAndSignOffBlocksAreDropped() {
    String text = "Please fix the invoice.\n\nRegards,\nMartin Kowalski\nFinance Manager\n\nSent from my iPhone";
    assertEquals("Please fix the invoice. Regards,", own(MessageBody.of(text).words()));
    String disclaimer = "No rush.\n--\nTom | Design Lead\nThis email is confidential; if you received it in error, delete it.";
    assertEquals("No rush.", own(MessageBody.of(disclaimer).words()));
  }

  /** Found by MessageBodyProperties' random seeds: a web form's line break reads as the break itself. */
  @ParameterizedTest
  @ValueSource(strings = {"by tomorrow\n!!!Regards", "Kind regards,\n!!!by tomorrow but my mum died", "Thanks\nactually no, it broke again"})
  void aLineBreakEscapedAsBrReadsAsTheLineBreak(String text) {
    String form = text.replace("\n", "<br>");
    var plain = EN.analyze(text);
    var escaped = EN.analyze(form);
    assertEquals(plain.primary(), escaped.primary(), form);
    assertEquals(plain.escalation().level(), escaped.escalation().level(), form);
    assertEquals(own(MessageBody.of(text).words()), own(MessageBody.of(form).words()), form);
  }

  @Test
  void aSentenceAfterASignOffIsStillTheCustomersWords() {
    String text = "It works now. Thanks\nactually no, it broke again";
    assertEquals(own(text), own(MessageBody.of(text).words()));
  }

  @Test
  void aUrlEndsAtTheFirstNonAsciiCharacter() {
    assertEquals("最悪", own(MessageBody.of("https://x.jp/a最悪").words()));
  }

  @Test
  void aSignOffFollowedByMoreMessageIsKept() {
    String text = "Thanks,\nbut it still does not work and I need it by tomorrow because the whole team is blocked";
    assertEquals(own(text), own(MessageBody.of(text).words()));
  }

  @Test
  void webFormEntitiesAndTagsReadAsTextWithOffsetsIntoTheOriginal() {
    String text = "I can&#39;t log in &amp; I&#39;m FURIOUS<br>Name: Ricky";
    MessageBody body = MessageBody.of(text);
    assertEquals("I can't log in & I'm FURIOUS Name: Ricky", own(body.words()));
    assertEquals("I can't log in & I'm FURIOUS", body.decoded().substring(0, body.decoded().indexOf("FURIOUS") + 7));
    assertEquals(text.indexOf("I&#39;m"), body.original(body.words().indexOf("I'm")));
    assertEquals(text.indexOf(" log"), body.original(body.words().indexOf("can't") + 5), "a span ending on the decoded ' takes the whole entity");
    assertEquals(text.length(), body.original(body.words().length()));
    Signals s = EN.analyze(text);
    Evidence furious = s.emotions().get(0).evidence().stream().filter(e -> e.text().equals("FURIOUS")).findFirst().orElseThrow();
    assertEquals(text.indexOf("FURIOUS"), furious.start());
  }

  @Test
  void anEscapedApostropheInsideAWordKeepsTheWordWhole() {
    Signals plain = EN.analyze("I can't stand this anymore, cancel my account");
    Signals form = EN.analyze("I can&#39;t stand this anymore, cancel my account");
    assertEquals(plain.primary(), form.primary());
    assertEquals(plain.escalation().level(), form.escalation().level());
  }

  @Test
  void urlsAddressesAndHandlesAreBlanked() {
    String text = "see https://x.io/cancel-my-account?furious=1, write to lawyer@firm.com or @CancelNow";
    assertEquals("see , write to or", own(MessageBody.of(text).words()));
    assertEquals(EscalationLevel.NONE, EN.analyze(text).escalation().level());
  }

  @Test
  void aHandleIsAnAddressNeverAnActOfExposure() {
    Signals complaint = EN.analyze("@AcmeSupport been on hold for two hours, this is ridiculous");
    assertFalse(complaint.escalation().has(SignalKind.PUBLIC_EXPOSURE), complaint::toString);
    Signals sarcasm = EN.analyze("oh i just LOVE spending my sunday morning on hold with @SkyJetAir");
    assertFalse(sarcasm.escalation().has(SignalKind.PUBLIC_EXPOSURE), sarcasm::toString);
    Signals told = EN.analyze("everyone should know how @SkyJetAir treats disabled passengers");
    assertTrue(told.escalation().has(SignalKind.PUBLIC_EXPOSURE), told::toString);
    Signals question = EN.analyze("@ShopRite_Help hi, can you DM me? my order number isn't working in the tracker");
    assertFalse(question.escalation().has(SignalKind.PUBLIC_EXPOSURE));
    assertNull(MessageBody.of("mail me at a@b.com").handle());
  }

  @Test
  void stretchedLettersReadOnceForMatchingButStayForTypography() {
    MessageBody body = MessageBody.of("thank youuuu sooo much");
    assertEquals("thank you so much", own(body.words()));
    assertEquals("thank youuuu sooo much", body.typed());
    assertEquals(EN.analyze("thank you so much").primary(), EN.analyze("thank youuuu sooo much").primary());
  }

  @Test
  void commonSlipsMatchTheWordTheyMean() {
    assertEquals(EN.analyze("this is frustrating").primary(), EN.analyze("this is frustating").primary());
    assertEquals(EN.analyze("I'm disappointed").primary(), EN.analyze("Im dissapointed").primary());
    // "mourning" does not read "morning" as a slip: a morning payment is not grief.
    assertFalse(EN.analyze("Has the payment I made this morning gone through?").primary().label().equals("sad"));
  }

  @Test
  void englishMixedIntoAnotherLocaleIsRead() {
    Analyzer fr = Analyzer.forLocale(Locale.FRENCH);
    Signals s = fr.analyze("wtf, personne ne répond");
    assertTrue(s.emotions().stream().anyMatch(f -> f.evidence().stream().anyMatch(e -> e.text().equals("wtf"))));
    // German "still" is quiet, not "still not fixed".
    Analyzer de = Analyzer.forLocale(Locale.GERMAN);
    assertFalse(de.analyze("Es ist still im Haus").escalation().has(SignalKind.REPEAT_CONTACT));
  }

  @Test
  void aMessageThatIsOnlyHistoryReadsAsNeutral() {
    Signals s = EN.analyze("> I'm furious, cancel my account or I'll sue\n> third time!!!");
    assertEquals("neutral", s.primary().label());
    assertEquals(EscalationLevel.NONE, s.escalation().level());
  }
}
