package org.cagraph.cli;

import java.nio.file.Path;

/** Where the project's files are: {@code KG_HOME} (set by ./kg) or the working directory. */
final class Paths {
  private Paths() {
  }

  static Path home() {
    String h = System.getenv("KG_HOME");
    return Path.of(h == null || h.isBlank() ? "." : h).toAbsolutePath().normalize();
  }

  static Path corpus() {
    return home().resolve("data/corpus");
  }

  static Path state() {
    return home().resolve(".kg");
  }
}
