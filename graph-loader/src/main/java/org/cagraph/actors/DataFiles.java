package org.cagraph.actors;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a linguistic data file ({@code gazetteer/…}, {@code rules/…}): from {@code $KG_HOME/data}
 * when it exists, so a rule writer's edit takes effect on the next run without a rebuild; else from
 * the copy shipped on the classpath.
 */
public final class DataFiles {
  private DataFiles() {
  }

  /** The stream, or null when the file exists nowhere. */
  public static InputStream open(String relative) throws IOException {
    String home = System.getenv("KG_HOME");
    if (home != null && !home.isBlank()) {
      Path p = Path.of(home, "data", relative);
      if (Files.isRegularFile(p)) {
        return Files.newInputStream(p);
      }
    }
    return DataFiles.class.getClassLoader().getResourceAsStream("data/" + relative);
  }

  /** The words of a word list: one a line, blank lines and {@code #} comments skipped, lower case. */
  public static java.util.List<String> words(String relative) {
    java.util.List<String> out = new java.util.ArrayList<>();
    try (InputStream in = open(relative)) {
      if (in == null) {
        throw new IllegalStateException("data/" + relative + " is missing");
      }
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) {
          out.add(Linker.key(w));
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return java.util.List.copyOf(out);
  }
}
