package org.cagraph.cli;

import org.cagraph.extract.DiskFullException;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * Maps failures to one line a user can act on, and to the exit code: {@link UserError}'s own, 4
 * when Neo4j cannot be used (unreachable, gone away in the middle of a command, credentials
 * refused), 6 when the disk is full, 1 otherwise.
 */
final class Failures {
  static final int NEO4J = 4;
  static final int DISK_FULL = 6;

  private Failures() {}

  static String oneLine(Throwable ex) {
    return oneLine(ex, "");
  }

  /**
   * As {@link #oneLine(Throwable)}, for the command {@code command} (its hint when Neo4j goes
   * away).
   */
  static String oneLine(Throwable ex, String command) {
    Throwable root = ex;
    while (root.getCause() != null && root.getCause() != root) {
      if (root instanceof UserError) {
        break;
      }
      root = root.getCause();
    }
    if (ex instanceof UserError || root instanceof UserError) {
      return (root instanceof UserError ? root : ex).getMessage();
    }
    DiskFullException full = find(ex, DiskFullException.class);
    if (full != null) {
      return full.getMessage();
    }
    if (DiskFullException.isDiskFull(ex)) {
      return "disk full (" + firstLine(root.getMessage()) + "): free some space and run again";
    }
    if (find(ex, AuthenticationException.class) != null) {
      return "Neo4j refused the credentials (check NEO4J_USERNAME and NEO4J_PASSWORD)";
    }
    if (neo4jGone(ex)) {
      boolean loads = command.equals("load") || command.equals("up");
      return "lost the connection to Neo4j ("
          + firstLine(root.getMessage())
          + "): run the command again once Neo4j is back"
          + (loads
              ? "; the papers loaded so far are kept and loading again completes the graph"
              : "");
    }
    return root.getClass().getSimpleName() + ": " + firstLine(root.getMessage());
  }

  static int exitCode(Throwable ex) {
    if (ex instanceof UserError ue) {
      return ue.exitCode();
    }
    UserError inner = find(ex, UserError.class);
    if (inner != null) {
      return inner.exitCode();
    }
    if (DiskFullException.isDiskFull(ex)) {
      return DISK_FULL;
    }
    if (find(ex, AuthenticationException.class) != null || neo4jGone(ex)) {
      return NEO4J;
    }
    return 1;
  }

  /**
   * The server is unreachable, stopped in the middle of a command, or its database is unavailable.
   */
  private static boolean neo4jGone(Throwable ex) {
    if (find(ex, ServiceUnavailableException.class) != null
        || find(ex, SessionExpiredException.class) != null) {
      return true;
    }
    Neo4jException n = find(ex, Neo4jException.class);
    return n != null && n.code() != null && n.code().endsWith("DatabaseUnavailable");
  }

  private static <T extends Throwable> T find(Throwable ex, Class<T> type) {
    for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }
}
