package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Accents a Spanish customer left out, written back where the word's place says which word was
 * meant (session 18 left "no te llego el correo" and "como te das de baja?" as typed): a past no one
 * says in the present after a clitic, and a question word that opens a question.
 */
class SpanishAccentsByPlaceTest {
  private static String restored(String text) {
    return OwnPerson.forLocale(Locale.forLanguageTag("es")).restored(text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "no te llego el correo de confirmacion          | no te llegó el correo de confirmación",
      "me aparecio un cargo raro                      | me apareció un cargo raro",
      "no me funciono el codigo                       | no me funcionó el código",
      "hice una transferencia y no le llego a mi viejo | hice una transferencia y no le llegó a mi viejo",
      // Presents said of oneself to someone are common: kept.
      "te aviso mañana                                | te aviso mañana",
      "te mando el comprobante                        | te mando el comprobante",
      "me quedo sin linea                             | me quedo sin línea",
  })
  void aPastAfterAClitic(String typed, String expected) {
    assertEquals(expected, restored(typed));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "como te das de baja? lo busco en la app y nada | ¿cómo te das de baja? lo busco en la app y nada",
      "Donde pongo el codigo?                         | ¿Dónde pongo el código?",
      "ya pagué. cuando me devuelven la plata??       | ya pagué. ¿cuándo me devuelven la plata??",
      "¿como hago para cambiarlo?                     | ¿cómo hago para cambiarlo?",
      // Not a question, or the word does not open it: kept.
      "como siempre, nadie contesta                   | como siempre, nadie contesta",
      "lo hice como me dijeron?                       | lo hice como me dijeron?",
      "cuando llegue, estaba roto                     | cuando llegue, estaba roto",
  })
  void aQuestionWordThatOpensAQuestion(String typed, String expected) {
    assertEquals(expected, restored(typed));
  }
}
