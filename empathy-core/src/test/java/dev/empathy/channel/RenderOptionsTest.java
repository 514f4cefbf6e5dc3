package dev.empathy.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.empathy.InvalidInputException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RenderOptionsTest {
  @Test
  void namedOptionsAreKeptInOrder() {
    RenderOptions o = RenderOptions.builder().option("sms.smartEncoding", " all ").option("voice.wordsPerMinute", "150").build();
    assertEquals(Optional.of("all"), o.option("sms.smartEncoding"));
    assertEquals("[sms.smartEncoding, voice.wordsPerMinute]", o.options().keySet().toString());
    assertEquals(Optional.empty(), o.option("chat.anything"));
  }

  @Test
  void anOptionNeedsAChannelPrefixAndAValue() {
    InvalidInputException noPrefix = assertThrows(InvalidInputException.class, () -> RenderOptions.builder().option("smartEncoding", "all"));
    assertEquals("options", noPrefix.field());
    assertThrows(InvalidInputException.class, () -> RenderOptions.builder().option("sms.", "all"));
    InvalidInputException blank = assertThrows(InvalidInputException.class, () -> RenderOptions.builder().option("sms.smartEncoding", " "));
    assertEquals("options.sms.smartEncoding must not be blank", blank.getMessage());
  }
}
