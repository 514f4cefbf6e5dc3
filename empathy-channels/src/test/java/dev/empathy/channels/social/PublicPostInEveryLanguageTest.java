package dev.empathy.channels.social;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.Register;
import dev.empathy.channel.Channels;
import dev.empathy.channel.RenderOptions;
import dev.empathy.channel.Rendered;
import dev.empathy.channels.Replies;
import dev.empathy.channels.fit.Section;
import dev.empathy.compose.Block;
import dev.empathy.compose.BlockKind;
import dev.empathy.compose.Reply;
import dev.empathy.compose.Timeline;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Spanish, French, German and Portuguese public posts read as a brand replies in public: the first
 * action is said without its lead-in ("Dans l’immédiat :", "Estoy en ello:"), and a long reply
 * (two actions, a summary, a timeline, a follow-up) keeps the acknowledgement that names what
 * happened, leaving the summary, the follow-up, the closing, the timeline's detail and further
 * actions to the DM first, as English does; it never falls back to a feeling alone ("Entiendo su
 * indignación y quiero solucionarlo cuanto antes.") while those are still in the post.
 */
class PublicPostInEveryLanguageTest {

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "es    | FORMAL   | el vuelo cancelado sin aviso | le he recolocado en el vuelo de las 18:40 | le he reservado hotel para esta noche | le mando las tarjetas de embarque por correo | se canceló su vuelo sin aviso y se quedó en el aeropuerto",
      "es    | INFORMAL | el vuelo cancelado sin aviso | te he recolocado en el vuelo de las 18:40 | te he reservado hotel para esta noche | te mando las tarjetas de embarque por correo | te cancelaron el vuelo sin avisarte y te quedaste en el aeropuerto",
      "fr    | FORMAL   | le vol annulé sans prévenir  | je vous ai replacée sur le vol de 18 h 40 | je vous ai réservé un hôtel pour ce soir | je vous envoie les cartes d’embarquement par e-mail | vous êtes restée bloquée à l’aéroport avec vos bagages",
      "fr    | INFORMAL | le vol annulé sans prévenir  | je t’ai replacée sur le vol de 18 h 40 | je t’ai réservé un hôtel pour ce soir | je t’envoie les cartes d’embarquement par e-mail | tu es restée bloquée à l’aéroport avec tes bagages",
      "de    | FORMAL   | den gestrichenen Flug        | ich habe Sie auf den Flug um 18:40 Uhr umgebucht | ich habe Ihnen ein Hotel für heute Nacht gebucht | ich schicke Ihnen die Bordkarten per E-Mail | Ihr Flug wurde ohne Vorwarnung gestrichen und Sie saßen am Flughafen fest",
      "de    | INFORMAL | den gestrichenen Flug        | ich habe dich auf den Flug um 18:40 Uhr umgebucht | ich habe dir ein Hotel für heute Nacht gebucht | ich schicke dir die Bordkarten per E-Mail | dein Flug wurde ohne Vorwarnung gestrichen und du saßt am Flughafen fest",
      "pt-BR | FORMAL   | o voo cancelado sem aviso    | remarquei você no voo das 18h40 | reservei um hotel para hoje à noite | vou mandar os cartões de embarque por e-mail | cancelaram o seu voo sem avisar e você ficou presa no aeroporto",
      "pt-BR | INFORMAL | o voo cancelado sem aviso    | remarquei você no voo das 18h40 | reservei um hotel para hoje à noite | vou te mandar os cartões de embarque por e-mail | cancelaram o seu voo sem avisar e você ficou presa no aeroporto"})
  void aLongPublicPostNamesWhatHappenedAndSaysWhatWasDone(
      String tag, Register register, String situation, String first, String second, String followUp, String summary) {
    Empathy empathy = Empathy.builder().locale(Locale.forLanguageTag(tag)).register(register)
        .clock(Clock.fixed(Replies.NOW, ZoneOffset.UTC)).build();
    String named = situation.substring(situation.indexOf(' ') + 1);
    for (Emotion emotion : new Emotion[] {Emotion.ANGRY, Emotion.FRUSTRATED}) {
      for (int c = 0; c < 8; c++) {
        Reply reply = empathy.compose().conversation("public-" + c, 0).customer("Carla").acknowledge(emotion, situation)
            .summary(summary).action(first).action(second).timeline(Timeline.within(Duration.ofHours(1))).followUp(followUp).build();
        Rendered r = Channels.require("social").render(reply, RenderOptions.builder().flavor("x").build());
        String post = r.parts().get(0);
        assertTrue(post.contains(named), () -> "the public post names the feeling alone: " + post + " " + r.changes());
        Block action = reply.block(BlockKind.ACTION).orElseThrow();
        String clause = Section.actionClause(action, reply.locale());
        assertTrue(post.contains(clause), () -> "the first action is not said plainly: " + post);
        if (!clause.equals(action.text())) {
          String leadIn = action.text().substring(0, action.text().length() - clause.length()).strip();
          assertFalse(post.contains(leadIn), () -> "the public post keeps the lead-in \"" + leadIn + "\": " + post);
        }
      }
    }
  }
}
