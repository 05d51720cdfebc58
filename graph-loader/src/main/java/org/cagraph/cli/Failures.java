package org.cagraph.cli;

import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/** Maps failures to one line a user can act on. */
final class Failures {
  private Failures() {
  }

  static String oneLine(Throwable ex) {
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
    if (root instanceof AuthenticationException) {
      return "Neo4j refused the credentials (check NEO4J_USERNAME and NEO4J_PASSWORD)";
    }
    if (root instanceof ServiceUnavailableException) {
      return "Neo4j is not reachable (" + firstLine(root.getMessage()) + "); check NEO4J_URI";
    }
    if (root instanceof java.io.IOException io && String.valueOf(io.getMessage()).contains("No space left")) {
      return "the disk is full (" + io.getMessage() + ")";
    }
    return root.getClass().getSimpleName() + ": " + firstLine(root.getMessage());
  }

  static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }
}
