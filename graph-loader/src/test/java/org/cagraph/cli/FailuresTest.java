package org.cagraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.cagraph.extract.DiskFullException;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/** What kg prints, and the exit code, for failures that are not the user's input. */
class FailuresTest {
  @Test
  void aFullDiskIsOneLineNamingTheFileAndExitCodeSix() {
    Path out = Path.of("/data/out.jsonl");
    Exception e = new DiskFullException(out, new IOException("No space left on device"));
    assertEquals(
        "disk full writing /data/out.jsonl: free some space and run again",
        Failures.oneLine(e, "extract"));
    assertEquals(6, Failures.exitCode(e));
    Exception wrapped = new java.io.UncheckedIOException((IOException) e);
    assertEquals(
        "disk full writing /data/out.jsonl: free some space and run again",
        Failures.oneLine(wrapped, "export"));
    assertEquals(6, Failures.exitCode(wrapped));
  }

  @Test
  void aFullDiskWithoutAFileIsStillNamedAsSuch() {
    Exception e = new FileSystemException("/tmp/x", null, "No space left on device");
    assertEquals(
        "disk full (/tmp/x: No space left on device): free some space and run again",
        Failures.oneLine(e, "extract"));
    assertEquals(6, Failures.exitCode(e));
  }

  @Test
  void neo4jGoingAwayInTheMiddleOfALoadIsOneLineAndExitCodeFour() {
    Exception e =
        new ServiceUnavailableException(
            "Unable to connect to 127.0.0.1:7687, ensure the database is running",
            new ConnectException("Connection refused"));
    assertEquals(
        "lost the connection to Neo4j (Connection refused): run the command again once Neo4j is back; the papers"
            + " loaded so far are kept and loading again completes the graph",
        Failures.oneLine(e, "load"));
    assertEquals(4, Failures.exitCode(e));
    Exception expired =
        new SessionExpiredException("Server at 127.0.0.1:7687 is no longer available");
    assertEquals(
        "lost the connection to Neo4j (Server at 127.0.0.1:7687 is no longer available): run the command again"
            + " once Neo4j is back",
        Failures.oneLine(expired, "export"));
    assertEquals(4, Failures.exitCode(expired));
  }

  @Test
  void userErrorsKeepTheirMessageAndCode() {
    assertEquals(
        "--statements x: no such file",
        Failures.oneLine(new UserError("--statements x: no such file"), "load"));
    assertEquals(2, Failures.exitCode(new UserError("x")));
    assertEquals(5, Failures.exitCode(new RuntimeException(new UserError("port taken", 5))));
    assertEquals(1, Failures.exitCode(new IllegalStateException("a bug")));
  }
}
