package dev.empathy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** empathy-core knows no channel and no example: the dependency points one way only. */
class ArchitectureTest {
  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.empathy");

  @Test
  void coreDoesNotDependOnChannelsOrExamples() {
    noClasses()
        .that().resideInAPackage("dev.empathy..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.empathy.channels..", "dev.empathy.examples..", "dev.empathy.benchmarks..")
        .because("empathy-core must stay channel-agnostic; channels depend on core, never the reverse")
        .check(CORE);
  }

  @Test
  void thePhrasebookAndTextPackagesDoNotReachUpIntoComposition() {
    noClasses()
        .that().resideInAnyPackage("dev.empathy.phrase..", "dev.empathy.text..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.empathy.compose..", "dev.empathy.channel..")
        .check(CORE);
  }
}
