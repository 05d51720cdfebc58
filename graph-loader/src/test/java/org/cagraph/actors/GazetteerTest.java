package org.cagraph.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GazetteerTest {

  @Test
  void everyEntryHasAnIdATypeAnEnglishAndAChineseName() {
    Gazetteer g = Gazetteer.load();
    assertTrue(g.actors().size() > 200, "entries: " + g.actors().size());
    for (Actor a : g.actors().values()) {
      assertTrue(a.id().matches("[a-z0-9]+(_[a-z0-9]+)*"), a.id());
      assertTrue(Actor.LABELS.contains(a.label()), a.id() + " label " + a.label());
      assertTrue(a.name() != null && !a.name().isBlank(), a.id() + " has no English name");
      assertNotNull(a.nameZh(), a.id() + " has no Chinese name");
      assertTrue(
          a.nameZh()
              .codePoints()
              .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
          a.id() + " Chinese name " + a.nameZh());
      if (a.label().equals("Country") && !a.id().equals("western_countries")) {
        assertTrue(a.iso3() == null || a.iso3().matches("[A-Z]{3}"), a.id() + " iso3 " + a.iso3());
      }
    }
  }

  @Test
  void noNameLeadsToTwoActors() {
    Map<String, String> owner = new HashMap<>();
    for (Actor a : Gazetteer.load().actors().values()) {
      for (String n : a.names()) {
        String k = Linker.key(n);
        String prev = owner.putIfAbsent(k, a.id());
        assertTrue(
            prev == null || prev.equals(a.id()),
            "'" + n + "' names both " + prev + " and " + a.id());
      }
    }
  }

  @Test
  void groupWordsNameKnownActors() {
    Gazetteer g = Gazetteer.load();
    g.groupWords()
        .forEach((w, ids) -> ids.forEach(id -> assertNotNull(g.get(id), w + " -> unknown " + id)));
    assertEquals(
        List.of("kazakhstan", "kyrgyzstan", "tajikistan", "uzbekistan", "turkmenistan").stream()
            .sorted()
            .toList(),
        g.groupWords().get("中亞五國").stream().sorted().toList());
  }
}
