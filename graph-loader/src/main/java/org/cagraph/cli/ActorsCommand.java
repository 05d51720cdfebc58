package org.cagraph.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cagraph.actors.Actor;
import org.cagraph.actors.Mention;
import org.cagraph.extract.Extraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "actors",
    description = "List the actors the corpus mentions, with mention counts and names.")
final class ActorsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ExtractOptions opts;

  @Option(
      names = "--discovered",
      description = "only actors found by NER or as titled agreements, not in the gazetteer")
  boolean discoveredOnly;

  @Override
  public Integer call() {
    Extraction.Result r = opts.run(spec);
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Map<String, Integer>> methods = new HashMap<>();
    for (List<Mention> ms : r.mentions().values()) {
      for (Mention m : ms) {
        counts.merge(m.actor().id(), 1, Integer::sum);
        methods
            .computeIfAbsent(m.actor().id(), k -> new HashMap<>())
            .merge(m.method(), 1, Integer::sum);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf("%-8s %-13s %-40s %-32s %s%n", "mentions", "type", "id", "how linked", "names");
    r.actors().values().stream()
        .filter(a -> counts.containsKey(a.id()) && (!discoveredOnly || a.discovered()))
        .sorted(Comparator.comparing((Actor a) -> -counts.get(a.id())).thenComparing(Actor::id))
        .forEach(
            a ->
                out.printf(
                    "%8d %-13s %-40s %-32s %s%n",
                    counts.get(a.id()),
                    a.label() + (a.discovered() ? "*" : ""),
                    a.id(),
                    methods.get(a.id()).toString(),
                    String.join(" | ", a.names())));
    out.println("(* discovered: not in the gazetteer)");
    out.flush();
    return 0;
  }
}
