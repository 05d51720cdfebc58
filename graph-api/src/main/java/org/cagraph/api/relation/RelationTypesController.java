package org.cagraph.api.relation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cagraph.api.support.RelationTypes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The relation types as data/schema/relation-types.tsv states them: what the embed labels and
 * colours edges by.
 */
@RestController
@Tag(name = "relations")
class RelationTypesController {
  private final Map<String, Object> body = body();

  @GetMapping("/api/relation-types")
  @Operation(
      summary = "The relation types: name, symmetric, ends, en, zh, colour",
      description =
          "In the order of data/schema/relation-types.tsv. symmetric types are stored once per pair and read "
              + "from either side; ends lists the types whose periods a relation of this type ends; en and zh are labels; "
              + "colour is the embed's edge colour (#rrggbb).")
  Map<String, Object> types() {
    return body;
  }

  private static Map<String, Object> body() {
    List<Map<String, Object>> rows =
        RelationTypes.all().stream()
            .map(
                t -> {
                  Map<String, Object> row = new LinkedHashMap<>();
                  row.put("name", t.name());
                  row.put("symmetric", t.symmetric());
                  row.put("ends", t.ends());
                  row.put("en", t.en());
                  row.put("zh", t.zh());
                  row.put("colour", t.colour());
                  return row;
                })
            .toList();
    return Map.of("types", rows);
  }
}
