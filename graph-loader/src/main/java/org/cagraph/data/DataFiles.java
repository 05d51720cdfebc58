package org.cagraph.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a linguistic data file ({@code gazetteer/…}, {@code rules/…}): from {@code $KG_HOME/data}
 * when it exists, so a rule writer's edit takes effect on the next run without a rebuild; else from
 * the copy shipped on the classpath. The system property {@code kg.home} stands in for {@code
 * $KG_HOME} when set: a test points the loader at a data folder of its own without changing the
 * environment of its JVM ({@code AddedRelationTypeIT}).
 */
public final class DataFiles {
  private DataFiles() {}

  /**
   * The folder whose {@code data/} is read first: {@code -Dkg.home}, else {@code $KG_HOME}; null
   * when neither.
   */
  static String home() {
    String p = System.getProperty("kg.home");
    return p != null && !p.isBlank() ? p : System.getenv("KG_HOME");
  }

  /** The stream, or null when the file exists nowhere. */
  public static InputStream open(String relative) throws IOException {
    String home = home();
    if (home != null && !home.isBlank()) {
      Path p = Path.of(home, "data", relative);
      if (Files.isRegularFile(p)) {
        return Files.newInputStream(p);
      }
    }
    return DataFiles.class.getClassLoader().getResourceAsStream("data/" + relative);
  }

  /** Every line of a data file the project ships; a missing one is an error naming it. */
  public static java.util.List<String> lines(String relative) {
    try (InputStream in = open(relative)) {
      if (in == null) {
        throw new IllegalStateException("data/" + relative + " is missing");
      }
      return java.util.List.of(
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The entries of a word list: one a line, stripped, blank lines and {@code #} comments skipped,
   * as written (the linker's word lists are in its matching view: {@code Linker.words}).
   */
  public static java.util.List<String> entries(String relative) {
    return lines(relative).stream()
        .map(String::strip)
        .filter(w -> !w.isEmpty() && !w.startsWith("#"))
        .toList();
  }

  /**
   * The rows of a two-column table: tab-separated, blank lines and {@code #} comments skipped, the
   * first column the key; a row without exactly two columns is an error naming the file, the row
   * and {@code what} the columns are.
   */
  public static java.util.Map<String, String> pairs(String relative, String what) {
    java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
    for (String line : lines(relative)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 2) {
        throw new IllegalStateException(
            "data/" + relative + ": '" + line.strip() + "': expected " + what);
      }
      out.put(f[0].strip(), f[1].strip());
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /**
   * The names of the files directly in a data folder ({@code rules}), from {@link #home()}{@code
   * /data} and the classpath together: a file in either is one the loader may read.
   */
  public static java.util.SortedSet<String> list(String folder) {
    return list(folder, DataFiles.class.getClassLoader());
  }

  /**
   * As {@link #list(String)}, with the classpath of {@code loader} (a test gives one holding a
   * stray file).
   */
  public static java.util.SortedSet<String> list(String folder, ClassLoader loader) {
    java.util.SortedSet<String> out = new java.util.TreeSet<>();
    try {
      String home = home();
      if (home != null && !home.isBlank() && Files.isDirectory(Path.of(home, "data", folder))) {
        try (java.util.stream.Stream<Path> s = Files.list(Path.of(home, "data", folder))) {
          s.filter(Files::isRegularFile).forEach(p -> out.add(p.getFileName().toString()));
        }
      }
      String prefix = "data/" + folder + "/";
      java.util.Enumeration<java.net.URL> urls = loader.getResources("data/" + folder);
      while (urls.hasMoreElements()) {
        java.net.URL url = urls.nextElement();
        if (url.getProtocol().equals("file")) {
          try (java.util.stream.Stream<Path> s = Files.list(Path.of(url.toURI()))) {
            s.filter(Files::isRegularFile).forEach(p -> out.add(p.getFileName().toString()));
          }
        } else if (url.getProtocol().equals("jar")) {
          java.net.JarURLConnection c = (java.net.JarURLConnection) url.openConnection();
          c.setUseCaches(false);
          try (java.util.jar.JarFile jar = c.getJarFile()) {
            jar.stream()
                .map(java.util.jar.JarEntry::getName)
                .filter(
                    n ->
                        n.startsWith(prefix)
                            && n.length() > prefix.length()
                            && n.indexOf('/', prefix.length()) < 0)
                .forEach(n -> out.add(n.substring(prefix.length())));
          }
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }
}
