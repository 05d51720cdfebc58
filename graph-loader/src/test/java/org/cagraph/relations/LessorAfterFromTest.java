package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The place after "from" in a lease (leases X from Astana, rents from Kazakhstan) is the lessor,
 * never the thing leased. Sentences written for the test.
 */
class LessorAfterFromTest {
  @TempDir Path dir;

  private List<String> facts(String text) throws Exception {
    return Sentences.facts(Sentences.extract(dir, text));
  }

  @Test
  void theCapitalAfterFromIsTheLessor() throws Exception {
    List<String> f = facts("Moscow leases the cosmodrome from Astana.");
    assertFalse(f.stream().anyMatch(x -> x.contains("LEASES astana")), f.toString());
  }

  @Test
  void theLessorAfterRentsFromIsNoLeasedThing() throws Exception {
    List<String> f = facts("Russia rents from Astana the land around the launch pads.");
    assertFalse(f.stream().anyMatch(x -> x.contains("LEASES astana")), f.toString());
  }

  @Test
  void theFacilityBeforeFromIsStillLeased() throws Exception {
    List<String> f = facts("Moscow leases the Baikonur cosmodrome from Astana.");
    assertTrue(f.contains("russia LEASES baikonur_cosmodrome"), f.toString());
    assertFalse(f.stream().anyMatch(x -> x.contains("LEASES astana")), f.toString());
  }

  @Test
  void aPlaceLeasedFromItsStateIsLeased() throws Exception {
    List<String> f = facts("Russia rents the town of Baikonur from Kazakhstan.");
    assertFalse(f.stream().anyMatch(x -> x.contains("LEASES kazakhstan")), f.toString());
  }
}
