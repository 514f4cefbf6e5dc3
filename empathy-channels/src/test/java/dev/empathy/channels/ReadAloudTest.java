package dev.empathy.channels;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.channel.Channels;
import dev.empathy.channel.RenderOptions;
import dev.empathy.channel.Rendered;
import dev.empathy.compose.BlockKind;
import dev.empathy.phrase.BrandVoice;
import dev.empathy.compose.Owner;
import dev.empathy.compose.Reply;
import dev.empathy.compose.Timeline;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a support lead hears reading each channel's output aloud on realistic tickets: no fact lost
 * while filler stays, no letter register in a text message, no echo between the lines a channel
 * adds and the reply's own.
 */
class ReadAloudTest {
  private static final Empathy EMPATHY = Replies.bundled();

  /** The card-fraud ticket: two actions, a timeline and a follow-up that refers to the second action. */
  static Reply fraud(String conversation) {
    return EMPATHY.compose()
        .conversation(conversation, 0)
        .customer("Sophie Martin")
        .acknowledge(Emotion.ANXIOUS, "a card payment you don't recognise")
        .summary("there's a payment of €300 on your card that you didn't make")
        .actions(List.of(
            "I’ve frozen your card so no further payments can go through",
            "I’ve opened a dispute for the €300 payment"))
        .timeline(Timeline.businessDays(5).ownedBy(Owner.named("fraud team")))
        .followUp("I’ll send you an update as soon as the dispute is decided")
        .build();
  }

  /**
   * A second action is a fact the customer needs; the phrase framing the first action ("First
   * things first:") is not. Cutting to two SMS segments or 35 spoken seconds loses the framing
   * before any action, so "the dispute" the follow-up mentions is still there.
   */
  @Test
  void aLengthTargetDropsTheFramingBeforeAnyFurtherAction() {
    for (String id : List.of("a", "b", "c", "d", "e", "f")) {
      Reply reply = fraud(id);
      Rendered sms = Channels.require("sms").render(reply);
      assertTrue(sms.text().contains("opened a dispute"), () -> "SMS lost the second action: " + sms.text() + "\n" + sms.changes());
      Rendered voice = Channels.require("voice").render(reply, RenderOptions.builder().flavor("script").build());
      assertTrue(voice.text().contains("opened a dispute"), () -> "call lost the second action: " + voice.text() + "\n" + voice.changes());
    }
  }

  /**
   * "Dear Jo," opens a letter. A text message, a public reply, a chat and a call open as people
   * talk: the locale's chat greeting, whichever variant the composed reply's letter greeting is.
   */
  @Test
  void onlyEmailKeepsTheLettersGreeting() {
    int dear = 0;
    for (int i = 0; i < 40; i++) {
      Reply reply = EMPATHY.compose().conversation("c" + i, 0).customer("Jo")
          .acknowledge(Emotion.PRESSED_FOR_TIME, "the broken login")
          .action("Try signing in with the link I just emailed you").build();
      String letter = reply.block(BlockKind.GREETING).orElseThrow().text();
      dear += letter.startsWith("Dear") ? 1 : 0;
      List<String> casual = List.of(
          reply.phrasebook().format("chat.greeting", 0, 0, Map.of("name", "Jo", "emotion", "pressed_for_time")),
          reply.phrasebook().format("chat.greeting", 0, 1, Map.of("name", "Jo", "emotion", "pressed_for_time")));
      for (Rendered r : List.of(
          Channels.require("sms").render(reply),
          Channels.require("social").render(reply, RenderOptions.builder().flavor("x").build()),
          Channels.require("social").render(reply, RenderOptions.builder().flavor("facebook").build()),
          Channels.require("social").render(reply, RenderOptions.builder().flavor("instagram").build()),
          Channels.require("social").render(reply, RenderOptions.builder().flavor("linkedin").build()),
          Channels.require("voice").render(reply, RenderOptions.builder().flavor("script").build()))) {
        String first = r.parts().get(0);
        assertFalse(first.contains("Dear"), () -> r.channel() + "/" + r.flavor() + ": " + first);
        assertTrue(casual.stream().anyMatch(first::startsWith), () -> r.channel() + "/" + r.flavor() + " opens otherwise: " + first);
      }
      assertTrue(Channels.require("email").render(reply).text().startsWith(letter));
    }
    assertTrue(dear > 0, "no composed reply opened with \"Dear\": the test proves nothing");
  }

  /** An X reply already starts with the handles it answers: "Hi @sam!" would name Sam twice. */
  @Test
  void aHandleIsNotRepeatedInAnXReplyOrSpokenOnACall() {
    Reply reply = EMPATHY.compose().conversation("h", 0).customer("@sam_b")
        .acknowledge(Emotion.CONFUSED, "the charges").action("The $4.99 is your monthly storage fee").build();
    String post = Channels.require("social").render(reply, RenderOptions.builder().flavor("x").build()).parts().get(0);
    assertFalse(post.contains("@sam_b"), post);
    String call = Channels.require("voice").render(reply, RenderOptions.builder().flavor("script").build()).text();
    assertFalse(call.contains("@sam_b"), call);
    String sms = Channels.require("sms").render(reply).text();
    assertFalse(sms.contains("@sam_b"), sms);
    // nor is a handle a name to greet by in a chat (reply-en, session 10: "Hi @sam_b!" → "Hello!")
    String chat = Channels.require("chat").render(reply).text();
    assertFalse(chat.contains("sam_b") || chat.contains("sam\\_b"), chat);
  }

  /**
   * Brands sign public replies with the agent's initials (^JS on X and Facebook) or first name:
   * data per flavour; a reply signed by the team carries no mark.
   */
  @Test
  void aPublicReplyIsSignedWithTheAgentsMarkAsTheFlavourExpects() {
    Empathy jess = Empathy.builder().locale(java.util.Locale.US)
        .clock(java.time.Clock.fixed(Replies.NOW, java.time.ZoneOffset.UTC))
        .voice(BrandVoice.builder().agentName("Jess Smith").build()).build();
    Reply reply = jess.compose().conversation("s", 0).customer("Sam")
        .acknowledge(Emotion.CONFUSED, "the charges").action("The $4.99 is your monthly storage fee").build();
    Map<String, String> marks = Map.of("x", " ^JS", "facebook", " ^JS", "instagram", " -Jess", "linkedin", " – Jess");
    marks.forEach((flavor, mark) -> {
      String post = Channels.require("social").render(reply, RenderOptions.builder().flavor(flavor).build()).parts().get(0);
      assertTrue(post.endsWith(mark), () -> flavor + ": " + post);
    });
    List<String> parts = Channels.require("social")
        .render(reply, RenderOptions.builder().flavor("x").limit(60).overflow(dev.empathy.channel.Overflow.SPLIT).build()).parts();
    String last = parts.get(parts.size() - 2); // the thread's last post; the DM comes after the thread
    assertTrue(parts.size() > 2 && (last.endsWith(" ^JS") || last.equals("^JS")), () -> String.join("\n|", parts));

    Empathy sam = Empathy.builder().locale(java.util.Locale.US)
        .voice(BrandVoice.builder().agentName("Sam").build()).build();
    Reply one = sam.compose().customer("Ann").acknowledge(Emotion.NEUTRAL).action("I’ve updated your address").build();
    String x = Channels.require("social").render(one, RenderOptions.builder().flavor("x").build()).parts().get(0);
    assertTrue(x.endsWith(" -Sam"), x);

    String team = Channels.require("social").render(fraud("t"), RenderOptions.builder().flavor("x").build()).parts().get(0);
    assertFalse(team.contains("^") || team.endsWith("Team"), team);
  }

  /**
   * The micro-affirmation never echoes the acknowledgement after it: not "Good question. Good
   * question about the charges", not "Understood, I’m on it. I understand the login is urgent".
   */
  @Test
  void aChatAffirmationNeverEchoesTheAcknowledgement() {
    int seen = 0;
    for (Emotion emotion : Emotion.values()) {
      // a later turn has no affirmation (nothing before its acknowledgement): more turns to see enough
      for (int i = 0; i < 45; i++) {
        Reply reply = EMPATHY.compose().conversation("e" + i, i % 3).customer("Sam")
            .acknowledge(emotion, "the broken login").action("I’ve reset your password").build();
        String bubble = Channels.require("chat").render(reply, RenderOptions.builder().flavor("messenger").build()).parts().get(0);
        String ack = reply.block(BlockKind.ACKNOWLEDGEMENT).orElseThrow().text();
        int at = bubble.indexOf(ack);
        if (at <= 0) {
          continue;
        }
        seen++;
        java.util.Set<String> before = stems(bubble.substring(0, at));
        java.util.Set<String> after = stems(ack);
        before.retainAll(after);
        assertTrue(before.isEmpty(), () -> "echo " + before + ": " + bubble);
      }
    }
    assertTrue(seen > 100, "too few bubbles held the acknowledgement whole: " + seen);
  }

  /** Words of four letters or more, by their first five letters, lower-cased. */
  private static java.util.Set<String> stems(String text) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.length() >= 4) {
        out.add(w.substring(0, Math.min(5, w.length())));
      }
    }
    return out;
  }

  /**
   * Said aloud, a phone number is one number in groups, not "1-, pause, 800-, pause, 555-,
   * spell 0199"; a date "12/03" has no pause inside; a web address has no "https", "www" or query.
   */
  @Test
  void aCallSaysPhoneNumbersDatesAndLinksAsAPersonWould() {
    Reply reply = EMPATHY.compose().conversation("v", 0).customer("Marco")
        .acknowledge(Emotion.CONFUSED, "the charges")
        .action("The $4.99 on 12/03 is your storage fee; call 1-800-555-0199 or see https://www.example.com/billing/faq?id=42")
        .build();
    Rendered ssml = Channels.require("voice").render(reply);
    String t = ssml.text();
    assertTrue(t.contains("<say-as interpret-as=\"telephone\">1-800-555-0199</say-as>"), t);
    assertTrue(t.contains("on December third"), t); // a numeric date is said by its month's name
    assertFalse(t.contains("https") || t.contains("www.") || t.contains("id="), t);
    // "/" said as the language's word (link.slash), not left to the engine (session 21)
    assertTrue(t.contains("example.com slash billing slash faq"), t);
    assertTrue(ssml.changes().stream().anyMatch(c -> c.detail().contains("query")), () -> ssml.changes().toString());
    String script = Channels.require("voice").render(reply, RenderOptions.builder().flavor("script").build()).text();
    String spell = reply.phrase("voice.script.spell");
    assertFalse(script.contains(spell), script);
    assertTrue(script.contains("1-800-555-0199") && script.contains("example.com slash billing slash faq") && !script.contains("https"), script);
  }

  /**
   * "Your mum passed away: here’s what happens next" is no subject line, nor the cold "An update on
   * your support request": a loss gets one that says, gently, that the request is in hand.
   */
  @Test
  void aBereavementIsNeverAnEmailSubject() {
    for (String situation : List.of("my mum passed away and her account is still charging", "the account of your mother, who passed away last month")) {
      for (int i = 0; i < 6; i++) {
        Reply reply = EMPATHY.compose().conversation("l" + i, 0).customer("Liz")
            .acknowledge(Emotion.SAD, situation)
            .action("I’ve cancelled the subscription and refunded the last two months").build();
        assertTrue(reply.block(BlockKind.ACKNOWLEDGEMENT).orElseThrow().fact("condolence").isPresent(), situation);
        String subject = Channels.require("email").render(reply).fields().get("subject");
        assertFalse(subject.toLowerCase(java.util.Locale.ROOT).matches(".*(mum|passed|husband|late).*"), subject);
        assertTrue(reply.phrasebook().patterns("email.subject.care").contains(subject), subject);
      }
    }
  }

  /**
   * A speech engine reads "&gt;" as "greater than" and "*" as "asterisk": a menu path and a card
   * statement's merchant name are spoken as a person says them.
   */
  @Test
  void aCallNeverReadsAMenuArrowOrAnAsteriskAloud() {
    Reply reply = EMPATHY.compose().customer("Nina")
        .acknowledge(Emotion.CONFUSED, "the charge from ACME*DIGITAL")
        .action("Go to Settings > Billing > Address and tap Edit")
        .build();
    for (String flavor : List.of("ssml", "script")) {
      String spoken = Channels.require("voice").render(reply, RenderOptions.builder().flavor(flavor).build()).text();
      assertFalse(spoken.contains("&gt;") || spoken.contains(">  ") || spoken.contains(" > ") || spoken.contains("*"), spoken);
      assertTrue(spoken.contains("Settings, Billing, Address"), spoken);
      assertTrue(spoken.contains("ACME DIGITAL"), spoken);
    }
  }

  /**
   * Under a public post about closing a late wife's account, a brand offers condolence and moves
   * to a private message: what it closed and the letter it posts are nobody else's business.
   */
  @Test
  void aBereavementIsAnsweredInPublicWithCondolenceAndADmOnly() {
    for (String id : List.of("a", "b", "c", "d", "e", "f")) {
      Reply reply = EMPATHY.compose().conversation(id, 0).customer("Marcus")
          .acknowledge(Emotion.SAD, "cancelling my late wife's account")
          .summary("you need to close Linda's account after her passing")
          .action("I've closed the account and stopped all future billing")
          .followUp("I'll send a confirmation letter to the address on file")
          .build();
      Rendered social = Channels.require("social").render(reply);
      String post = social.parts().get(0);
      assertFalse(post.contains("closed the account") || post.contains("Linda") || post.contains("letter")
          || post.contains("wife"), post);
      assertTrue(post.contains("loss") || post.contains("sympathy") || post.contains("condolences"), post);
      assertTrue(post.contains("DM") || post.contains("message") || post.contains("privately"), post);
      assertTrue(social.parts().get(social.parts().size() - 1).contains("closed the account"), social.parts().toString());
    }
  }
}
