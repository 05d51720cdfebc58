package org.cagraph.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cagraph.text.Paper;
import org.cagraph.text.Sentence;

/**
 * CoreNLP's output per paper on disk, keyed by the paper's content hash, the sentence split and the
 * pipeline settings: an unchanged corpus and pipeline skip CoreNLP (warm starts, rule writing).
 */
public final class AnnotationCache {
  /** Bumped whenever the pipeline's settings or the text stage change what CoreNLP would see. */
  private static final String PIPELINE_VERSION =
      "corenlp-4.5.7;v3-russian-words;"
          + NlpPipeline.ANNOTATORS
          + ";en:"
          + NlpPipeline.ENGLISH_ANNOTATORS;

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path dir;

  /**
   * The key leaves out the RegexNER mapping built from the gazetteer: it only retypes gazetteer
   * names, which the linker claims whatever NER says, so a gazetteer edit does not invalidate
   * cached annotations.
   */
  public AnnotationCache(Path dir) {
    this.dir = dir;
  }

  private Path file(Paper p) {
    String key =
        Integer.toHexString(
            (PIPELINE_VERSION
                    + p.sentences().size()
                    + p.sentences().stream().mapToInt(s -> s.text().hashCode()).sum())
                .hashCode());
    return dir.resolve(p.id() + "-" + p.source().sha256().substring(0, 16) + "-" + key + ".json");
  }

  public Optional<List<AnnotatedSentence>> get(Paper p) {
    Path f = file(p);
    if (!Files.isRegularFile(f)) {
      return Optional.empty();
    }
    try {
      return decode(p, Files.readAllBytes(f));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // a damaged cache entry is recomputed
    }
  }

  /**
   * A paper's annotations from the bytes {@link #encode} wrote: what a cache entry holds, and what
   * a distributed run ships between its stages. Empty when they do not fit the paper's sentences.
   */
  public static Optional<List<AnnotatedSentence>> decode(Paper p, byte[] json) {
    try {
      JsonNode root = JSON.readTree(json);
      List<AnnotatedSentence> out = new ArrayList<>();
      int i = 0;
      for (JsonNode s : root) {
        Sentence sent = p.sentences().get(i++);
        List<Token> tokens = new ArrayList<>();
        for (JsonNode t : s.get("t")) {
          int b = t.get(0).asInt();
          int e = t.get(1).asInt();
          tokens.add(
              new Token(sent.text().substring(b, e), t.get(2).asText(), t.get(3).asText(), b, e));
        }
        List<Dependency> deps = new ArrayList<>();
        for (JsonNode d : s.get("d")) {
          deps.add(new Dependency(d.get(0).asInt(), d.get(1).asInt(), d.get(2).asText()));
        }
        out.add(
            new AnnotatedSentence(
                sent, s.get("v").asText(), List.copyOf(tokens), List.copyOf(deps)));
      }
      return out.size() == p.sentences().size() ? Optional.of(out) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // a damaged cache entry is recomputed
    }
  }

  public void put(Paper p, List<AnnotatedSentence> annotated) {
    byte[] bytes;
    try {
      bytes = encode(annotated);
    } catch (IOException e) {
      return;
    }
    Path tmp = null;
    try {
      Files.createDirectories(dir);
      tmp = Files.createTempFile(dir, ".nlp-", ".tmp");
      Files.write(tmp, bytes);
      Files.move(tmp, file(p), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      // the cache is an optimisation: a failed write (a full disk) costs the next run time, nothing
      // else
      try {
        if (tmp != null) {
          Files.deleteIfExists(tmp); // a partial entry would only take up the space that ran out
        }
      } catch (IOException ignored) {
        // nothing more to do
      }
    }
  }

  /**
   * A paper's annotations as compact JSON: the Simplified view, tokens and dependencies of each
   * sentence.
   */
  public static byte[] encode(List<AnnotatedSentence> annotated) throws IOException {
    ArrayNode root = JSON.createArrayNode();
    for (AnnotatedSentence a : annotated) {
      ObjectNode s = root.addObject();
      s.put("v", a.simplified());
      ArrayNode ts = s.putArray("t");
      for (Token t : a.tokens()) {
        ts.addArray().add(t.begin()).add(t.end()).add(t.pos()).add(t.ner());
      }
      ArrayNode ds = s.putArray("d");
      for (Dependency d : a.dependencies()) {
        ds.addArray().add(d.governor()).add(d.dependent()).add(d.relation());
      }
    }
    return JSON.writeValueAsBytes(root);
  }
}
