package org.cagraph.api.embed;

import static org.assertj.core.api.Assertions.assertThat;

import org.cagraph.api.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The embed page's headers and assets, the webjar it draws with, and the Neo4j Browser guide, over
 * HTTP.
 */
class EmbedIT extends ApiTestSupport {

  @Test
  void theEmbedPageMayOnlyBeFramedByTheConfiguredOriginsAndRunsNoInlineScript() {
    ResponseEntity<String> res = http.getForEntity("/embed?center=kazakhstan", String.class);
    assertThat(res.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(res.getHeaders().getContentType().toString()).startsWith("text/html");
    String csp = res.getHeaders().getFirst("Content-Security-Policy");
    assertThat(csp)
        .contains(
            "default-src 'none'",
            "script-src 'self';",
            "style-src 'self';",
            "connect-src 'self';",
            "frame-ancestors 'self' http://localhost:* http://127.0.0.1:*")
        .doesNotContain("unsafe");
    assertThat(res.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(res.getHeaders().get("X-Frame-Options")).isNull();
    assertThat(res.getHeaders().get("Access-Control-Allow-Origin")).isNull();
    // every script is a file from this origin: no inline code, no event-handler attributes, no CDN
    assertThat(res.getBody())
        .containsPattern("<script src=\"[^\"]+\" defer></script>")
        .doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>")
        .doesNotContainPattern("\\son[a-z]+=")
        .doesNotContain("http://", "https://", "style=");
  }

  @Test
  void cytoscapeAndThePageScriptAreServedByTheApplication() {
    for (String path :
        new String[] {"/webjars/cytoscape/dist/cytoscape.min.js", "/embed/embed.js"}) {
      ResponseEntity<String> res = http.getForEntity(path, String.class);
      assertThat(res.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
      assertThat(res.getHeaders().getContentType().toString()).as(path).contains("javascript");
      assertThat(res.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    }
    assertThat(
            http.getForEntity("/embed/embed.css", String.class)
                .getHeaders()
                .getContentType()
                .toString())
        .startsWith("text/css");
  }

  @Test
  void neo4jBrowserCanFetchTheGuideAndTheStyle() {
    HttpHeaders h = new HttpHeaders();
    h.setOrigin("http://127.0.0.1:7474");
    ResponseEntity<String> guide =
        http.exchange("/browser/guide.html", HttpMethod.GET, new HttpEntity<>(h), String.class);
    assertThat(guide.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(guide.getHeaders().getAccessControlAllowOrigin()).isEqualTo("http://127.0.0.1:7474");
    assertThat(guide.getBody())
        .contains("<slide", "runnable", "MATCH (k:Actor {id: 'kazakhstan'})-[r:MEMBER_OF]");
    ResponseEntity<String> grass =
        http.exchange("/browser/style.grass", HttpMethod.GET, new HttpEntity<>(h), String.class);
    assertThat(grass.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(grass.getHeaders().getAccessControlAllowOrigin()).isEqualTo("http://127.0.0.1:7474");
    assertThat(grass.getBody()).contains("node.Country", "{nameZh}");

    HttpHeaders other = new HttpHeaders();
    other.setOrigin("http://evil.example");
    ResponseEntity<String> refused =
        http.exchange("/browser/guide.html", HttpMethod.GET, new HttpEntity<>(other), String.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }
}
