package org.cagraph.cli;

import java.util.List;

/**
 * Commands another module adds to {@code kg}, found with {@link java.util.ServiceLoader} on the
 * classpath {@code ./kg} runs (graph-bench registers {@code bench}, {@code bench-load} and {@code
 * bench-queries} in {@code META-INF/services/org.cagraph.cli.Subcommands}): the loader names no
 * command it does not hold, so it ships without them and never imports them.
 */
public interface Subcommands {
  /**
   * picocli command classes, in the order {@code kg --help} lists them (after the loader's own,
   * before help).
   */
  List<Class<?>> commands();
}
