package org.cagraph.api.embed;

import java.util.regex.Pattern;

/**
 * The Content-Security-Policy of the embed page, with the configured frame-ancestors checked before
 * use.
 */
final class EmbedPolicy {
  // host sources and keywords only: a ';' or ',' would smuggle in a directive or a second policy
  private static final Pattern SOURCE =
      Pattern.compile(
          "'self'|'none'|[a-z][a-z0-9+.-]*:"
              + "|([a-z][a-z0-9+.-]*://)?(\\*|(\\*\\.)?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*)(:(\\d+|\\*))?(/[^\\s;,']*)?");

  private EmbedPolicy() {}

  static String contentSecurityPolicy(String frameAncestors) {
    return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
        + "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors "
        + frameAncestors(frameAncestors);
  }

  static String frameAncestors(String value) {
    String v = value == null ? "" : value.strip();
    if (v.chars().anyMatch(c -> (c < 0x20 && c != '\t') || c > 0x7e)) {
      throw new IllegalArgumentException(
          "cagraph.embed.frame-ancestors: only printable ASCII is allowed");
    }
    if (v.isEmpty()) {
      return "'none'";
    }
    for (String source : v.split("\\s+")) {
      if (!SOURCE.matcher(source).matches()) {
        throw new IllegalArgumentException(
            "cagraph.embed.frame-ancestors: '"
                + source
                + "' is not a CSP source "
                + "(use 'self', 'none', a scheme like https: or an origin like https://example.org or http://localhost:*)");
      }
    }
    return String.join(" ", v.split("\\s+"));
  }
}
