package dev.empathy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.empathy.channel.RenderOptions;
import dev.empathy.channel.Rendered;
import dev.empathy.compose.ReplyPolicy;
import dev.empathy.phrase.BrandVoice;
import dev.empathy.review.ReviewContext;
import dev.empathy.review.Criterion;
import dev.empathy.review.ReviewOptions;
import dev.empathy.review.RubricScore;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A null argument to any public method of the builders and of the fluent composer is either
 * accepted (where documented as "unset") or refused with an {@link InvalidInputException} naming
 * the field, never a bare {@link NullPointerException} from deep inside. Found by reflection, so a
 * method added later is checked too.
 */
class NullArgumentsTest {
  @Test
  void aNullLocaleIsNamed() {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> Empathy.builder().locale((Locale) null));
    assertEquals("locale", e.field());
    assertEquals("locale must not be null", e.getMessage());
  }

  @Test
  void aValueOutOfRangeIsNamedByTheFirstWordOfItsRule() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> new RubricScore(Criterion.values()[0], 1.5, List.of(), "note"));
    assertEquals("score", e.field());
    assertEquals("score must be in [0, 1] but was 1.5", e.getMessage());
  }

  static Stream<Arguments> methods() {
    Map<String, Supplier<Object>> targets =
        Map.of(
            "Empathy.Builder", Empathy::builder,
            "RenderOptions.Builder", RenderOptions::builder,
            "Rendered.Builder", () -> Rendered.builder("chat", "web"),
            "BrandVoice.Builder", BrandVoice::builder,
            "ReviewContext.Builder", ReviewContext::builder,
            "ReviewOptions.Builder", ReviewOptions::builder,
            "ReplyPolicy.Builder", ReplyPolicy::builder,
            "Composer", () -> Empathy.create().compose());
    List<Arguments> out = new ArrayList<>();
    targets.forEach(
        (name, target) -> {
          for (Method m : target.get().getClass().getMethods()) {
            if (m.getDeclaringClass() == Object.class || Modifier.isStatic(m.getModifiers())) {
              continue;
            }
            Class<?>[] types = m.getParameterTypes();
            for (int i = 0; i < types.length; i++) {
              if (!types[i].isPrimitive()) {
                out.add(Arguments.of(name + "." + m.getName() + "#" + i, target, m, i));
              }
            }
          }
        });
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("methods")
  void aNullIsAcceptedOrNamedNeverABareNullPointerException(
      String label, Supplier<Object> target, Method method, int nullAt) throws Exception {
    Object[] args = new Object[method.getParameterCount()];
    Class<?>[] types = method.getParameterTypes();
    for (int i = 0; i < args.length; i++) {
      args[i] = i == nullAt ? null : sample(types[i]);
    }
    try {
      method.invoke(target.get(), args);
    } catch (InvocationTargetException e) {
      Throwable t = e.getCause();
      if (!(t instanceof InvalidInputException iie)) {
        fail(label + " threw " + t + " instead of InvalidInputException", t);
        return;
      }
      assertFalse(iie.field().isBlank(), label);
      assertTrue(iie.getMessage().contains(iie.field()), label + ": " + iie.getMessage());
    }
  }

  private static Object sample(Class<?> type) {
    if (type == String.class) {
      return "x";
    } else if (type == int.class || type == Integer.class) {
      return 1;
    } else if (type == long.class || type == Long.class) {
      return 1L;
    } else if (type == double.class || type == Double.class) {
      return 0.5;
    } else if (type == boolean.class || type == Boolean.class) {
      return true;
    } else if (type == Locale.class) {
      return Locale.US;
    } else if (type == Clock.class) {
      return Clock.systemUTC();
    } else if (type == Duration.class) {
      return Duration.ofHours(1);
    } else if (type == LocalDate.class) {
      return LocalDate.of(2026, 12, 1);
    } else if (type == ZoneOffset.class) {
      return ZoneOffset.UTC;
    } else if (type == List.class) {
      return List.of("x");
    } else if (type == Set.class) {
      return Set.of("x");
    } else if (type == Map.class) {
      return Map.of();
    } else if (type.isEnum()) {
      return type.getEnumConstants()[0];
    } else if (type.isArray()) {
      return java.lang.reflect.Array.newInstance(type.getComponentType(), 0);
    }
    return null;
  }
}
