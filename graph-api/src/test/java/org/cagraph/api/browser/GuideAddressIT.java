package org.cagraph.api.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.cagraph.api.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The guide served on another port than 8080 links to that port: its :style command, the embed and
 * /docs.
 */
class GuideAddressIT extends ApiTestSupport {
  @LocalServerPort int port;

  @Test
  void theGuidesLinksNameThePortItWasFetchedFrom() {
    HttpHeaders h = new HttpHeaders();
    h.setOrigin("http://127.0.0.1:7474");
    ResponseEntity<String> guide =
        http.exchange("/browser/guide.html", HttpMethod.GET, new HttpEntity<>(h), String.class);
    assertThat(guide.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(guide.getHeaders().getContentType().toString()).startsWith("text/html");
    assertThat(guide.getHeaders().getAccessControlAllowOrigin()).isEqualTo("http://127.0.0.1:7474");
    assertThat(port).isNotEqualTo(8080);
    assertThat(guide.getBody())
        .contains(":style http://localhost:" + port + "/browser/style.grass")
        .contains("http://localhost:" + port + "/embed?center=kazakhstan")
        .doesNotContain(":8080");
  }
}
