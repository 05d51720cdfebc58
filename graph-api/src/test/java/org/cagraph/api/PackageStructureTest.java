package org.cagraph.api;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * graph-api stands alone: it reads the graph through the named Cypher of cypher/queries and the
 * relation types from data/schema, never through the loader's classes (org.cagraph outside
 * org.cagraph.api: text, nlp, actors, relations, extract, eval, graph, embedded, cli, data), and
 * its feature packages ({@code actor}, {@code relation}, {@code embed}, {@code support} ...) form
 * no cycle.
 */
@AnalyzeClasses(packages = "org.cagraph", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageStructureTest {
  private static final ArchRule NO_LOADER =
      noClasses()
          .that()
          .resideInAPackage("org.cagraph.api..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("org.cagraph..").and(resideOutsideOfPackage("org.cagraph.api..")))
          .as("graph-api never uses the loader's packages (org.cagraph outside org.cagraph.api)");

  private static final ArchRule NO_CYCLES =
      slices().matching("org.cagraph.api.(*)..").should().beFreeOfCycles();

  // methods rather than fields: surefire's -Dtest=PackageStructureTest selects methods, and would
  // skip @ArchTest fields

  @ArchTest
  static void neverUsesTheLoader(JavaClasses classes) {
    NO_LOADER.check(classes);
  }

  @ArchTest
  static void noCyclesBetweenPackages(JavaClasses classes) {
    NO_CYCLES.check(classes);
  }
}
