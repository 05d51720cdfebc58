package org.cagraph.extract;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a set of files so that a failure (a full disk, an error half-way) never destroys what was
 * there: each file goes to a temporary file beside its target, and only when every file of the set
 * is complete does {@link #commit()} rename them into place (atomic renames, the first file written
 * last). {@link #close()} deletes whatever was not committed. A target that exists and is not a
 * regular file (a device such as /dev/stdout, a pipe) is written directly: it has no content to
 * keep, and renaming over it would replace it. A full disk is reported as a {@link
 * DiskFullException} naming the file.
 */
public final class AtomicFiles implements Closeable {
  /** Writes a file's bytes. */
  public interface Body {
    void write(OutputStream out) throws IOException;
  }

  /** Writes a file's text, UTF-8. */
  public interface TextBody {
    void write(BufferedWriter w) throws IOException;
  }

  /**
   * Opens a file for writing: the seam through which tests give the writer a disk that fills up.
   */
  interface Opener {
    OutputStream open(Path file) throws IOException;
  }

  private final Opener opener;

  /**
   * {temporary file, the file it replaces, the path as the caller named it}, in the order written.
   */
  private final List<Path[]> pending = new ArrayList<>();

  public AtomicFiles() {
    this(Files::newOutputStream);
  }

  AtomicFiles(Opener opener) {
    this.opener = opener;
  }

  /** Writes one text file atomically. */
  public static void write(Path target, TextBody body) throws IOException {
    try (AtomicFiles files = new AtomicFiles()) {
      files.text(target, body);
      files.commit();
    }
  }

  /** Writes one file's bytes atomically. */
  public static void write(Path target, byte[] bytes) throws IOException {
    try (AtomicFiles files = new AtomicFiles()) {
      files.bytes(target, os -> os.write(bytes));
      files.commit();
    }
  }

  /**
   * Writes {@code target}'s text to a temporary file beside it; {@link #commit()} puts it in place.
   */
  public void text(Path target, TextBody body) throws IOException {
    bytes(
        target,
        os -> {
          BufferedWriter w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8));
          body.write(w);
          w.flush();
        });
  }

  /**
   * Writes {@code target}'s bytes to a temporary file beside it; {@link #commit()} puts it in
   * place.
   */
  public void bytes(Path target, Body body) throws IOException {
    Path real = Files.exists(target) ? target.toRealPath() : target.toAbsolutePath();
    if (Files.exists(real) && !Files.isRegularFile(real)) {
      if (Files.isDirectory(real)) {
        throw new IOException(target + " is a folder");
      }
      try (OutputStream os = opener.open(real)) {
        body.write(os);
      } catch (IOException e) {
        throw failure(target, e);
      }
      return;
    }
    Path tmp;
    try {
      Files.createDirectories(real.getParent());
      tmp = Files.createTempFile(real.getParent(), ".kg-", ".tmp");
    } catch (IOException e) {
      throw failure(target, e);
    }
    pending.add(new Path[] {tmp, real, target});
    try (OutputStream os = opener.open(tmp)) {
      body.write(os);
    } catch (IOException e) {
      throw failure(target, e);
    }
    try {
      // a temporary file is private to its owner; keep the permissions of the file it replaces, or
      // make an ordinary file
      Files.setPosixFilePermissions(
          tmp,
          Files.exists(real)
              ? Files.getPosixFilePermissions(real)
              : PosixFilePermissions.fromString("rw-r--r--"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: keep the default permissions
    }
  }

  /** Renames every file written into place, the first one written last. */
  public void commit() throws IOException {
    for (int i = pending.size() - 1; i >= 0; i--) {
      Path[] p = pending.get(i);
      try {
        Files.move(p[0], p[1], StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        throw failure(p[2], e);
      }
      pending.remove(i);
    }
  }

  /** Deletes the temporary files of a set that was not committed; the targets are as they were. */
  @Override
  public void close() throws IOException {
    IOException first = null;
    for (Path[] p : pending) {
      try {
        Files.deleteIfExists(p[0]);
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    pending.clear();
    if (first != null) {
      throw first;
    }
  }

  private static IOException failure(Path target, IOException e) {
    return DiskFullException.isDiskFull(e) && !(e instanceof DiskFullException)
        ? new DiskFullException(target, e)
        : e;
  }
}
