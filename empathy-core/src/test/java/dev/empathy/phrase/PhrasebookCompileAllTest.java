package dev.empathy.phrase;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.util.ULocale;
import dev.empathy.Register;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A bundled phrasebook compiles each key on first use (a reply uses a few dozen keys): every key of
 * every bundled locale and register must compile, and compiled lazily it must be what a phrasebook
 * compiled whole (as a brand voice's is) holds.
 */
class PhrasebookCompileAllTest {
  @Test
  void everyKeyOfEveryBundledLocaleAndRegisterCompiles() {
    for (ULocale locale : Phrasebook.SUPPORTED) {
      for (Register register : Register.values()) {
        Phrasebook book = Phrasebook.load(locale.toLocale(), register, BrandVoice.none());
        assertDoesNotThrow(book::compileAll, locale + " " + register);
      }
    }
  }

  @Test
  void aKeyCompiledOnFirstUseIsTheKeyCompiledWhole() {
    // A voice that bans a phrase no bundled variant contains: its phrasebook is compiled whole.
    BrandVoice eager = BrandVoice.builder().ban("zqxj vwkf").build();
    for (ULocale locale : Phrasebook.SUPPORTED) {
      for (Register register : Register.values()) {
        Phrasebook lazy = Phrasebook.load(locale.toLocale(), register, BrandVoice.none());
        Phrasebook whole = Phrasebook.load(locale.toLocale(), register, eager);
        for (PhraseKey key : Phrasebook.catalogue()) {
          if (key.raw()) {
            continue;
          }
          String where = locale + " " + register + " " + key.key();
          List<String> sources = lazy.patterns(key.key());
          assertEquals(whole.patterns(key.key()), sources, where);
          for (ClauseKind kind : ClauseKind.values()) {
            for (dev.empathy.Emotion emotion : dev.empathy.Emotion.values()) {
              Fit fit = Fit.of(kind, emotion);
              for (int turn = 0; turn < 3; turn++) {
                assertEquals(
                    whole.pick(key.key(), fit, 7, turn), lazy.pick(key.key(), fit, 7, turn), where + " " + kind + " " + emotion);
              }
            }
          }
        }
      }
    }
  }
}
