package dev.crmcards.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The rules' packages depend one way: the rules themselves ({@code dev.crmcards.rules}) on none of
 * the packages that use them (problems, checks, the vocabulary, the JSON reader), and those not in
 * a circle.
 */
class RulesArchitectureTest {
  private static final JavaClasses RULES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.crmcards.rules");

  @Test
  void theRulesDependOnNoneOfTheirUsers() {
    noClasses()
        .that().resideInAPackage("dev.crmcards.rules")
        .should().dependOnClassesThat().resideInAPackage("dev.crmcards.rules.(*)..")
        .check(RULES);
  }

  @Test
  void theSubPackagesFormNoCircle() {
    slices().matching("dev.crmcards.rules.(*)..").should().beFreeOfCycles().check(RULES);
  }
}
