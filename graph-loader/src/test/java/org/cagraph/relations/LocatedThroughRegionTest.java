package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A place located in a region of a state the sentence names is located in the state too; a body
 * seated in a city is located in the city alone.
 */
class LocatedThroughRegionTest {
  @TempDir Path dir;

  private List<String> facts(String text) throws Exception {
    return Sentences.facts(Sentences.extract(dir, text));
  }

  @Test
  void aPlaceInARegionOfANamedStateIsInTheStateToo() throws Exception {
    List<String> f = facts("Космодром Байконур расположен в Кызылординской области Казахстана.");
    assertTrue(f.contains("baikonur_cosmodrome LOCATED_IN kyzylorda_region"), f.toString());
    assertTrue(f.contains("baikonur_cosmodrome LOCATED_IN kazakhstan"), f.toString());
    f = facts("Sary-Shagan lies in the Karaganda region of Kazakhstan.");
    assertTrue(f.contains("sary_shagan_test_site LOCATED_IN kazakhstan"), f.toString());
  }

  @Test
  void aRegionWhoseStateTheSentenceDoesNotNameOrACityAddsNoState() throws Exception {
    List<String> f = facts("Космодром Байконур расположен в Кызылординской области.");
    assertFalse(f.contains("baikonur_cosmodrome LOCATED_IN kazakhstan"), f.toString());
    f = facts("Исполнительный комитет СНГ находится в Минске, столице Белоруссии.");
    assertFalse(f.contains("cis_executive_committee LOCATED_IN belarus"), f.toString());
  }
}
