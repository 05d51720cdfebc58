package org.cagraph.api.embed;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The embeddable graph page. The page is static: embed.js reads center, depth, types, lang and the
 * view's state (all, top, off, year, undated, sel) from its own URL, keeps the URL in step as the
 * view changes, and asks /api/graph and /api/timeline, so a bad parameter is shown in the page with
 * the API's own message. The policy allows scripts, styles and requests from this origin only, and
 * framing only by the configured origins.
 */
@RestController
@Tag(name = "embed")
class EmbedController {
  private final String page = resource("embed/embed.html");
  private final String policy;

  EmbedController(@Value("${cagraph.embed.frame-ancestors}") String frameAncestors) {
    this.policy = EmbedPolicy.contentSecurityPolicy(frameAncestors);
  }

  @GetMapping(value = "/embed", produces = MediaType.TEXT_HTML_VALUE)
  @Operation(
      summary = "An interactive graph page for an iframe",
      description =
          "Parameters as /api/graph (center, depth, types, top) plus lang=en|zh, all=1 (every neighbour, "
              + "not only the top 25 by evidence), off (relation types hidden), year (YYYY: relations that held then), "
              + "undated=0 (hide undated relations under year) and sel (the selected edge, TYPE|a|b); the page keeps "
              + "its URL in step. When drawn, the root element carries data-nodes and data-edges with the counts drawn.")
  ResponseEntity<String> embed() {
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .cacheControl(CacheControl.noCache())
        .header("Content-Security-Policy", policy)
        .header("Referrer-Policy", "no-referrer")
        .body(page);
  }

  private static String resource(String name) {
    try (InputStream in = EmbedController.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
