package org.cagraph.api.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cagraph.api.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * As under {@code ./kg up}: graph-api started with a marker file that is not there yet (the load is
 * running) is not ready, though alive; once the loader writes the marker, health and readiness are
 * UP. (Without a marker, as in every other IT, health is UP at once: ApiIT.)
 */
class ReadinessIT extends ApiTestSupport {
  private static final Path MARKER;

  static {
    try {
      MARKER = Files.createTempDirectory("graph-api-readiness").resolve("loaded");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @DynamicPropertySource
  static void marker(DynamicPropertyRegistry r) {
    r.add("cagraph.loaded-marker", MARKER::toString);
  }

  @Test
  void notReadyUntilTheGraphIsLoaded() throws Exception {
    assertThat(get("/actuator/health", HttpStatus.SERVICE_UNAVAILABLE).get("status").asText())
        .isEqualTo("OUT_OF_SERVICE");
    assertThat(
            get("/actuator/health/readiness", HttpStatus.SERVICE_UNAVAILABLE)
                .get("status")
                .asText())
        .isEqualTo("OUT_OF_SERVICE");
    assertThat(get("/actuator/health/liveness", HttpStatus.OK).get("status").asText())
        .isEqualTo("UP");

    Files.writeString(MARKER, "loaded\n"); // what ./kg up does when the load has committed

    assertThat(get("/actuator/health/readiness", HttpStatus.OK).get("status").asText())
        .isEqualTo("UP");
    assertThat(get("/actuator/health", HttpStatus.OK).get("status").asText()).isEqualTo("UP");
    Files.delete(MARKER);
    assertThat(get("/actuator/health", HttpStatus.OK).get("status").asText())
        .as("a finished load stays finished")
        .isEqualTo("UP");
  }
}
