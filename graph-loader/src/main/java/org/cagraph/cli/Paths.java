package org.cagraph.cli;

import java.nio.file.Path;

/**
 * Where the project's files are: {@code KG_HOME} (set by ./kg) or the working directory; {@code
 * -Dkg.home} stands in for {@code KG_HOME} as it does for {@link org.cagraph.data.DataFiles}, so
 * the statements cache key hashes the rules that are read.
 */
public final class Paths {
  private Paths() {}

  public static Path home() {
    String h = System.getProperty("kg.home");
    h = h != null && !h.isBlank() ? h : System.getenv("KG_HOME");
    return Path.of(h == null || h.isBlank() ? "." : h).toAbsolutePath().normalize();
  }

  public static Path corpus() {
    return home().resolve("data/corpus");
  }

  /**
   * Caches, statements and the embedded store: {@code KG_STATE} when set (benchmarks use a scratch
   * one), else .kg.
   */
  public static Path state() {
    String s = System.getenv("KG_STATE");
    return s == null || s.isBlank()
        ? home().resolve(".kg")
        : Path.of(s).toAbsolutePath().normalize();
  }
}
