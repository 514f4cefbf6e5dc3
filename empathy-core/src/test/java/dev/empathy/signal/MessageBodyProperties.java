package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The promises of reading only the customer's own words, over generated messages. */
class MessageBodyProperties {
  private static final Analyzer EN = Analyzer.forLocale(Locale.US);
  private static final Analyzer DE = Analyzer.forLocale(Locale.GERMAN);

  @Property(tries = 300)
  void everyCharacterOfTheViewsComesFromTheMessageAsReceived(@ForAll("anything") String text) {
    MessageBody body = MessageBody.of(text);
    String decoded = body.decoded();
    assertEquals(decoded.length(), body.typed().length());
    assertEquals(decoded.length(), body.words().length());
    assertEquals(0, body.original(0));
    assertEquals(text.length(), body.original(decoded.length()));
    for (int k = 0; k < decoded.length(); k++) {
      int a = body.original(k);
      int b = body.original(k + 1);
      char ch = decoded.charAt(k);
      String from = text.substring(a, b);
      int at = k;
      if (b == a) {
        // only the first half of a character an entity stands for ("&#x1F621;")
        assertTrue(Character.isHighSurrogate(ch) && body.original(k + 2) > a, () -> "offset " + at + " has no source in " + text);
      } else if (b - a == 1) {
        // as typed, or a tag read as a space or a line break
        assertTrue(from.charAt(0) == ch || ch == ' ' || ch == '\n', () -> from + " read as " + ch + " in " + text);
      } else {
        assertTrue(from.matches("&#?[0-9A-Za-z]+;"), () -> from + " is no entity, at " + at + " in " + text);
      }
    }
  }

  @Property(tries = 300)
  void quotedHistoryNeverContributesEvidence(@ForAll("own") String own, @ForAll("own") String quoted, @ForAll("attribution") String attribution) {
    String text = own + "\n\n" + attribution + quoted.replace("\n", "\n> ");
    int historyStart = own.length();
    Signals s = EN.analyze(text.isBlank() ? "x" + text : text);
    int shift = text.isBlank() ? 1 : 0;
    for (Evidence e : evidence(s)) {
      assertTrue(e.end() <= historyStart + shift, () -> "evidence from the quoted history: " + e + " in " + text);
    }
  }

  @Property(tries = 300)
  void quotedLinesNeverContributeEvidence(@ForAll("own") String own, @ForAll("own") String quoted) {
    String text = "ok " + own.replace("\n", " ") + "\n> " + quoted.replace("\n", "\n> ") + "\n";
    int quoteStart = text.indexOf("\n> ");
    for (Evidence e : evidence(DE.analyze(text))) {
      assertTrue(e.end() <= quoteStart, () -> "evidence from a quoted line: " + e + " in " + text);
    }
  }

  @Property(tries = 300)
  void aWebFormEscapingTheMessageChangesNothingButOffsets(@ForAll("escapable") String own) {
    if (own.isBlank()) {
      return;
    }
    String escaped = escape(own);
    assertSameReading(own, escaped);
    assertNoEvidenceCutsAnEntity(escaped, EN.analyze(escaped));
  }

  @net.jqwik.api.Example
  void evidenceEndsBeforeTheSpacesATagWasReadAs() {
    // A CI draw: the evidence "not " ran on over the spaces "<br>" was read as, quoting "not <br".
    assertSameReading("@Acme they said 'next week' but not \n", "@Acme they said &#39;next week&#39; but not <br>");
  }

  @net.jqwik.api.Example
  void escapedApostrophesAndQuotesLeaveNoWordBehind() {
    // Found by random draws (shrunk): the pads of a decoded &#39; or &quot; counted as a word, so
    // the escaped text read as another: no feeling at all, or thanks where the plain text has none.
    assertSameReading("don't CAN'T not \"great\"", "don&#39;t CAN&#39;T not &quot;great&quot;");
    assertSameReading("thanks y'all I've waited 3 weeks", "thanks y&#39;all I&#39;ve waited 3 weeks");
  }

  @net.jqwik.api.Example
  void anEscapedAmpersandInALinkKeepsTheLinkWhole() {
    // Found by random draws (shrunk): the pads of "&amp;" ended the link, and "x=2 cancel" was read.
    assertSameReading("not https://acme.com/o?id=1&x=2 cancel my account", "not https://acme.com/o?id=1&amp;x=2 cancel my account");
  }

  @net.jqwik.api.Example
  void evidenceOverAnEntityQuotesTheMessageAsReceived() {
    String escaped = "not &quot;great&quot; third time";
    List<Evidence> spans = evidence(EN.analyze(escaped));
    assertTrue(spans.stream().anyMatch(e -> e.text().equals("not &quot;great")), spans::toString);
    for (Evidence e : spans) {
      assertEquals(escaped.substring(e.start(), e.end()), e.text());
    }
  }

  /** What a web form does to text typed into it. */
  private static String escape(String own) {
    return own.replace("&", "&amp;").replace("'", "&#39;").replace("\"", "&quot;").replace("\n", "<br>");
  }

  private static String unescape(String form) {
    return form.replace("<br>", "\n").replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
  }

  /** The escaped text reads as the plain one: feelings, their intensity, escalation, evidence as decoded. */
  private static void assertSameReading(String own, String escaped) {
    Signals plain = EN.analyze(own);
    Signals form = EN.analyze(escaped);
    assertEquals(plain.primary(), form.primary(), () -> own + " | " + escaped);
    assertEquals(readable(plain, s -> s), readable(form, MessageBodyProperties::unescape), () -> own + " | " + escaped);
    assertEquals(plain.escalation().level(), form.escalation().level(), () -> own + " | " + escaped);
    for (Evidence e : evidence(form)) {
      assertEquals(escaped.substring(e.start(), e.end()), e.text(), () -> "evidence not the message's own span: " + e + " in " + escaped);
    }
  }

  /** Each finding with its intensity and its evidence texts, decoded, in order. */
  private static List<String> readable(Signals s, java.util.function.UnaryOperator<String> decode) {
    List<String> out = new ArrayList<>();
    s.emotions().forEach(f -> out.add(f.label() + " " + f.intensity() + " " + f.evidence().stream().map(e -> decode.apply(e.text())).toList()));
    s.escalation().signals().forEach(x -> out.add(x.kind() + " " + x.evidence().stream().map(e -> decode.apply(e.text())).toList()));
    return out;
  }

  @net.jqwik.api.Example
  void evidenceEndingOnADecodedEntityTakesTheWholeEntity() {
    // Found by a random draw: the scare quote's span ended on the decoded '"' ("&quot;great&").
    String escaped = "&quot;great&quot;Sie Idioten";
    Signals s = EN.analyze(escaped);
    assertFalse(evidence(s).isEmpty());
    assertNoEvidenceCutsAnEntity(escaped, s);
  }

  @net.jqwik.api.Example
  void aPoliteYouAfterAnEscapedQuoteIsStillTheOneSpokenTo() {
    // Found by random draws: the entity's pad before "Sie" hid its capital, so the insult was
    // read as aimed at someone else ("&quot;great&quot;Sie Idioten" low, "\"great\"Sie Idioten" high).
    String own = "ich kündigecancel my account\"great\"Sie Idioten";
    String escaped = own.replace("\"", "&quot;");
    assertEquals(EN.analyze(own).escalation().level(), EN.analyze(escaped).escalation().level());
    assertEquals(kinds(EN.analyze(own)), kinds(EN.analyze(escaped)));
  }

  private static void assertNoEvidenceCutsAnEntity(String escaped, Signals s) {
    java.util.regex.Matcher entity = java.util.regex.Pattern.compile("&(?:amp|#39|quot);|<br>").matcher(escaped);
    List<Evidence> spans = evidence(s);
    while (entity.find()) {
      int a = entity.start();
      int b = entity.end();
      for (Evidence e : spans) {
        assertFalse(e.start() > a && e.start() < b || e.end() > a && e.end() < b,
            () -> "evidence " + e + " cuts " + escaped.substring(a, b) + " in " + escaped);
      }
    }
  }

  @Property(tries = 200)
  void addressesNeverContributeEvidence(@ForAll("own") String own, @ForAll("address") String address) {
    String text = own.replace("\n", " ") + " " + address + " ";
    int from = text.length() - address.length() - 1;
    Signals s = EN.analyze("x " + text);
    List<Evidence> all = evidence(s);
    for (Evidence e : all) {
      assertTrue(e.end() <= from + 2 || e.start() >= from + 2 + address.length(), () -> "evidence inside " + address + ": " + e);
    }
  }

  private static List<SignalKind> kinds(Signals s) {
    return s.escalation().signals().stream().map(EscalationSignal::kind).toList();
  }

  private static List<Evidence> evidence(Signals s) {
    List<Evidence> all = new ArrayList<>();
    s.emotions().forEach(f -> all.addAll(f.evidence()));
    s.escalation().signals().forEach(x -> all.addAll(x.evidence()));
    return all;
  }

  @Provide
  Arbitrary<String> own() {
    // Fragments are joined by spaces: glued ("don'tich kündige", "I'm furiousich kündige") they make
    // words no reader knows, and the escaped form ("I&#39;m") reads such German-English hybrids
    // differently (open: a decoded entity's pads inside a word change the German reading; found by
    // random draws, seed 2439974140799328358).
    return Arbitraries.of(
            "cancel my account", "not ", "happy", "thanks", " but ", "!!!", "I'm furious", "fed up", "😡", "third time",
            "my lawyer", "you idiots", "by tomorrow", "my mum died", "\"great\"", "don't", "CAN'T", "wtf", " ", ".",
            "\n", "sooo", "frustating", "Regards", "Kind regards,\n", "ich kündige", "Anwalt", "Sie Idioten")
        .list().ofMaxSize(12).map(l -> String.join(" ", l));
  }

  /**
   * Text as a web form escapes it: fragments in the style of real customers, with apostrophes,
   * quotes, ampersands ("AT&T") and line breaks, joined by spaces or glued ("don'tich kündige").
   */
  @Provide
  Arbitrary<String> escapable() {
    Arbitrary<List<String>> fragments = Arbitraries.of(
            "cancel my account", "not", "happy", "thanks", "but", "!!!", "I'm furious", "fed up", "😡", "third time",
            "my lawyer", "you idiots", "by tomorrow", "my mum died", "\"great\"", "don't", "CAN'T", "wtf", ".", "AT&T",
            "R&D", "\n", "sooo", "frustating", "Regards", "Kind regards,\n", "ich kündige", "Anwalt", "Sie Idioten",
            "it's", "\"", "'", "y'all", "&", "won't refund", "\"customer service\"", "I've waited 3 weeks", "@Acme",
            "https://acme.com/o?id=1&x=2", "smh", "they said 'next week'")
        .list().ofMaxSize(12);
    return net.jqwik.api.Combinators.combine(fragments, Arbitraries.of(" ", " ", "", "  ")).as((l, joiner) -> String.join(joiner, l));
  }

  @Provide
  Arbitrary<String> attribution() {
    return Arbitraries.of(
        "On Mon, 3 Nov 2025 at 10:02, Support <help@x.com> wrote:\n> ",
        "-----Original Message-----\nFrom: Support <help@x.com>\nSent: Tuesday, 4 November 2025 15:41\n",
        "Am Mo., 3. Nov. 2025 um 10:02 Uhr schrieb Kundenservice <service@shop.de>:\n> ",
        "-------- Original message --------\n",
        "> ");
  }

  @Provide
  Arbitrary<String> address() {
    return Arbitraries.of(
        "https://example.com/cancel-my-account/furious", "www.lawyer-idiots.com/sue", "furious.customer@mail.com",
        "@CancelMyAccount", "@lawyer_idiot", "http://x.io/?q=wtf+urgent");
  }

  @Provide
  Arbitrary<String> anything() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(200),
        Arbitraries.of("&amp;", "&#39;", "&#x1F621;", "&#55357;", "<br>", "<p>", "\n> ", "sooo", "@a", "a@b.c", "https://x",
                "&", "<", ">", "\uD83D", "\uDE21", "-----Original Message-----", "wrote:\n", "\n--\n", "Regards,\n")
            .list().ofMaxSize(30).map(l -> String.join("", l)));
  }
}
