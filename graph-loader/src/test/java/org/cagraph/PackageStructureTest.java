package org.cagraph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Which package of the loader may use which (main code; tests may reach across). The flow goes one
 * way, each package using only those to its left:
 *
 * <pre>
 * data ← text ← nlp ← actors ← relations ← extract ← eval
 *                                                  ← graph
 * embedded
 * everything above ← cli
 * </pre>
 *
 * <ul>
 *   <li>{@code data}, the shared helper at the bottom: reads data/ (KG_HOME's, else the
 *       classpath's) for every stage; it uses no other package. A word list in the linker's
 *       matching view is {@code actors.Linker.words}.
 *   <li>{@code text ← nlp ← actors ← relations}: the stages of DESIGN.md, in their order.
 *   <li>{@code extract} runs those stages over a corpus and writes the statements file, the seam;
 *       it also holds the writing helpers the later stages share ({@code AtomicFiles}, {@code
 *       DiskFullException}, {@code Progress}).
 *   <li>{@code eval} (scores extraction against gold) and {@code graph} (loads the statements into
 *       Neo4j, exports it) both read what extract writes, and never each other.
 *   <li>{@code embedded}, the in-process Neo4j server, uses none of ours; only cli starts it.
 *   <li>{@code cli}, the command line, may use them all and nothing uses it. The benchmarks
 *       (graph-bench) sit above it in a module of their own, which the loader cannot see.
 * </ul>
 *
 * <p>A new package must be placed here: {@link #everyPackageHasAPlace} fails until it is.
 */
@AnalyzeClasses(packages = "org.cagraph", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageStructureTest {
  private static final String[] STAGES = {"data", "text", "nlp", "actors", "relations", "extract"};

  private static final ArchRule FLOW =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("data")
          .definedBy("org.cagraph.data..")
          .layer("text")
          .definedBy("org.cagraph.text..")
          .layer("nlp")
          .definedBy("org.cagraph.nlp..")
          .layer("actors")
          .definedBy("org.cagraph.actors..")
          .layer("relations")
          .definedBy("org.cagraph.relations..")
          .layer("extract")
          .definedBy("org.cagraph.extract..")
          .layer("eval")
          .definedBy("org.cagraph.eval..")
          .layer("graph")
          .definedBy("org.cagraph.graph..")
          .layer("embedded")
          .definedBy("org.cagraph.embedded..")
          .layer("cli")
          .definedBy("org.cagraph.cli..")
          .whereLayer("data")
          .mayNotAccessAnyLayer()
          .whereLayer("text")
          .mayOnlyAccessLayers(left("text"))
          .whereLayer("nlp")
          .mayOnlyAccessLayers(left("nlp"))
          .whereLayer("actors")
          .mayOnlyAccessLayers(left("actors"))
          .whereLayer("relations")
          .mayOnlyAccessLayers(left("relations"))
          .whereLayer("extract")
          .mayOnlyAccessLayers(left("extract"))
          .whereLayer("eval")
          .mayOnlyAccessLayers(STAGES)
          .whereLayer("graph")
          .mayOnlyAccessLayers(STAGES)
          .whereLayer("embedded")
          .mayNotAccessAnyLayer()
          .whereLayer("cli")
          .mayNotBeAccessedByAnyLayer();

  private static final ArchRule PLACED =
      classes()
          .should()
          .resideInAnyPackage(
              "org.cagraph.data..",
              "org.cagraph.text..",
              "org.cagraph.nlp..",
              "org.cagraph.actors..",
              "org.cagraph.relations..",
              "org.cagraph.extract..",
              "org.cagraph.eval..",
              "org.cagraph.graph..",
              "org.cagraph.embedded..",
              "org.cagraph.cli..")
          .as(
              "every class of the loader is in a package of the flow (PackageStructureTest's javadoc)");

  private static final ArchRule NO_CYCLES =
      slices().matching("org.cagraph.(*)..").should().beFreeOfCycles();

  // methods rather than fields: surefire's -Dtest=PackageStructureTest selects methods, and would
  // skip @ArchTest fields

  @ArchTest
  static void flowGoesOneWay(JavaClasses classes) {
    FLOW.check(classes);
  }

  @ArchTest
  static void everyPackageHasAPlace(JavaClasses classes) {
    PLACED.check(classes);
  }

  @ArchTest
  static void noCyclesBetweenPackages(JavaClasses classes) {
    NO_CYCLES.check(classes);
  }

  /** The stages left of {@code stage}. */
  private static String[] left(String stage) {
    return java.util.Arrays.copyOfRange(STAGES, 0, java.util.Arrays.asList(STAGES).indexOf(stage));
  }
}
