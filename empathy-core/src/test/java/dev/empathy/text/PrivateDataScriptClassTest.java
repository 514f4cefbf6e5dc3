package dev.empathy.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The private-data rules read {@code \p{IsLatin}} as {@link PrivateData#LATIN} (ASCII letters
 * first, the script look-up for the rest): the same characters, every code point, under the rules'
 * flags with and without case-insensitivity, alone, inside a class and negated.
 */
class PrivateDataScriptClassTest {
  private static final int RULE_FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

  @Test
  void theQuickLatinClassHoldsExactlyTheLatinScriptUnderEveryFlagTheRulesUse() {
    for (int flags : new int[] {RULE_FLAGS, Pattern.UNICODE_CHARACTER_CLASS, 0}) {
      for (String regex : List.of("\\p{IsLatin}", "[\\p{IsLatin}\\p{N}\\-]", "(?-i:[\\p{IsLatin}\\p{N}])", "[^\\p{IsLatin}]")) {
        Pattern slow = Pattern.compile(regex, flags);
        Pattern quick = Pattern.compile(PrivateData.quickScripts(regex), flags);
        List<String> differ = new ArrayList<>();
        int latin = 0;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
          String s = new String(Character.toChars(cp));
          boolean expected = slow.matcher(s).matches();
          latin += expected ? 1 : 0;
          if (expected != quick.matcher(s).matches() && differ.size() < 10) {
            differ.add(String.format("U+%04X (expected %s)", cp, expected));
          }
        }
        assertEquals(List.of(), differ, regex + " with flags " + flags);
        if (latin == 0) {
          throw new AssertionError(regex + " matched no code point: the comparison compared nothing");
        }
      }
    }
  }

  @Test
  void everyLatinMentionIsRewrittenAndNothingElse() {
    String rule = "(?<![\\p{IsLatin}\\p{N}])(?=[\\p{IsLatin}\\-]{0,40}\\p{N})\\p{IsGreek}";
    String quick = PrivateData.quickScripts(rule);
    assertEquals(
        "(?<![" + PrivateData.LATIN + "\\p{N}])(?=[" + PrivateData.LATIN + "\\-]{0,40}\\p{N})\\p{IsGreek}", quick);
  }
}
