package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The history and signature checks pass a line by without reading it as strings when no marker can
 * apply, also when it holds characters beyond ASCII that are their own lower case (a curly
 * apostrophe, an accented small letter, kana): such a line is read exactly as the same line with an
 * ASCII character of the same kind in their place. The markers are {@code reply-history.tsv}'s own.
 */
class MessageBodyLinesProperties {
  private static final List<String> MARKER_LINES = markerLines();

  /** '`' and '’' are in no marker, neither letter nor space: every check treats them alike. */
  @Property(tries = 400)
  void aCurlyApostropheIsReadAsAStraightOneWouldBe(@ForAll("messages") String withBackticks) {
    String curly = withBackticks.replace('`', '’');
    MessageBody ascii = MessageBody.of(withBackticks);
    MessageBody beyond = MessageBody.of(curly);
    assertEquals(ascii.words().replace('`', '’'), beyond.words(), curly);
    assertEquals(ascii.typed().replace('`', '’'), beyond.typed(), curly);
    assertEquals(ascii.hadHistory(), beyond.hadHistory(), curly);
  }

  @Example
  void markersAfterLinesBeyondAsciiStillBlankWhatFollows() {
    // A sign-off closed by an en dash, after a line with a curly apostrophe: the name is blanked.
    assertBlanked("It’s broken again and nobody answers\nBest regards –\nJohn Smith", "John Smith");
    // Japanese: a sign-off, a device line, a header block; kana and kanji are their own lower case.
    assertBlanked("荷物がまだ届きません\nよろしくお願いします\n山田", "山田");
    assertBlanked("荷物がまだ届きません\niPhoneから送信", "iPhoneから送信");
    assertBlanked("まだです\n差出人: サポート\n送信日時: 2025年11月3日\nひどい対応", "ひどい対応");
    // An attribution with an accented small letter, ending in a colon.
    assertBlanked("Toujours rien reçu\nLe lun. 3 nov. 2025 à 10:02, Support a écrit :\nC’est réglé", "C’est réglé");
  }

  /** A line is passed by on its first character only when no marker starts with it; an empty marker starts every line. */
  @Example
  void markerLeadsAreTheMarkersFirstCharacters() {
    boolean[] leads = MessageBody.markerLeads(List.of(List.of("-----original message", "from:"), List.of("été envoyé")));
    assertTrue(leads['-'] && leads['f'] && leads[0x80]);
    assertFalse(leads['x'] || leads['F'] || leads[' ']);
    boolean[] all = MessageBody.markerLeads(List.of(List.of("from:"), List.of("")));
    for (boolean lead : all) {
      assertTrue(lead);
    }
  }

  @Example
  void aLineLikeASignOffButLongerIsTheCustomersOwn() {
    String text = "Tout est cassé\nMerci d’avance pour rien du tout, vraiment –\nça m’énerve";
    assertEquals(text, MessageBody.of(text).words());
  }

  private static void assertBlanked(String text, String tail) {
    String words = MessageBody.of(text).words();
    int at = text.lastIndexOf(tail);
    assertTrue(at > 0, tail);
    assertTrue(words.substring(at, at + tail.length()).isBlank(), () -> "not blanked: " + words);
    assertFalse(words.substring(0, text.indexOf('\n')).isBlank(), () -> "the first line is the customer's: " + words);
  }

  @Provide
  Arbitrary<String> messages() {
    Arbitrary<String> own = Arbitraries.of(
        "it`s broken AGAIN", "where`s my refund??", "Thanks", "thx", "still waiting", "Où est ma commande",
        "注文がまだ届きません", "ça marche pas", "John Smith", "Finance Manager", "xx Jen", "山田 太郎", "m: +44 7700 900123",
        "Kind regards`", "", " ", "--", "> quoted", "gracias", "ñandú", "Ich kündige", "`", "a`b`c");
    Arbitrary<String> line = Arbitraries.oneOf(own, Arbitraries.of(MARKER_LINES));
    Arbitrary<String> cased = Combinators.combine(line, Arbitraries.integers().between(0, 2))
        .as((l, c) -> c == 0 ? l : c == 1 ? l.toUpperCase(Locale.ROOT) : l.toLowerCase(Locale.ROOT));
    Arbitrary<String> decorated = Combinators.combine(cased, Arbitraries.integers().between(-1, 60), Arbitraries.of("", ",", " –", "!", ":", " `"))
        .as((l, at, end) -> (at < 0 || at > l.length() ? l : l.substring(0, at) + "`" + l.substring(at)) + end);
    return decorated.list().ofMinSize(1).ofMaxSize(8).map(ls -> String.join("\n", ls));
  }

  /** Every marker of {@code reply-history.tsv} as a line of its own (an attribution after a date). */
  private static List<String> markerLines() {
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        MessageBodyLinesProperties.class.getResourceAsStream("/dev/empathy/signal/reply-history.tsv"), StandardCharsets.UTF_8))) {
      for (String row = r.readLine(); row != null; row = r.readLine()) {
        String[] f = row.split("\t");
        if (row.isBlank() || row.startsWith("#") || f.length < 2) {
          continue;
        }
        switch (f[0]) {
          case "separator", "header-from", "header-date", "device", "sign-off" -> out.add(f[1]);
          case "attribution" -> out.add("On 3 Nov 2025 10:02, Support" + f[1]);
          default -> { } // entities and tags: markup, read before the lines
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (out.size() < 50) {
      throw new IllegalStateException("reply-history.tsv: too few markers read: " + out.size());
    }
    return out;
  }
}
