package org.cagraph.api.readiness;

import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health contributor {@code graphLoaded}: OUT_OF_SERVICE (503 on {@code /actuator/health} and
 * {@code /actuator/health/readiness}) until the graph is loaded, UP after.
 *
 * <p>{@code ./kg up} starts graph-api beside the load and names a marker file in {@code
 * GRAPH_LOADED_MARKER} ({@code cagraph.loaded-marker}); it deletes the file before the API starts
 * and writes it once the load has committed. Without a marker (graph-api run on its own against a
 * loaded server) the graph counts as loaded.
 */
@Component
public class GraphLoadedHealthIndicator implements HealthIndicator {
  private final Path marker;

  /**
   * Latched: a load that has finished stays finished, and a loaded API no longer touches the file
   * system.
   */
  private volatile boolean loaded;

  public GraphLoadedHealthIndicator(@Value("${cagraph.loaded-marker:}") String marker) {
    this.marker = marker == null || marker.isBlank() ? null : Path.of(marker);
    this.loaded = this.marker == null;
  }

  @Override
  public Health health() {
    if (!loaded && Files.exists(marker)) {
      loaded = true;
    }
    return loaded
        ? Health.up().build()
        : Health.outOfService().withDetail("graph", "loading").build();
  }
}
