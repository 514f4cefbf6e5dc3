package dev.empathy.channels.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The web flavour's Markdown escaping, read the way a CommonMark renderer reads it: a backslash
 * before ASCII punctuation is an escape and is not shown. Every text comes back exactly as typed,
 * and no character the customer typed can open markup.
 */
class ChatMarkdownProperties {
  /** An unescaped opener: emphasis, code, link, strikethrough, a tag, an entity, a heading or a quote at a line start. */
  private static final Pattern OPENER =
      Pattern.compile("(?<!\\\\)(?:[*`\\[~]|<[A-Za-z/!?]|&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);)|(?m)^[ \\t]*(?:#{1,6}(?:[ \\t]|$)|>)");

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> marky = Arbitraries.strings().withChars("#&<>_*\\`[]~|;!/ \n\tab1x").ofMaxLength(40);
    return Arbitraries.oneOf(marky, Arbitraries.strings().all().ofMaxLength(60), marky.map(s -> "order " + s + " #44821 & é_😀"));
  }

  @Property(tries = 1000)
  void theRendererShowsTheTextAsTypedAndNothingOpensMarkup(@ForAll("texts") String text) {
    String escaped = ChatFormat.WEB.escape(text);
    assertEquals(text, rendered(escaped), () -> "escaped as: " + escaped);
    assertFalse(OPENER.matcher(escaped).find(), () -> "markup left open in: " + escaped);
  }

  @Example
  void aNumberSignAndAnAmpersandInARealMessageAreShownWithoutBackslashes() {
    String text = "order #44821 says delivered but nothing at my door & my neighbour didn't get it either";
    assertEquals(text, ChatFormat.WEB.escape(text));
  }

  /** CommonMark's backslash escapes undone: a backslash before ASCII punctuation is not shown. */
  private static String rendered(String escaped) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < escaped.length(); i++) {
      char c = escaped.charAt(i);
      if (c == '\\' && i + 1 < escaped.length() && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(escaped.charAt(i + 1)) >= 0) {
        i++;
        c = escaped.charAt(i);
      }
      out.append(c);
    }
    return out.toString();
  }
}
