package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.Register;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any Spanish or Portuguese situation typed as one question, in real customers' shapes (a question
 * word with or without its accent, "¿" or not, text-speak, capitals, emoji, controls, unpaired
 * surrogates), is never said back inside one of our sentences with its marks: the acknowledgement
 * names no question and the summary ends with a full stop.
 */
class QuestionsInSpanishPortugueseProperties {
  @Provide
  Arbitrary<String> spanish() {
    return question(Arbitraries.of("por qué", "por que", "porque", "xq", "cómo", "como", "COMO", "dónde", "donde", "cuándo",
            "cuando", "cuánto", "a que hora", "qué", "que", "q", "puedo", "me pueden", "es", "hay", "mi pedido"),
        Arbitraries.of("me", "cobraron", "dos", "veces", "cancelo", "mi", "suscripcion", "el", "reembolso", "llega",
            "pedido", "tengo", "que", "esperar", "jaja", "😡", "e\u0301", "\uD800", "\u0000", "&amp;", "#4471", "45,99 €", ",", "!!", "¿", ""));
  }

  @Provide
  Arbitrary<String> portuguese() {
    return question(Arbitraries.of("por que", "porque", "pq", "como", "cadê", "cade", "onde", "quando", "quanto tempo", "o que",
            "que", "q", "posso", "vocês podem", "meu pedido", "tá"),
        Arbitraries.of("fui", "cobrado", "duas", "vezes", "faço", "pra", "cancelar", "meu", "pedido", "chega", "vou",
            "ter", "que", "esperar", "kkkk", "😡", "e\u0301", "\uD800", "\u0000", "&amp;", "#4471", "R$ 29,90", ",", "!!", ""));
  }

  private static Arbitrary<String> question(Arbitrary<String> opening, Arbitrary<String> word) {
    Arbitrary<String> rest = word.list().ofMaxSize(8).map(l -> String.join(" ", l));
    Arbitrary<String> open = Arbitraries.of("", "¿");
    Arbitrary<String> marks = Arbitraries.of("?", "??", "?!", " ?", "?? 🙄", "");
    return Combinators.combine(open, opening, rest, marks).as((o, q, r, m) -> (o + q + " " + r).strip() + m);
  }

  @Property(tries = 150)
  void aSpanishQuestionIsNeverEchoedInsideOurSentence(@ForAll("spanish") String situation, @ForAll Emotion emotion,
      @ForAll Register register) {
    check("es", situation, emotion, register);
  }

  @Property(tries = 150)
  void aPortugueseQuestionIsNeverEchoedInsideOurSentence(@ForAll("portuguese") String situation, @ForAll Emotion emotion,
      @ForAll Register register) {
    check("pt-BR", situation, emotion, register);
  }

  private static void check(String tag, String situation, Emotion emotion, Register register) {
    Locale locale = Locale.forLanguageTag(tag);
    Reply r = Empathy.builder().locale(locale).register(register).build().compose().conversation("p", 0)
        .acknowledge(emotion, situation).action("he revisado el caso").build();
    assertNotNull(r.toPlainText());
    AskedQuestion.Restated restated = AskedQuestion.forLocale(locale).restate(situation.strip());
    if (restated != null && restated.asked()) {
      r.block(BlockKind.ACKNOWLEDGEMENT).ifPresent(b -> assertFalse(b.fact("named").isPresent(), b::text));
      r.block(BlockKind.SUMMARY).ifPresent(b -> {
        assertFalse(b.text().contains("?") || b.text().contains("¿"), b::text);
        assertTrue(b.text().endsWith("."), b::text);
      });
    }
  }
}
