package org.cagraph.cli;

/** A failure the user can fix: printed as one line, never as a stack trace. */
public final class UserError extends RuntimeException {
  private final int exitCode;

  public UserError(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  public UserError(String message) {
    this(message, 2);
  }

  public int exitCode() {
    return exitCode;
  }
}
