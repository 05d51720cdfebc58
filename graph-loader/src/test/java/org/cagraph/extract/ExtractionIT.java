package org.cagraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cagraph.CorpusRun;
import org.cagraph.TestCorpus;
import org.cagraph.actors.Mention;
import org.cagraph.nlp.AnnotatedSentence;
import org.cagraph.nlp.NlpPipeline;
import org.cagraph.text.Paper;
import org.cagraph.text.Sentence;
import org.junit.jupiter.api.Test;

/** The real pipeline (CoreNLP Chinese and English models) over the whole corpus. */
class ExtractionIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyCitationQuotesTheOriginalFileExactly() throws Exception {
    Path st = CorpusRun.statements();
    Map<String, String> texts = new HashMap<>();
    for (Path f : TestCorpus.files()) {
      String n = f.getFileName().toString();
      texts.put(n.substring(0, n.lastIndexOf('.')), Files.readString(f, StandardCharsets.UTF_8));
    }
    Set<String> actors = new HashSet<>();
    Set<String> keys = new HashSet<>();
    int relations = 0;
    for (String line : Files.readAllLines(st, StandardCharsets.UTF_8)) {
      JsonNode n = JSON.readTree(line);
      if (n.get("type").asText().equals("actor")) {
        assertTrue(n.get("id").asText().matches("[a-z0-9]+(_[a-z0-9]+)*"), line);
        assertTrue(actors.add(n.get("id").asText()), "actor listed twice: " + line);
        continue;
      }
      relations++;
      assertTrue(
          actors.contains(n.get("subject").asText()) && actors.contains(n.get("object").asText()),
          line);
      assertTrue(
          keys.add(
              n.get("subject").asText()
                  + n.get("predicate").asText()
                  + n.get("object").asText()
                  + n.get("role").asText()),
          "relation listed twice: " + line);
      assertTrue(n.get("citations").size() > 0, "uncited relation: " + line);
      for (JsonNode c : n.get("citations")) {
        String t = texts.get(c.get("doc").asText());
        int s = t.offsetByCodePoints(0, c.get("start").asInt());
        int e = t.offsetByCodePoints(0, c.get("end").asInt());
        assertEquals(t.substring(s, e), c.get("quote").asText(), line);
      }
    }
    assertTrue(relations > 100, "relations: " + relations);
  }

  @Test
  void actorsAreWrittenInIdOrderSoTheSameCorpusGivesTheSameFile() throws Exception {
    List<String> ids =
        Files.readAllLines(CorpusRun.statements(), StandardCharsets.UTF_8).stream()
            .filter(l -> l.startsWith("{\"type\":\"actor\""))
            .map(
                l -> {
                  try {
                    return JSON.readTree(l).get("id").asText();
                  } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                  }
                })
            .toList();
    assertTrue(ids.size() > 100, "actors written: " + ids.size());
    assertEquals(ids.stream().sorted().toList(), ids);
  }

  @Test
  void oneNodePerRealWorldActorInAnyScriptOrSpelling() throws Exception {
    Map<String, String> owner = new HashMap<>();
    for (String line : Files.readAllLines(CorpusRun.statements(), StandardCharsets.UTF_8)) {
      JsonNode n = JSON.readTree(line);
      if (!n.get("type").asText().equals("actor")) {
        continue;
      }
      String id = n.get("id").asText();
      for (JsonNode name : n.get("names")) {
        String key = org.cagraph.actors.Linker.key(name.asText()).replaceAll("[\\s·.\\-]", "");
        String prev = owner.putIfAbsent(key, id);
        assertTrue(
            prev == null || prev.equals(id),
            "'" + name.asText() + "' names both " + prev + " and " + id);
      }
    }
    // the names an analyst may search for all land on one node
    for (String name : List.of("哈薩克", "哈萨克斯坦", "Kazakhstan", "Казахстан")) {
      assertEquals("kazakhstan", owner.get(org.cagraph.actors.Linker.key(name)), name);
    }
  }

  @Test
  void theScoFoundingOf2001IsInTheGraphWithItsSentence() throws Exception {
    List<org.cagraph.relations.Relation> rels = CorpusRun.result().relations();
    org.cagraph.relations.Relation r =
        rels.stream()
            .filter(
                x ->
                    x.subject().equals("kazakhstan")
                        && x.predicate().equals("MEMBER_OF")
                        && x.object().equals("sco"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("kazakhstan MEMBER_OF sco missing"));
    assertEquals("founding", r.role());
    assertTrue(
        r.citations().stream().anyMatch(c -> c.quote().contains("上海合作組")),
        r.citations().toString());
  }

  @Test
  void nerTagsTheCentralAsianStatesAsPlacesOnTheSimplifiedView() throws Exception {
    Extraction.Result r = CorpusRun.result();
    Set<String> states =
        Set.of("kazakhstan", "kyrgyzstan", "tajikistan", "uzbekistan", "turkmenistan");
    Set<String> places = Set.of("GPE", "COUNTRY", "LOCATION", "STATE_OR_PROVINCE", "CITY");
    Map<String, AnnotatedSentence> annotated = new HashMap<>();
    for (Paper p : r.papers()) {
      List<Sentence> chinese = p.sentences().stream().filter(s -> !s.isEnglish()).toList();
      // the run's result keeps no tokens: the tags its CoreNLP pass wrote (the same shared
      // pipeline), else the sentences that mention a state annotated again (model already loaded)
      Map<String, AnnotatedSentence> run = new HashMap<>();
      CorpusRun.annotations(p).ifPresent(as -> as.forEach(a -> run.put(a.sentence().id(), a)));
      for (Sentence s : chinese) {
        List<Mention> ms = r.mentions().get(s.id());
        if (ms.stream()
            .anyMatch(m -> m.method().equals("name") && states.contains(m.actor().id()))) {
          AnnotatedSentence a = run.get(s.id());
          annotated.put(s.id(), a != null ? a : NlpPipeline.shared().annotate(s));
        }
      }
    }
    int total = 0;
    int tagged = 0;
    for (AnnotatedSentence a : annotated.values()) {
      for (Mention m : r.mentions().get(a.sentence().id())) {
        if (!m.method().equals("name") || !states.contains(m.actor().id())) {
          continue;
        }
        total++;
        boolean place =
            a.tokens().stream()
                .anyMatch(
                    t -> t.begin() < m.end() && m.begin() < t.end() && places.contains(t.ner()));
        if (place) {
          tagged++;
        }
      }
    }
    double rate = (double) tagged / total;
    System.err.printf(
        "NER: %d of %d Central Asian state mentions tagged as places (%.3f)%n",
        tagged, total, rate);
    assertTrue(total > 500, "mentions: " + total);
    assertTrue(rate >= 0.95, "NER place rate " + rate);
  }

  @Test
  void negatedAndHypotheticalStatementsAreKeptApartNotLoaded() throws Exception {
    Extraction.Result r = CorpusRun.result();
    long claims = r.statements().stream().filter(s -> !s.asserted()).count();
    assertTrue(claims > 0, "the corpus has negated or planned statements");
    Set<String> facts = new HashSet<>();
    r.relations()
        .forEach(
            x ->
                x.citations().stream()
                    // a sentence that ends the relation (2021年美國撤出阿富汗) is cited only as its end
                    .filter(c -> !c.endsOnly())
                    .forEach(
                        c -> facts.add(x.subject() + x.predicate() + x.object() + c.sentence())));
    r.statements().stream()
        .filter(s -> !s.asserted())
        .forEach(
            s ->
                assertFalse(
                    facts.contains(s.subject() + s.predicate() + s.object() + s.sentence().id()),
                    s.toString()));
  }
}
