package dev.crmcards;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The runtime's packages and what each may use, checked on the compiled classes: the core runs on
 * neutral types, adapters sit on top of it, and no two packages need each other.
 */
@AnalyzeClasses(packages = "dev.crmcards", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /**
   * HubSpot's rules, a module of their own that the runtime uses (and that nothing of the runtime
   * may be used by): its own packages are its own affair.
   */
  static final String RULES = "dev.crmcards.rules";

  /** The adapter packages: each translates a container onto the core. */
  static final String SERVLET = "dev.crmcards.servlet..";

  /**
   * Each package is one slice, except that the annotations and their enums (the dependency-free
   * vocabulary users write cards in, in {@code dev.crmcards} beside the response and request
   * model) form a slice of their own.
   */
  static final SliceAssignment PACKAGES =
      new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
          String name = javaClass.getPackageName();
          if (!name.equals("dev.crmcards") && !name.startsWith("dev.crmcards.")
              || name.startsWith(RULES)) {
            return SliceIdentifier.ignore();
          }
          if (name.equals("dev.crmcards") && isVocabulary(topLevel(javaClass))) {
            return SliceIdentifier.of("dev.crmcards (annotations and their enums)");
          }
          return SliceIdentifier.of(name);
        }

        @Override
        public String getDescription() {
          return "the dev.crmcards packages, the annotations apart";
        }
      };

  @ArchTest
  static final ArchRule noPackageCycles =
      slices().assignedFrom(PACKAGES).should().beFreeOfCycles();

  @ArchTest
  static final ArchRule theCoreKnowsNoAdapterAndNoContainer =
      noClasses()
          .that().resideInAPackage("dev.crmcards.core..")
          .should().dependOnClassesThat().resideInAnyPackage(SERVLET, "jakarta..", "javax.servlet..")
          .because("the core is the whole pipeline on neutral types; adapters translate onto it");

  @ArchTest
  static final ArchRule theAnnotationsNeedNothingElse =
      noClasses()
          .that(vocabulary())
          .should().dependOnClassesThat(
              DescribedPredicate.describe(
                  "are other dev.crmcards classes",
                  other -> isOtherCrmcardsClass(other.getBaseComponentType())))
          .because("the annotations are the dependency-free vocabulary cards are written in");

  private static DescribedPredicate<JavaClass> vocabulary() {
    return DescribedPredicate.describe(
        "are annotations of dev.crmcards or their enums",
        javaClass -> javaClass.getPackageName().equals("dev.crmcards")
            && isVocabulary(topLevel(javaClass)));
  }

  private static boolean isOtherCrmcardsClass(JavaClass javaClass) {
    String name = javaClass.getPackageName();
    return (name.equals("dev.crmcards") || name.startsWith("dev.crmcards."))
        && !(name.equals("dev.crmcards") && isVocabulary(topLevel(javaClass)));
  }

  static boolean isVocabulary(JavaClass topLevel) {
    return topLevel.isAnnotation() || topLevel.isEnum();
  }

  static JavaClass topLevel(JavaClass javaClass) {
    JavaClass current = javaClass;
    while (current.getEnclosingClass().isPresent()) {
      current = current.getEnclosingClass().get();
    }
    return current;
  }
}
