package dev.empathy.channels;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * empathy-channels, like empathy-core: no Guava type in any public or protected signature, so a user is never tied to the Guava version
 * we build with: Guava stays an implementation detail behind {@code java.util} views.
 */
class ChannelsPublicApiTest {
  private static final JavaClasses CHANNELS =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.empathy.channels");

  @Test
  void noGuavaTypeInAPublicSignature() {
    classes()
        .that(ApiSignatures.VISIBLE)
        // fit is support code shared by the channel packages, documented as not stable API.
        .and().resideOutsideOfPackage("dev.empathy.channels.fit..")
        .should(ApiSignatures.notMention("com.google.common"))
        .because("users must not be tied to our Guava version; return java.util views")
        .check(CHANNELS);
  }

  /** The rule; empathy-core's {@code PublicApiTest} holds the same one for the core packages. */
  static final class ApiSignatures {
    static final DescribedPredicate<JavaClass> VISIBLE =
        DescribedPredicate.describe("are visible outside their package", ApiSignatures::visible);

    private ApiSignatures() {}

    static boolean visible(JavaClass c) {
      for (Optional<JavaClass> k = Optional.of(c); k.isPresent(); k = k.get().getEnclosingClass()) {
        Set<JavaModifier> m = k.get().getModifiers();
        if (!m.contains(JavaModifier.PUBLIC) && !m.contains(JavaModifier.PROTECTED)) {
          return false;
        }
      }
      return true;
    }

    static ArchCondition<JavaClass> notMention(String packagePrefix) {
      return new ArchCondition<>("not mention " + packagePrefix + " in a public or protected signature") {
        @Override
        public void check(JavaClass c, ConditionEvents events) {
          Set<String> found = new LinkedHashSet<>();
          boolean subclassable = !c.getModifiers().contains(JavaModifier.FINAL);
          for (JavaType t : supertypes(c)) {
            mentions(t, packagePrefix, c.getName() + " extends or implements", found);
          }
          for (JavaCodeUnit u : c.getCodeUnits()) {
            if (!exposed(u.getModifiers(), subclassable) || u.getName().startsWith("lambda$") || u.getModifiers().contains(JavaModifier.SYNTHETIC)) {
              continue;
            }
            mentions(u.getReturnType(), packagePrefix, u.getFullName() + " returns", found);
            for (JavaType p : u.getParameterTypes()) {
              mentions(p, packagePrefix, u.getFullName() + " takes", found);
            }
          }
          for (JavaField f : c.getFields()) {
            if (exposed(f.getModifiers(), subclassable)) {
              mentions(f.getType(), packagePrefix, f.getFullName() + " is", found);
            }
          }
          for (String f : found) {
            events.add(SimpleConditionEvent.violated(c, f));
          }
        }
      };
    }

    private static List<JavaType> supertypes(JavaClass c) {
      List<JavaType> types = new ArrayList<>(c.getInterfaces());
      c.getSuperclass().ifPresent(types::add);
      return types;
    }

    private static boolean exposed(Set<JavaModifier> modifiers, boolean subclassable) {
      return modifiers.contains(JavaModifier.PUBLIC) || (subclassable && modifiers.contains(JavaModifier.PROTECTED));
    }

    private static void mentions(JavaType type, String prefix, String where, Set<String> found) {
      for (JavaClass raw : type.getAllInvolvedRawTypes()) {
        if (raw.getName().startsWith(prefix + ".")) {
          found.add(where + " " + type.getName());
        }
      }
    }
  }
}
