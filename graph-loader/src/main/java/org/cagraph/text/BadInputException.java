package org.cagraph.text;

import java.nio.file.Path;

/** A paper that cannot be read as given; the message is one line that names the file. */
public final class BadInputException extends Exception {
  private final Path path;

  public BadInputException(Path path, String reason) {
    super(path + ": " + reason);
    this.path = path;
  }

  public Path path() {
    return path;
  }
}
