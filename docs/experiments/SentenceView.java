// Part of the pair-classifier experiment (docs/experiments/README.md): writes, beside a statements
// sidecar (x.sentences.jsonl), x.view.jsonl with every sentence's matching view (Linker.key: the
// Simplified, lower-case text the rules read, one char for one char, so mention offsets still hold).
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

public class SentenceView {
  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper();
    for (String sidecar : args) {
      List<String> out = new ArrayList<>();
      for (String line : Files.readAllLines(Path.of(sidecar))) {
        JsonNode n = json.readTree(line);
        if (!"sentence".equals(n.path("type").asText())) {
          continue;
        }
        ObjectNode o = json.createObjectNode();
        o.put("id", n.get("id").asText());
        o.put("view", org.cagraph.actors.Linker.key(n.get("text").asText()));
        out.add(json.writeValueAsString(o));
      }
      Files.write(Path.of(sidecar.replace(".sentences.jsonl", ".view.jsonl")), out);
    }
  }
}
