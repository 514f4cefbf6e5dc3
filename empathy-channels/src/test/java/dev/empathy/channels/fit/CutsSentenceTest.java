package dev.empathy.channels.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

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
}
