package dev.empathy.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Empathy;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Drafts the way brand agents write them (how-tos, canned apologies, refusals, thanks back, replies
 * typed without accents), in six languages, against the customer's message they answer.
 */
class BrandAgentDraftsTest {

  private static Review review(String locale, String customer, String draft, String channel) {
    Empathy e = Empathy.builder().locale(Locale.forLanguageTag(locale)).build();
    return e.review(draft, ReviewContext.builder().customerText(customer).channel(channel).build());
  }

  private static double score(Review r, Criterion c) {
    return r.rubric().get(c).score();
  }

  private static List<String> rules(Review r) {
    return r.findings().stream().map(FrictionFinding::rule).toList();
  }

  @Test
  void aHowToRestatesNothingOfTheCustomersProblem() {
    Review r = review("en", "I was charged again after I cancelled last month?? I want my money back",
        "To cancel your subscription, go to Settings > Billing and tap Cancel.", "social");
    assertTrue(score(r, Criterion.SUMMARY) < 0.5, r.rubric().toString());
    assertTrue(r.score() < 40, String.valueOf(r.score()));
  }

  @Test
  void aRestatementBesideTheHowToStillCounts() {
    Review r = review("en", "I was charged again after I cancelled last month?? I want my money back",
        "You were charged again after cancelling last month, and I'm sorry. To stop any more charges, go to Settings > Billing and tap Cancel.",
        "chat");
    assertTrue(score(r, Criterion.SUMMARY) >= 0.75, r.rubric().toString());
  }

  @Test
  void aPlainRequestAnsweredWithTheStepsIsAnswered() {
    Review en = review("en", "i want to cancel my membership",
        "To cancel, go to Account > Membership > Cancel. Let us know if you need anything else!", "chat");
    assertTrue(en.score() >= 60, en.rubric().toString());
    Review pt = review("pt", "Como faço para cancelar minha assinatura?",
        "É só ir em Configurações > Assinatura e tocar em Cancelar.", "chat");
    assertTrue(pt.score() >= 60, pt.rubric().toString());
    Review ja = review("ja", "配送先の変更方法を教えてください", "マイページの「注文履歴」から変更できます。", "chat");
    assertTrue(ja.score() >= 60, ja.rubric().toString());
  }

  @Test
  void stepsBesideThePointDoNotAnswerARequest() {
    Review r = review("en", "charged $12.99 for a plan I never signed up for. want it refunded",
        "Please note that all plans are billed in advance. To cancel, tap Account > Plan > Cancel.", "email");
    assertTrue(r.score() < 40, r.rubric().toString());
  }

  @Test
  void stepsWithALinkAreNoLinkOnlyAnswer() {
    Review steps = review("en", "how do i reset my password? the link in the app does nothing",
        "Hi! Head to acme.com/reset, enter your email and tap Send link. It should arrive within a minute.", "chat");
    assertFalse(rules(steps).contains("deflection.link_only"), rules(steps).toString());
    Review pointer = review("en", "how do i reset my password? the link in the app does nothing",
        "Hi! Please go to acme.com/help for more info.", "chat");
    assertTrue(rules(pointer).contains("deflection.link_only"), rules(pointer).toString());
  }

  @Test
  void theSameStepsToAnAngryCustomerOweAnAcknowledgement() {
    Review r = review("en", "I was charged AGAIN after cancelling. This is theft!!",
        "To cancel, go to Account > Membership > Cancel.", "chat");
    assertTrue(r.score() < 40, r.rubric().toString());
  }

  @Test
  void aFlaggedCannedApologyIsNoValidation() {
    Review canned = review("en", "@Acme charged twice for my order this month and no one replies to my emails. ridiculous",
        "Hi there, sorry for any inconvenience caused. Please DM us your order number and we'll look into it. ^JM", "social");
    assertTrue(rules(canned).contains("boilerplate.any_inconvenience"), rules(canned).toString());
    assertTrue(score(canned, Criterion.VALIDATION) < 0.5, canned.rubric().toString());
    Review named = review("en", "@Acme charged twice for my order this month and no one replies to my emails. ridiculous",
        "Hi there, so sorry about the double charge and the silence. Please DM us your order number and we'll look into it. ^JM", "social");
    assertTrue(score(named, Criterion.VALIDATION) >= 0.6, named.rubric().toString());
  }

  @Test
  void aRefusalOffersNothing() {
    Review r = review("en", "The heater in room 412 is broken and it's freezing",
        "Unfortunately there is nothing I can do as maintenance is closed at night.", "chat");
    assertEquals(0.0, score(r, Criterion.ACTION_NOW), r.rubric().toString());
  }

  @Test
  void aRuleStatedInThePresentIsNoStepTaken() {
    Review r = review("en", "Why was I charged a late fee when I paid on time?",
        "Late fees are applied automatically if payment is received after the due date.", "email");
    assertTrue(score(r, Criterion.ACTION_NOW) < 0.5, r.rubric().toString());
    Review done = review("en", "Why was I charged a late fee when I paid on time?", "Late fee reversed. Sorry about that!", "email");
    assertEquals(1.0, score(done, Criterion.ACTION_NOW), done.rubric().toString());
  }

  @Test
  void thanksBackToAThankYouIsNoBoilerplate() {
    Review thanked = review("en", "Thank you so much for the quick help yesterday, the new router works great!",
        "Thanks so much for letting us know, that made our day! Enjoy the faster speeds :) ^Sam", "social");
    assertFalse(rules(thanked).contains("boilerplate.thanks_instead"), rules(thanked).toString());
    Review complaint = review("en", "the new router drops every evening, third time I'm writing",
        "Thanks so much for letting us know, that made our day! Enjoy the faster speeds :) ^Sam", "social");
    assertTrue(rules(complaint).contains("boilerplate.thanks_instead"), rules(complaint).toString());
    Review pt = review("pt", "Obrigada pelo atendimento de ontem, resolveu tudo!",
        "Que bom saber disso! Obrigado pelo retorno, ficamos felizes em ajudar. ^Ana", "social");
    assertTrue(pt.findings().isEmpty(), pt.findings().toString());
    Review ptComplaint = review("pt", "Cobraram duas vezes e ninguém responde",
        "Obrigado pelo retorno, ficamos felizes em ajudar. ^Ana", "social");
    assertTrue(rules(ptComplaint).contains("boilerplate.thanks_instead"), rules(ptComplaint).toString());
  }

  @Test
  void germanRewritesPutTheSubjectBackBeforeTheVerb() {
    FrictionFinding f = finding(review("de", "Ich will mein Geld zurück",
        "Gemäß unseren AGB ist eine Erstattung nach 14 Tagen leider nicht möglich.", "email"), "policy.per_policy");
    assertTrue(f.suggestion().startsWith("Eine Erstattung ist nach 14 Tagen leider nicht möglich, aber"), f.suggestion());
    FrictionFinding pronoun = finding(review("de", "Ich will mein Geld zurück",
        "Laut unseren AGB können wir keine Erstattung anbieten.", "email"), "policy.per_policy");
    assertTrue(pronoun.suggestion().startsWith("Wir können keine Erstattung anbieten"), pronoun.suggestion());
    // Inside the sentence, the word order was never broken.
    FrictionFinding inside = finding(review("de", "Ich will mein Geld zurück",
        "Eine Erstattung ist gemäß unseren AGB nicht möglich.", "email"), "policy.per_policy");
    assertTrue(inside.suggestion().startsWith("Eine Erstattung ist nicht möglich"), inside.suggestion());
  }

  @Test
  void portugueseRewriteDropsThePolicyPhraseWhole() {
    FrictionFinding f = finding(review("pt", "O produto veio quebrado",
        "O prazo para troca é de 7 dias conforme política da empresa.", "email"), "policy.per_policy");
    assertFalse(f.suggestion().contains("conforme,"), f.suggestion());
    assertTrue(f.suggestion().startsWith("O prazo para troca é de 7 dias,"), f.suggestion());
  }

  @Test
  void germanBoilerplateApologyIsFound() {
    Review r = review("de", "Zweimal abgebucht und keiner antwortet!",
        "Hallo, wir bitten die entstandenen Unannehmlichkeiten zu entschuldigen. Bitte schick uns deine Bestellnummer per DM.", "social");
    assertTrue(rules(r).contains("boilerplate.any_inconvenience"), rules(r).toString());
  }

  @Test
  void apologiesWithAnAdverbAndWithoutAccentsValidate() {
    Review es = review("es", "El tecnico no vino y perdi el dia de trabajo",
        "Siento muchisimo que el tecnico no llegara y perdieras el dia. Ya te reservé otra visita para mañana de 8 a 10.", "chat");
    assertTrue(score(es, Criterion.VALIDATION) >= 0.7, es.rubric().toString());
    Review de = review("de", "Techniker ist nicht gekommen, ich hab extra Urlaub genommen",
        "Es tut mir wirklich leid, dass Sie umsonst Urlaub genommen haben. Ich habe einen neuen Termin für Donnerstag gebucht.", "email");
    assertTrue(score(de, Criterion.VALIDATION) >= 0.7, de.rubric().toString());
    Review fr = review("fr", "Commande reçue cassée, c'est la deuxième fois !", "C'est vraiment décevant. Je vous renvoie un nouvel article.", "chat");
    assertTrue(score(fr, Criterion.VALIDATION) >= 0.7, fr.rubric().toString());
    Review frPlain = review("fr", "Commande reçue cassée, c'est la deuxième fois !", "C'est vraiment decevant. Je vous renvoie un nouvel article.", "chat");
    assertTrue(score(frPlain, Criterion.VALIDATION) >= 0.7, frPlain.rubric().toString());
  }

  @Test
  void firstPersonPastTensesWithoutAccentsOwnTheStep() {
    Review es = review("es", "no entiendo la factura, me cobraron de mas",
        "Ya revise el cargo y te devolvi la diferencia de 12 €.", "email");
    assertEquals(1.0, score(es, Criterion.ACTION_NOW), es.rubric().toString());
    assertTrue(score(es, Criterion.OWNERSHIP) >= 0.5, es.rubric().toString());
  }

  @Test
  void frenchPresentTenseStepsForTodayAndTheNextCall() {
    Review today = review("fr", "Commande reçue cassée, c'est la deuxième fois !",
        "C'est vraiment décevant, je suis désolée. Je vous renvoie un nouvel article aujourd'hui.", "email");
    assertTrue(score(today, Criterion.ACTION_NOW) >= 0.7, today.rubric().toString());
    Review visit = review("fr", "la box internet coupe tous les soirs depuis une semaine",
        "Désolé pour ces coupures. J'ai lancé un test de ligne : un technicien passera jeudi entre 8h et 12h. Je vous rappelle jeudi soir.", "chat");
    assertEquals(1.0, score(visit, Criterion.EXPECTATIONS), visit.rubric().toString());
    assertEquals(1.0, score(visit, Criterion.FOLLOW_THROUGH), visit.rubric().toString());
  }

  @Test
  void aVagueJapaneseTimeIsNoExpectation() {
    Review r = review("ja", "ログインできません", "近日中にご連絡いたします。", "chat");
    assertTrue(score(r, Criterion.EXPECTATIONS) < 0.5, r.rubric().toString());
    Review concrete = review("ja", "ログインできません", "明日15時までにご連絡いたします。", "chat");
    assertTrue(score(concrete, Criterion.EXPECTATIONS) >= 0.7, concrete.rubric().toString());
  }

  @Test
  void japaneseAsIExplainedIsCondescensionNotAStepTaken() {
    Review r = review("ja", "請求額が間違っています", "前回もご説明しましたとおり、請求額は正しいです。", "email");
    assertTrue(rules(r).contains("condescension.as_i_said"), rules(r).toString());
    assertEquals(0.0, score(r, Criterion.ACTION_NOW), r.rubric().toString());
  }

  private static FrictionFinding finding(Review r, String rule) {
    return r.findings().stream().filter(f -> f.rule().equals(rule)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + rule + " in " + r.findings()));
  }

  /** Session 22's brand drafts: thanks answered to a grateful customer, closed doors, doubting questions, stated times. */
  @Test
  void aThankYouToAGratefulCustomerOwesNoTask() {
    Review r = review("en", "thanks, that fixed it!", "Glad we could help! Have a great day 😊", "chat");
    assertTrue(r.score() >= 90, r.rubric().toString());
    Review promise = review("en", "thanks, that fixed it!", "Glad we could help! We will look into the rest at some point.", "chat");
    assertTrue(promise.score() < r.score(), promise.rubric().toString());
  }

  @Test
  void unfortunatelyBeforeAClosedDoorIsRewrittenWithTheOfferNotKept() {
    Review r = review("en", "I want a refund for the blender, it broke after 3 weeks",
        "Unfortunately there is nothing we can do.", "email");
    FrictionFinding f = r.findings().stream().filter(x -> x.rule().equals("policy.unfortunately")).findFirst().orElseThrow();
    assertFalse(f.suggestion().toLowerCase(Locale.ROOT).contains("nothing we can do"), f.suggestion());
    Review more = review("en", "i need to pay my bill today", "There's nothing else I can do.", "chat");
    assertTrue(rules(more).contains("policy.nothing_i_can_do"), rules(more).toString());
  }

  @Test
  void doubtingThatTheCustomerTriedIsCondescending() {
    Review r = review("en", "still not working, I did everything you said", "Did you even restart the router?", "chat");
    assertTrue(rules(r).contains("condescension.did_you_even"), rules(r).toString());
    Review plain = review("en", "still not working", "Did you restart the router after the update? If so, I'll book an engineer today.", "chat");
    assertFalse(rules(plain).contains("condescension.did_you_even"), rules(plain).toString());
  }

  @Test
  void notTheExperienceWeWantValidatesAndAnAllowedTimeIsAnExpectation() {
    Review r = review("en", "flight delayed 4 hours and no one at the gate knows anything",
        "Hey Sarah! That's definitely not the experience we want for you. Can you DM us your booking reference?", "social");
    assertTrue(score(r, Criterion.VALIDATION) > 0, r.rubric().toString());
    // "It usually takes 10 business days" stays a weaker promise: the wild set's leads scored such
    // process times mediocre (W012, W055), so "take" is no future word; "please allow" names the wait.
    Review allow = review("en", "hey did my refund go through?",
        "Your refund was issued today; please allow 3-5 business days for it to reach your card.", "email");
    assertTrue(score(allow, Criterion.EXPECTATIONS) >= 0.7, allow.rubric().toString());
  }

  @Test
  void aBrandsOwnMailboxInAPublicReplyIsNoPrivateDataButTheCustomersIs() {
    Review own = review("en", "worst customer service ever, 2 hours on hold",
        "So sorry about the wait. Please reach out to us at help@example.com and we'll sort it today.", "social");
    assertFalse(rules(own).contains("channel.private_data"), rules(own).toString());
    Review desk = review("en", "worst customer service ever",
        "Sorry about this! Our Customer.Service@example.co.uk team answers within the hour.", "social");
    assertFalse(rules(desk).contains("channel.private_data"), rules(desk).toString());
    Review theirs = review("en", "where is my receipt",
        "Hi! We've sent the receipt to jane.doe@gmail.com again just now.", "social");
    assertTrue(rules(theirs).contains("channel.private_data"), rules(theirs).toString());
  }

  @Test
  void aFixReportedInThePassiveIsAStepTakenThoughNobodyOwnsIt() {
    Review r = review("en", "@ATTCares no internet all day",
        "@115727 Hi! The outage in your area has been fixed as of 3:15pm. Please restart your router and let us know if you're still having trouble.", "social");
    assertEquals(1.0, score(r, Criterion.ACTION_NOW), r.rubric().toString());
    assertTrue(score(r, Criterion.OWNERSHIP) < 0.5, r.rubric().toString());
    Review later = review("en", "@ATTCares no internet all day",
        "@115727 Hi! Once the outage in your area has been fixed, please restart your router.", "social");
    assertTrue(score(later, Criterion.ACTION_NOW) < 1.0, later.rubric().toString());
  }

  @Test
  void thanksForSharingAnswersPraise() {
    Review r = review("en", "@SpotifyCares the new playlist feature is amazing", "@115715 That's awesome! Thanks for sharing 🙌", "social");
    assertTrue(r.score() >= 90, r.rubric().toString());
  }

  @Test
  void gettingSomethingSortedIsAnIntentNotAStepTaken() {
    Review r = review("en", "@Postmates food arrived cold and 45 min late", "@115725 Oh no! Let's get this sorted. DM us? https://t.co/xyz", "social");
    assertTrue(r.rubric().get(Criterion.ACTION_NOW).evidence().stream().noneMatch(e -> e.text().equals("sorted")), r.rubric().toString());
    Review done = review("en", "@Postmates food arrived cold and 45 min late", "@115725 Sorted: I've refunded the delivery fee and the cold meal.", "social");
    assertEquals(1.0, score(done, Criterion.ACTION_NOW), done.rubric().toString());
  }

  @Test
  void aRequestCarriedOutAsAskedOwesNoTimeOrNextContact() {
    String customer = "i booked the wrong dates by mistake, can u change to 14-16 march pls";
    Review r = review("en", customer,
        "Hi there, I'm sorry for the mix-up with your booking! I've moved your stay to 14–16 March as you asked, at no extra cost, and the new confirmation is on its way to your inbox. If the dates need another tweak, just reply here 😊", "email");
    assertTrue(r.score() >= 85, r.rubric().toString());
    Review asked = review("en", customer, "As you asked, we will look into changing the dates.", "email");
    assertTrue(asked.score() < 60, asked.rubric().toString());
  }

  @Test
  void aRequestCarriedOutAsAskedIsResolvedInEveryLanguage() {
    Review es = review("es", "me equivoqué de fechas, ¿me las cambias al 14-16 de marzo porfa?",
        "¡Hola! Lamento el lío con la reserva. Ya te he cambiado la estancia al 14-16 de marzo como pediste, sin coste extra, y la nueva confirmación está en tu correo.", "email");
    Review de = review("de", "Ich habe die falschen Daten gebucht, können Sie auf den 14.–16. März ändern?",
        "Hallo! Das tut mir leid. Ich habe Ihren Aufenthalt wie gewünscht auf den 14.–16. März verlegt, ohne Aufpreis, und die neue Bestätigung ist in Ihrem Postfach.", "email");
    for (Review r : List.of(es, de)) {
      assertTrue(r.rubric().get(Criterion.EXPECTATIONS).score() >= 0.6 && r.rubric().get(Criterion.FOLLOW_THROUGH).score() >= 0.6,
          r.rubric().toString());
    }
  }

  @Test
  void gladTheThingWorksAnswersAThankYou() {
    Review r = review("en", "got the new card, all working now, thanks for the help!",
        "Thanks so much, Priya! Really glad the new card arrived and everything's working. Enjoy your trip!", "chat");
    assertTrue(r.score() >= 90, r.rubric().toString());
    // The same words to a customer still waiting answer nothing.
    Review waiting = review("en", "the new card STILL hasn't come and I'm stuck abroad!!",
        "Really glad the new card arrived and everything's working. Enjoy your trip!", "chat");
    assertTrue(waiting.score() < 50, waiting.rubric().toString());
  }

  @Test
  void anOpenDoorWithAPromiseIsANextContact() {
    Review r = review("en", "my card was declined on your site but my bank says it's fine",
        "That's annoying, especially when your bank says all's well. Our payment check flagged the billing postcode "
            + "as not matching. I've cleared the flag on your account now, so try again and it should go through; "
            + "if it doesn't, send me a screenshot and I'll put the order through by hand.",
        "chat");
    assertTrue(r.score() >= 90, r.rubric().toString());
    Review bare = review("en", "my card was declined on your site but my bank says it's fine",
        "That's annoying. Please try again later.", "chat");
    assertTrue(bare.score() < 50, bare.rubric().toString());
  }

  @Test
  void engineersAtWorkOnTheFaultAreAStepUnderWay() {
    Review r = review("en", "@powerco no power for 6 hours now. any update???",
        "@jen_x Hey Jen, we're aware of the outage in your area and our engineers are working on it.", "x");
    assertEquals(0.5, score(r, Criterion.ACTION_NOW), 1e-9, r.rubric().toString());
    Review idle = review("en", "@powerco no power for 6 hours now. any update???", "@jen_x Hey Jen, we're aware of the outage in your area.", "x");
    assertTrue(idle.score() < r.score(), idle.rubric().toString());
  }

  /**
   * One criterion read in a brand's draft, a row each: locale, the customer's message, the draft,
   * the channel, the criterion and the least score its words earn.
   */
  @Test
  void eachDraftEarnsItsCriterion() {
    Object[][] rows = {
      // "We'll post here if that changes" promises the next contact.
      {"en", "@powerco no power for 6 hours now. any update???",
        "@jen_x Six hours without power is a long time, Jen, I'm sorry. A cable fault on your street is being repaired "
            + "now and the crew expects power back by 7pm. We'll post here if that changes.", "x", Criterion.FOLLOW_THROUGH, 0.8},
      // A replacement that ships today is a step for today.
      {"en", "I restarted it like you said, still broken",
        "Thanks for trying that, and sorry it didn't work. Since a restart didn't help, I'll swap the unit: "
            + "a replacement ships today and you'll get tracking by email tonight.", "chat", Criterion.ACTION_NOW, 0.8},
      // "… is maddening" names the feeling as "frustrating" does.
      {"en", "@netfast internet keeps dropping every 20 mins. working from home and this is killing me",
        "@sam_r Drops every 20 minutes while you're trying to work is maddening, Sam. I can see errors on your line "
            + "from this morning, so it isn't your router. I've booked an engineer for tomorrow 8-12.", "x", Criterion.VALIDATION, 1.0},
      {"en", "@staywell checked in and the room hadn't been cleaned. hair in the shower. gross",
        "@tomh That's not the welcome you deserved, Tom. I've added a 20% credit to your account for tonight.", "x",
        Criterion.VALIDATION, 1.0},
      // "sous 3 jours ouvrés" is a time to come, as "d'ici vendredi" is.
      {"fr", "Vous m'avez prélevé deux fois ce mois-ci, c'est inadmissible.",
        "J'ai annulé le second paiement ce matin : les 49,90 € reviennent sur votre compte sous 3 jours ouvrés.", "email",
        Criterion.EXPECTATIONS, 1.0},
      // A first-person preterite is a step taken, as "já enviei" is.
      {"pt-BR", "voo atrasado 5 horas e ninguém explica nada, absurdo",
        "Que chato o seu voo atrasar tanto, desculpa. Já remarquei você no voo das 19h40 sem custo e mandei o voucher "
            + "de jantar por e-mail.", "chat", Criterion.ACTION_NOW, 1.0},
    };
    for (Object[] row : rows) {
      Review r = review((String) row[0], (String) row[1], (String) row[2], (String) row[3]);
      Criterion c = (Criterion) row[4];
      assertTrue(score(r, c) >= (double) row[5], c + " in " + row[2] + ": " + r.rubric());
    }
    // "sous votre nom" places nothing in time.
    Review under = review("fr", "Vous m'avez prélevé deux fois", "J'ai annulé le second paiement sous votre nom.", "email");
    assertTrue(score(under, Criterion.EXPECTATIONS) < 0.5, under.rubric().toString());
  }

  @Test
  void portugueseSaysTheFutureInThePresent() {
    Review r = review("pt-BR", "paguei a fatura e continuam me cobrando, que absurdo",
        "Que chato ser cobrado por uma fatura já paga, sinto muito. Conferi aqui: o pagamento entrou, mas não foi "
            + "baixado no sistema. Já dei baixa agora e cancelei a cobrança. Você recebe a confirmação por e-mail hoje, "
            + "e na sexta eu confiro de novo para garantir que não volte.", "email");
    assertTrue(score(r, Criterion.FOLLOW_THROUGH) >= 0.8, r.rubric().toString());
    assertTrue(r.score() >= 85, r.rubric().toString());
  }

  @Test
  void hedgesInOneSentenceAreTakenOutTogether() {
    // A hedge beside sympathy breaks bad news gently and is no finding.
    Review gentle = review("es", "no llegó mi pedido", "Lamentablemente tu pedido se perdió, lo siento mucho. Te envío otro hoy.", "email");
    assertFalse(rules(gentle).contains("policy.unfortunately"), rules(gentle).toString());
    String[][] rows = {
      {"en", "Unfortunately, as per our policy, we cannot refund opened items.", "unfortunately|policy", "We cannot refund opened items"},
      {"en", "I'm afraid that per our policy we are unable to offer a refund.", "afraid|policy|that we", "are unable to offer a refund"},
      {"en", "Unfortunately, as stated in our Terms of Service section 4.2, we cannot be held liable for outages.",
        "unfortunately|terms|service|4.2", "We cannot be held liable for outages"},
      {"en", "Sadly, per company policy, refunds aren't possible after 30 days.", "sadly|policy|keep an eye", "here’s what I can do"},
      {"es", "Lamentablemente, según nuestra política, no podemos reembolsar productos abiertos.", "lamentablemente|política",
        "No podemos reembolsar productos abiertos, pero"},
      {"fr", "Malheureusement, conformément à nos conditions générales, nous ne pouvons pas rembourser un article ouvert.",
        "malheureusement|conditions", "Nous ne pouvons pas rembourser un article ouvert, mais"},
      {"pt", "Infelizmente, conforme nossa política, não podemos reembolsar produtos abertos.", "infelizmente|política",
        "Não podemos reembolsar produtos abertos, mas"},
    };
    for (String[] row : rows) {
      Review r = review(row[0], "headphones broke after 2 weeks, I want a refund", row[1], "email");
      List<FrictionFinding> hedges = r.findings().stream().filter(f -> f.category() == FrictionCategory.POLICY_HIDING
          && (f.rule().equals("policy.unfortunately") || f.rule().equals("policy.per_policy"))).toList();
      assertEquals(2, hedges.size(), row[1] + " " + rules(r));
      for (FrictionFinding f : hedges) {
        String lower = f.suggestion().toLowerCase(Locale.ROOT);
        for (String gone : row[2].split("\\|")) {
          assertFalse(lower.contains(gone), f.rule() + " kept '" + gone + "': " + f.suggestion());
        }
        assertTrue(f.suggestion().contains(row[3]), f.rule() + ": " + f.suggestion());
      }
    }
  }
}
