package dev.empathy.channels.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sentence pieces never start inside a grapheme, whatever the text after a sentence's blank is. */
class CutsSentenceTest {
  @Test
  void aSpacingMarkAfterASentencesBlankKeepsBothSentencesTogether() {
    // " \u1CE1" is one grapheme (GB9a: a spacing mark joins what precedes it, a blank included)
    String text = "Hi there! \u1CE1abc def. Next one.";
    List<String> sentences = Cuts.sentences(text, Locale.US);
    assertEquals(text, String.join("", sentences));
    for (String s : sentences) {
      int gcb = UCharacter.getIntPropertyValue(s.codePointAt(0), UProperty.GRAPHEME_CLUSTER_BREAK);
      assertFalse(gcb == UCharacter.GraphemeClusterBreak.SPACING_MARK || gcb == UCharacter.GraphemeClusterBreak.EXTEND, s);
    }
    for (String piece : Cuts.split(text, Cuts.GRAPHEMES, 12, Locale.US).pieces()) {
      int gcb = UCharacter.getIntPropertyValue(piece.codePointAt(0), UProperty.GRAPHEME_CLUSTER_BREAK);
      assertFalse(gcb == UCharacter.GraphemeClusterBreak.SPACING_MARK, piece);
    }
  }

  /**
   * Session 24: an X post cut its first action mid-clause with "…" ("…so nothing backs up again
   * while our…"); a cut ends a clause instead: at a sentence's end, or at a comma or semicolon
   * outside brackets, never at the comma closing a subordinate clause that opens the text, and in
   * Japanese only at "。" (a "、" follows a verb's continuative form).
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "en-US|I’ve rolled your workspace back, cleared the stuck queue, and added capacity while our engineers finish|60|I’ve rolled your workspace back, cleared the stuck queue.",
    "en-US|If you don’t see it by Friday, call us and we’ll send another one right away|70|",
    "en-US|If you don’t see it by Friday, call us, and we’ll send another one right away|70|If you don’t see it by Friday, call us.",
    "en-US|I’ve booked a visit (Tue, 8am, 1pm window) and sent the details|40|",
    "es-ES|Ya hablé con la paquetería, pedí que reprogramen la entrega y marqué el envío como prioritario|70|Ya hablé con la paquetería.",
    "de-DE|Ich habe die Sperre aufgehoben, Ihr Limit erhöht und eine Notiz hinterlegt, damit das nicht wieder passiert|90|Ich habe die Sperre aufgehoben, Ihr Limit erhöht und eine Notiz hinterlegt.",
    "ja-JP|同期をリセットし、下書きを復元いたしました。修正版は次回のアップデートで配信される予定です|30|同期をリセットし、下書きを復元いたしました。",
    "ja-JP|同期をリセットし、下書きを復元し、開発チームに修正を依頼いたしました|30|",
    "en-US|I’ve refunded 1,250 dollars and 3.5 points|30|",
  })
  void aCutEndsAClause(String tag, String text, int end, String expected) {
    int at = Cuts.clauseEnd(text, end, Locale.forLanguageTag(tag));
    if (expected == null) {
      assertEquals(-1, at, () -> text.substring(0, Math.max(0, at)));
    } else {
      assertTrue(at > 0 && at <= end, text);
      assertEquals(expected, Cuts.clauseHead(text, at));
    }
  }
}
