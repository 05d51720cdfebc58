package org.cagraph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Loads named Cypher files from {@code cypher/} (shipped on the classpath): the text an analyst
 * pastes into Browser.
 */
public final class Cypher {
  private Cypher() {}

  public static String load(String name) {
    try (InputStream in = Cypher.class.getClassLoader().getResourceAsStream("cypher/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no Cypher file cypher/" + name + " on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The statements of a file, split at semicolons that end a line; comment lines dropped. */
  public static List<String> statements(String name) {
    String text =
        String.join("\n", load(name).lines().filter(l -> !l.strip().startsWith("//")).toList());
    return Arrays.stream(text.split(";\\s*(\\n|$)"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
