package org.cagraph.api.browser;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves cypher/browser/ (guide.html, style.grass) at /browser/, readable from Neo4j Browser's
 * origin, so that {@code :play http://127.0.0.1:8080/browser/guide.html} and {@code :style
 * http://127.0.0.1:8080/browser/style.grass} can fetch them.
 */
@Configuration
class BrowserGuide implements WebMvcConfigurer {
  private final String[] origins;

  BrowserGuide(@Value("${cagraph.browser.origins}") String[] origins) {
    this.origins = origins;
  }

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry
        .addResourceHandler("/browser/**")
        .addResourceLocations("classpath:/cypher/browser/")
        .setCacheControl(CacheControl.noCache());
  }

  @Override
  public void addCorsMappings(CorsRegistry registry) {
    registry
        .addMapping("/browser/**")
        .allowedOrigins(origins)
        .allowedMethods("GET", "HEAD")
        .allowCredentials(false);
  }
}
