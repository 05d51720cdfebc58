package org.cagraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writing files on a disk that fills up: the kernel's own "no space left on device", from
 * /dev/full, reaches the writer through its opener seam, so no file system is filled or mounted.
 * The previous files survive, nothing is left behind, and the error names the file.
 */
class AtomicFilesTest {
  private static final Path FULL = Path.of("/dev/full");

  @TempDir Path dir;

  @BeforeAll
  static void aFullDevice() {
    assumeTrue(
        Files.exists(FULL) && !Files.isRegularFile(FULL) && Files.isWritable(FULL),
        "no /dev/full here");
  }

  @AfterAll
  static void theDeviceIsStillADevice() {
    assertFalse(Files.isRegularFile(FULL), "/dev/full was replaced by a file");
  }

  /**
   * Opens real files, except the {@code full}-th one opened (counting from 1), which is on a full
   * disk.
   */
  private static AtomicFiles fullAt(int full) {
    AtomicInteger opened = new AtomicInteger();
    return new AtomicFiles(
        p ->
            opened.incrementAndGet() == full
                ? new FileOutputStream(FULL.toFile())
                : Files.newOutputStream(p));
  }

  private List<String> leftovers() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
    }
  }

  @Test
  void aDiskThatFillsUpOnTheSecondFileKeepsThePreviousPairAndNamesTheFile() throws Exception {
    Path statements = dir.resolve("statements.jsonl");
    Path sidecar = Export.sidecar(statements);
    Files.writeString(statements, "old statements\n");
    Files.writeString(sidecar, "old sentences\n");

    DiskFullException e;
    try (AtomicFiles files = fullAt(2)) {
      files.text(statements, w -> w.write("new statements\n"));
      e =
          assertThrows(
              DiskFullException.class,
              () -> files.text(sidecar, w -> w.write("new sentences\n".repeat(1000))));
    }
    assertEquals(
        "disk full writing " + sidecar + ": free some space and run again", e.getMessage());
    assertEquals(sidecar, e.path());
    assertEquals(
        "old statements\n",
        Files.readString(statements),
        "the first file was replaced before the set was complete");
    assertEquals("old sentences\n", Files.readString(sidecar));
    assertEquals(List.of(), leftovers());
  }

  @Test
  void aDiskFullOnTheOnlyFileLeavesNoFileWhereThereWasNone() throws Exception {
    Path out = dir.resolve("sub/export.graphml");
    try (AtomicFiles files = fullAt(1)) {
      DiskFullException e =
          assertThrows(
              DiskFullException.class, () -> files.bytes(out, os -> os.write(new byte[100_000])));
      assertTrue(e.getMessage().startsWith("disk full writing " + out + ":"), e.getMessage());
    }
    assertFalse(Files.exists(out));
    try (Stream<Path> s = Files.list(out.getParent())) {
      assertEquals(0, s.count(), "a temporary file was left behind");
    }
  }

  @Test
  void aCompleteSetReplacesTheFilesAndKeepsTheirPermissions() throws Exception {
    Path a = dir.resolve("a.csv");
    Path b = dir.resolve("b.csv");
    Files.writeString(a, "old");
    Files.setPosixFilePermissions(a, PosixFilePermissions.fromString("rw-rw----"));
    try (AtomicFiles files = new AtomicFiles()) {
      files.text(a, w -> w.write("new a"));
      files.text(b, w -> w.write("new b"));
      assertEquals("old", Files.readString(a), "replaced before commit");
      files.commit();
    }
    assertEquals("new a", Files.readString(a));
    assertEquals("new b", Files.readString(b));
    assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(a)));
    assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(b)));
    assertEquals(List.of(), leftovers());
  }

  @Test
  void aFailureInTheMiddleOfWritingKeepsThePreviousFile() throws Exception {
    Path out = dir.resolve("out.jsonl");
    Files.writeString(out, "previous");
    assertThrows(
        IllegalStateException.class,
        () ->
            AtomicFiles.write(
                out,
                w -> {
                  w.write("half");
                  throw new IllegalStateException("the database went away");
                }));
    assertEquals("previous", Files.readString(out));
    assertEquals(List.of(), leftovers());
  }

  @Test
  void aDeviceIsWrittenInPlaceNotReplaced() throws Exception {
    // through links in the test's own folder: were the device ever renamed over, only the link
    // would go
    Path full = Files.createSymbolicLink(dir.resolve("full.graphml"), FULL);
    Path nul = Files.createSymbolicLink(dir.resolve("null.jsonl"), Path.of("/dev/null"));
    DiskFullException e =
        assertThrows(
            DiskFullException.class,
            () -> AtomicFiles.write(full, w -> w.write("x".repeat(10_000))));
    assertEquals("disk full writing " + full + ": free some space and run again", e.getMessage());
    AtomicFiles.write(nul, w -> w.write("discarded"));
    assertTrue(Files.isSymbolicLink(full) && Files.isSymbolicLink(nul));
    assertFalse(Files.isRegularFile(Path.of("/dev/null")));
    assertEquals(List.of(), leftovers());
    Files.delete(
        full); // the links, not the devices (and JUnit need not warn about links leaving its
    // folder)
    Files.delete(nul);
  }

  @Test
  void aLinkToAFileKeepsTheLinkAndReplacesTheFile() throws Exception {
    Path real = Files.writeString(dir.resolve("real.jsonl"), "old", StandardCharsets.UTF_8);
    Path link = Files.createSymbolicLink(dir.resolve("link.jsonl"), real);
    AtomicFiles.write(link, w -> w.write("new"));
    assertTrue(Files.isSymbolicLink(link));
    assertEquals("new", Files.readString(real));
  }

  @Test
  void enospcIsRecognisedInEveryShapeTheJdkGivesIt() {
    assertTrue(DiskFullException.isDiskFull(new IOException("No space left on device")));
    assertTrue(
        DiskFullException.isDiskFull(
            new FileSystemException("/x/.kg-1.tmp", null, "No space left on device")));
    assertTrue(
        DiskFullException.isDiskFull(
            new IllegalStateException(
                new IOException("writing GraphML", new IOException("No space left on device")))));
    assertFalse(DiskFullException.isDiskFull(new IOException("Permission denied")));
    assertFalse(DiskFullException.isDiskFull(new IllegalStateException("No space left on device")));
  }
}
