package dev.empathy.channels.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.Register;
import dev.empathy.channel.Channels;
import dev.empathy.channel.Rendered;
import dev.empathy.compose.Reply;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 18, read aloud from Spanish and Portuguese e-mails and texts: an English note the reply
 * quotes as typed («tech visit booked Mon 2-6») lost its opening mark where a channel took the
 * action's clause alone (the e-mail preheader "Tech visit booked Mon 2-6»." and the SMS's
 * 'Acct locked, reset link sent".'): the clause now keeps both marks, and so does the public post,
 * in French too, whose guillemets are spaced ("«\u202fchecked the return…\u202f»").
 */
class QuotedNoteClauseTest {

  private static Reply reply(String locale, Register register, String note) {
    return Empathy.builder().locale(locale).register(register).build().compose().conversation("quoted-note", 0)
        .acknowledge(Emotion.FRUSTRATED, locale.startsWith("es") ? "el técnico" : locale.startsWith("fr") ? "le technicien" : "o técnico")
        .action(note)
        .build();
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "es    | FORMAL   | tech visit booked Mon 2-6      | «",
      "es    | INFORMAL | acct locked, reset link sent   | «",
      "pt-BR | FORMAL   | pickup booked Fri 8-12         | “",
      "pt-BR | INFORMAL | deposit traced, credited tomorrow | “",
      // s24 probes: French spaces its guillemets (« checked… »); the public post said "Checked the return, deduction was missing »."
      "fr    | FORMAL   | checked the return, deduction was missing | «",
      "fr-CH | INFORMAL | acct locked, reset link sent   | «",
  })
  void theActionClauseOfAQuotedNoteKeepsItsOpeningMark(String locale, Register register, String note, String open) {
    Reply reply = reply(locale, register, note);
    String clause = Section.actionClause(reply.block(dev.empathy.compose.BlockKind.ACTION).orElseThrow(), reply.locale());
    assertTrue(clause.startsWith(open), () -> clause);
    Rendered email = Channels.require("email").render(reply);
    String preheader = email.field("preheader").orElseThrow();
    String close = open.equals("«") ? "»" : "”";
    assertEquals(count(preheader, close), count(preheader, open), () -> preheader);
    assertTrue(preheader.replace("\u202f", "").replace("\u00a0", "").contains(open + note), () -> preheader);
    Rendered post = Channels.require("social").render(reply);
    assertEquals(count(post.text(), close), count(post.text(), open), post::text);
  }

  /**
   * Session 24: a note the composer said with its noun's verb ("indemnización por la lámpara" → "le
   * pagamos una indemnización por la lámpara") lost that verb where a channel took the clause alone
   * (the public post "Indemnización por la lámpara."): the clause starts at the verb.
   */
  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "es    | FORMAL   | indemnización por la lámpara | le pagamos una indemnización por la lámpara",
      "es    | INFORMAL | cuadrilla en camino          | hay una cuadrilla en camino",
      "pt-BR | INFORMAL | vistoria amanhã              | agendamos a vistoria amanhã",
  })
  void theActionClauseOfANoteSaidWithItsVerbKeepsTheVerb(String locale, Register register, String note, String clause) {
    Reply reply = reply(locale, register, note);
    String said = Section.actionClause(reply.block(dev.empathy.compose.BlockKind.ACTION).orElseThrow(), reply.locale());
    assertTrue(said.toLowerCase(java.util.Locale.ROOT).startsWith(clause), () -> said);
    String post = Channels.require("social").render(reply).text();
    assertTrue(post.toLowerCase(java.util.Locale.ROOT).contains(clause), () -> post);
  }

  private static int count(String s, String mark) {
    int n = 0;
    for (int i = s.indexOf(mark); i >= 0; i = s.indexOf(mark, i + 1)) {
      n++;
    }
    return n;
  }
}
