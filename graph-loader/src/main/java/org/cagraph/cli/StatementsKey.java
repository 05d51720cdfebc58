package org.cagraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The content hash that decides whether a statements file can be reused: every file of the corpus
 * folder, the linguistic data ({@code $KG_HOME/data/gazetteer} and {@code data/rules}), the
 * loader's own code and resources, and the extraction options that change output. Equal keys mean
 * extracting again would write the same file, so {@code kg up} and {@code kg load} skip CoreNLP and
 * the rules.
 */
final class StatementsKey {
  private StatementsKey() {}

  static String of(Path corpus, boolean keepGoing, long maxBytes) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(
          ("keep-going=" + keepGoing + ";max=" + maxBytes + ";").getBytes(StandardCharsets.UTF_8));
      tree(md, "corpus", corpus);
      tree(md, "gazetteer", Paths.home().resolve("data/gazetteer"));
      tree(md, "rules", Paths.home().resolve("data/rules"));
      Path code = codeLocation();
      if (Files.isDirectory(code)) {
        tree(md, "code", code);
      } else {
        file(md, "code", code);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path codeLocation() {
    try {
      return Path.of(
          StatementsKey.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Names (relative, sorted) and bytes of every regular file under {@code dir}; nothing when it is
   * absent.
   */
  private static void tree(MessageDigest md, String tag, Path dir) throws IOException {
    md.update((tag + ":").getBytes(StandardCharsets.UTF_8));
    if (!Files.isDirectory(dir)) {
      return;
    }
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path f : files) {
      file(md, dir.relativize(f).toString().replace('\\', '/'), f);
    }
  }

  private static void file(MessageDigest md, String name, Path f) throws IOException {
    md.update((name + "\n").getBytes(StandardCharsets.UTF_8));
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(f)) {
      for (int n; (n = in.read(buf)) > 0; ) {
        md.update(buf, 0, n);
      }
    }
    md.update((byte) 0);
  }
}
