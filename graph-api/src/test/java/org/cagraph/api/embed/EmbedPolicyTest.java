package org.cagraph.api.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EmbedPolicyTest {

  @Test
  void frameAncestorsTakesCspSources() {
    assertThat(
            EmbedPolicy.frameAncestors("'self'  http://localhost:* https://intranet.example.org"))
        .isEqualTo("'self' http://localhost:* https://intranet.example.org");
    assertThat(EmbedPolicy.frameAncestors("https: *.example.org"))
        .isEqualTo("https: *.example.org");
    assertThat(EmbedPolicy.frameAncestors(" ")).isEqualTo("'none'");
  }

  @Test
  void frameAncestorsCannotAddDirectives() {
    for (String bad :
        new String[] {
          "'self'; script-src *",
          "https://a.example, https://b.example",
          "'unsafe-inline'",
          "http://x.example\r\nX-Evil: 1"
        }) {
      assertThatThrownBy(() -> EmbedPolicy.frameAncestors(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void scriptsAndStylesComeFromThisOriginOnly() {
    assertThat(EmbedPolicy.contentSecurityPolicy("'self'"))
        .contains("script-src 'self';", "style-src 'self';")
        .doesNotContain("unsafe")
        .endsWith("frame-ancestors 'self'");
  }
}
