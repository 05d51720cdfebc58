package org.cagraph.spark;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * graph-spark sits above the loader's extraction (extract, relations, actors, nlp, text): no cycle
 * between its package and the loader's, nor among those. The loader's own flow is its
 * PackageStructureTest.
 */
@AnalyzeClasses(packages = "org.cagraph", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageStructureTest {
  private static final ArchRule NO_CYCLES =
      slices().matching("org.cagraph.(*)..").should().beFreeOfCycles();

  // a method rather than a field: surefire's -Dtest=PackageStructureTest selects methods, and would
  // skip @ArchTest fields
  @ArchTest
  static void noCyclesBetweenPackages(JavaClasses classes) {
    NO_CYCLES.check(classes);
  }
}
