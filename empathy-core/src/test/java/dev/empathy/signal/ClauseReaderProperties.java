package dev.empathy.signal;

import dev.empathy.Emotion;
import dev.empathy.signal.ClauseReader.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/** Promises of the clause reader that hold for any text. */
class ClauseReaderProperties {
  private static final Analyzer EN = Analyzer.forLocale(Locale.US);

  @Property(tries = 300)
  void arbitraryUnicodeNeverBreaksTheReader(@ForAll @StringLength(max = 400) String text) {
    checkSpans(text, ClauseReaderTest.read(text, true));
  }

  @Property(tries = 300)
  void clauseWordsAmongAnyCharactersNeverBreakTheReader(@ForAll("clauseSoup") String text) {
    checkSpans(text, ClauseReaderTest.read(text, true));
    if (!text.isBlank()) {
      try {
        EN.analyze(text);
      } catch (dev.empathy.InvalidInputException e) {
        // the one documented rejection: a text that shows nothing
      }
    }
  }

  private static void checkSpans(String text, List<Finding> found) {
    for (Finding f : found) {
      if (f.start() < 0 || f.end() > text.length() || f.start() >= f.end()) {
        throw new AssertionError("finding outside the text: " + f + " in " + text.length() + " chars");
      }
    }
  }

  /**
   * Every inflection the forms data gives of an action verb, after a negator, tells of a failure:
   * "didn't load", "don't load", "never loaded", "isn't loading". A form that is also a one-word
   * request ("help") is read as the request when it stands alone; with its object ("help me") it
   * is the action again, which is how the property writes it.
   */
  @Property(tries = 400)
  void aNegatedActionIsAFailureInEveryInflection(@ForAll("negatedActions") String text) {
    Signals s = EN.analyze(text);
    // Frustration, or a feeling the failure tells more exactly ("don't recognise" this charge: fear).
    boolean complaint = s.primary() != Emotion.NEUTRAL && s.primary() != Emotion.GRATEFUL && s.primary() != Emotion.CONFUSED;
    if (!complaint && s.emotion(Emotion.FRUSTRATED).isEmpty()) {
      throw new AssertionError(text + " read as " + s);
    }
  }

  /** Saying please or thanks never raises the level of a request or a complaint. */
  @Property(tries = 300)
  void politenessNeverRaisesTheLevel(@ForAll("requests") String request, @ForAll("polite") String polite, @ForAll boolean before) {
    String plain = request;
    String courteous = before ? polite + " " + request : request + " " + polite;
    EscalationLevel a = EN.analyze(plain).escalation().level();
    EscalationLevel b = EN.analyze(courteous).escalation().level();
    if (b.compareTo(a) > 0) {
      throw new AssertionError("\"" + courteous + "\" is " + b + " but \"" + plain + "\" is " + a);
    }
  }

  @Provide
  Arbitrary<String> negatedActions() {
    WordForms forms = WordForms.load("en");
    List<String> phrases = new ArrayList<>();
    for (String row : Lexicon.lines("lexicon_en.tsv", false)) {
      String[] f = row.split("\t");
      if (f.length < 5 || !f[0].equals("action") || !List.of(f[4].split(",")).contains("forms") || f[1].contains(" back")) {
        continue; // "call back", "get back to me" are also requests and hand-offs, which the longer entries win
      }
      String[] chunks = f[1].strip().split(" ");
      StringBuilder rest = new StringBuilder();
      for (int i = 1; i < chunks.length; i++) {
        rest.append(' ').append(chunks[i].split("\\|")[0].replace("?", ""));
      }
      String object = rest.length() == 0 ? " me" : "";
      for (String lemma : chunks[0].split("\\|")) {
        if (lemma.equals("charge")) {
          continue; // "hasn't charged me" is good news; "won't charge" (a battery) is a failure the lexicon reads apart
        }
        List<String> all = new ArrayList<>(forms.formsOf(lemma));
        all.add(0, lemma);
        for (String form : all) {
          for (String negator : negatorsFor(lemma, form)) {
            phrases.add(negator + " " + form + rest + object);
          }
        }
      }
    }
    Arbitrary<String> subjects = Arbitraries.of("the app", "@AcmeAir my order", "ugh my refund", "my package", "y'all", "the website");
    return Combinators.combine(subjects, Arbitraries.of(phrases)).as((s, p) -> s + " " + p);
  }

  /** The negators a form takes by its grammar: "didn't load", "isn't loading", "never loaded", "nobody loads". */
  private static List<String> negatorsFor(String lemma, String form) {
    if (form.endsWith("ing")) {
      return List.of("isn't", "wasn't", "still not");
    }
    if (form.equals(lemma)) {
      return List.of("didn't", "don't", "doesn't", "won't", "can't");
    }
    if (form.endsWith("s") && !lemma.endsWith("s")) {
      return List.of("never", "nobody", "no one");
    }
    return List.of("never", "still haven't", "hasn't");
  }

  @Provide
  Arbitrary<String> requests() {
    return Arbitraries.of(
        "can you help me with my order",
        "how do I change my seat?",
        "I need to update my address",
        "my package hasn't arrived",
        "can you check why my refund never came",
        "@AcmeAir been on hold for 45 mins",
        "still no reply about my voucher",
        "this is the 3rd time I've asked, can someone look at it",
        "help, i can't log in",
        "can you cancel my subscription",
        "$25 for a checked bag?");
  }

  @Provide
  Arbitrary<String> polite() {
    return Arbitraries.of("please", "pls", "thanks", "thank you!", "thx", "thanks in advance", "please and thank you", "kindly");
  }

  @Provide
  Arbitrary<String> clauseSoup() {
    Arbitrary<String> words =
        Arbitraries.of(
            "is", "still", "no", "not", "down", "again", "since", "for", "3", "hrs", "4th", "time", "times", "why", "$", "€25",
            "?", "??", ".", ",", "\n", "🤦🏽‍♀️", "e\u0301", "\u200D", "\u202E", "\uD800", "\uDC00", "\u0000", "@handle",
            "https://t.co/x", "&#39;", "טוב", "最悪", "ago", "yet", "nothing", "how come", "waiting", "on hold", "twice",
            "bumped", "me", "my", "got", "gave away", "I", "star", "stars", "1", "0", "5", "zero", "so much for", "thanks", "over", "an hour", "to", "took",
            "turned into", "would be nice", "if you could", "tears of joy",
            "without", "notice", "supposed to", "am", "in", "at", "Denver", "out of stock", "lose", "trying", "how is it possible", "bag");
    return Combinators.combine(words.list().ofMaxSize(60), Arbitraries.of(" ", "", "  ")).as((l, sep) -> String.join(sep, l));
  }
}
