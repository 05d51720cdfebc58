package org.cagraph.extract;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/** The disk filled up while writing {@link #path()}: the message is one line for the user. */
public final class DiskFullException extends IOException {
  private final transient Path path;

  public DiskFullException(Path path, Throwable cause) {
    super("disk full writing " + path + ": free some space and run again", cause);
    this.path = path;
  }

  public Path path() {
    return path;
  }

  /**
   * True when {@code e} or one of its causes is the operating system's "no space left on device"
   * (ENOSPC).
   */
  public static boolean isDiskFull(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof DiskFullException) {
        return true;
      }
      String m = t instanceof FileSystemException fse ? fse.getReason() : t.getMessage();
      if (t instanceof IOException && m != null && m.contains("No space left on device")) {
        return true;
      }
    }
    return false;
  }
}
