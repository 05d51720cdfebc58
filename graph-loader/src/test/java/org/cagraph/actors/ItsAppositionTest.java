package org.cagraph.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An apposition opened by "its" right after a state (Kazakhstan depends on Russia, its largest
 * neighbour) is the one other state the sentence names before it.
 */
class ItsAppositionTest {

  /** The actor ids of the coref mentions of the last sentence that cover "its". */
  private static Set<String> its(String text) {
    List<List<Mention>> all = LinkedText.link(text);
    java.util.Set<String> out = new java.util.TreeSet<>();
    for (Mention m : all.get(all.size() - 1)) {
      if (m.method().equals("coref") && m.end() - m.begin() == 3) {
        out.add(m.actor().id());
      }
    }
    return out;
  }

  @Test
  void theOneStateBeforeTheApposition() {
    assertEquals(
        Set.of("kazakhstan"), its("Kazakhstan depends on Russia, its largest neighbour.\n"));
    assertEquals(Set.of("tajikistan"), its("Tajikistan relies on Russia, its main ally.\n"));
    assertEquals(
        Set.of("kazakhstan"),
        its(
            "Its policy keeps Kazakhstan close to Russia, its largest neighbour and its partner"
                + " in the Eurasian Economic Union.\n"));
  }

  @Test
  void nothingWhenTheOwnerIsUnclear() {
    // two states before the apposition
    assertEquals(
        Set.of(), its("Kazakhstan and Uzbekistan both trade with Russia, its neighbour.\n"));
    // an organisation before it
    assertEquals(Set.of(), its("The CSTO sent troops to Kazakhstan, its ally.\n"));
    // a noun of no relation between states
    assertEquals(Set.of(), its("Kazakhstan sells oil to China, its largest market.\n"));
  }
}
