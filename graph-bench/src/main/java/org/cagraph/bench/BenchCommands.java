package org.cagraph.bench;

import java.util.List;
import org.cagraph.cli.Subcommands;

/**
 * {@code kg bench}, {@code kg bench-load} and {@code kg bench-queries}, added to the loader's
 * command line.
 */
public final class BenchCommands implements Subcommands {
  @Override
  public List<Class<?>> commands() {
    return List.of(BenchCommand.class, LoadBench.class, QueryBenchCommand.class);
  }
}
