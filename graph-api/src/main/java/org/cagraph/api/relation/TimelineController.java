package org.cagraph.api.relation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cagraph.api.support.Actors;
import org.cagraph.api.support.GraphQueries;
import org.cagraph.api.support.Page;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * "What did Uzbekistan join and leave, and when?" The starts and ends of an actor's relations, in
 * order.
 */
@RestController
@Tag(name = "relations")
class TimelineController {
  private final GraphQueries queries;
  private final Actors actors;
  private final int maxRows;

  TimelineController(
      GraphQueries queries, Actors actors, @Value("${cagraph.max-rows:500}") int maxRows) {
    this.queries = queries;
    this.actors = actors;
    this.maxRows = maxRows;
  }

  @GetMapping("/api/timeline")
  @Operation(
      summary = "An actor's relations in time order, from their periods, with citations",
      description =
          "One event per period start (event 'start') and one per period end (event 'end'), each with "
              + "its period index and the citation behind that bound; a relation whose periods have no start but whose "
              + "sentences date an event or observation gives one 'held' event at the earliest. 'at' is the date as "
              + "precise as the text (YYYY, YYYY-MM or YYYY-MM-DD). Undated relations give no event. Paged: page (from 0) "
              + "and size (default 50); next is the next page's path and query, null on the last.")
  Map<String, Object> timeline(
      @RequestParam String actor,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    Page paging = Page.of(page, size, maxRows);
    Map<String, Object> p = paging.params();
    p.put("id", actor);
    // one query, one transaction: the actor (null when unknown) and one page of its events
    Map<String, Object> row = queries.read("timeline", p).get(0);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("actor", actors.found(row.get("actor"), actor));
    out.putAll(paging.describe((Boolean) row.get("more")));
    List<?> events = (List<?>) row.get("events");
    out.put("count", events.size());
    out.put("events", events);
    return out;
  }
}
