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

  @Test
  void ownContactsAreKeptStrippedAndCheckedByIndex() {
    RenderOptions o = RenderOptions.builder().ownContacts(java.util.List.of(" acme.com ", "0345 600 1234")).build();
    assertEquals(java.util.List.of("acme.com", "0345 600 1234"), o.ownContacts());
    assertEquals(java.util.List.of(), RenderOptions.defaults().ownContacts());
    assertEquals(o, RenderOptions.builder().ownContacts(java.util.List.of("acme.com", "0345 600 1234")).build());
    InvalidInputException blank =
        assertThrows(InvalidInputException.class, () -> RenderOptions.builder().ownContacts(java.util.List.of("acme.com", " ")));
    assertEquals("ownContacts[1] must not be blank", blank.getMessage());
    InvalidInputException line =
        assertThrows(InvalidInputException.class, () -> RenderOptions.builder().ownContacts(java.util.List.of("acme.com\nx")));
    assertEquals("ownContacts[0]", line.field());
    InvalidInputException many = assertThrows(InvalidInputException.class,
        () -> RenderOptions.builder().ownContacts(java.util.Collections.nCopies(RenderOptions.Builder.MAX_OWN_CONTACTS + 1, "a.com")));
    assertEquals("ownContacts", many.field());
  }
}
