package org.cagraph.bench;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * graph-bench sits above the loader's command line: bench uses cli (ApiProcess, Paths, UserError),
 * graph, extract and embedded, and cli finds the bench commands through ServiceLoader without
 * importing them. No cycle between bench and the loader's packages, nor among those.
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
