package dev.empathy.examples.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.CharRange;
import org.apache.commons.text.StringEscapeUtils;
import org.junit.jupiter.api.Test;

/** qa's CSV cells are what commons-text's {@code escapeCsv} writes, whatever the text. */
class QaCsvProperties {

  @Property(tries = 3000)
  void anyTextIsEscapedAsCommonsTextEscapesIt(@ForAll String cell) {
    assertEquals(StringEscapeUtils.escapeCsv(cell), QaCommand.csv(cell));
  }

  @Property(tries = 3000)
  void textFullOfSeparatorsQuotesAndLineBreaks(
      @ForAll @Chars({',', '"', '\r', '\n', ' ', 'a', '’', '\t', ';', '\''}) @CharRange(from = '\uD83D', to = '\uD83D') String cell) {
    assertEquals(StringEscapeUtils.escapeCsv(cell), QaCommand.csv(cell));
  }

  @Test
  void examples() {
    assertEquals("plain", QaCommand.csv("plain"));
    assertEquals("\"O'Neil, \"\"Jo\"\"\"", QaCommand.csv("O'Neil, \"Jo\""));
    assertEquals("\"two\r\nlines\"", QaCommand.csv("two\r\nlines"));
    assertEquals("", QaCommand.csv(""));
  }
}
