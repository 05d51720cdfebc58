package org.cagraph.api.browser;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Browser guide with its links to this API (the :style command, the embed, /docs) written for
 * the address the guide was fetched from, so it keeps working when the API runs on another port or
 * host. The file in cypher/browser/ is written for the default, http://127.0.0.1:8080, so that it
 * also reads as it is.
 */
@RestController
class GuidePage {
  /** The address the guide file is written for. */
  static final String WRITTEN_FOR = "http://127.0.0.1:8080";

  /** A host name or an IPv4/IPv6 literal: anything else in Host is not written into the page. */
  private static final Pattern HOST =
      Pattern.compile("[A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}\\]");

  private final String guide = read("cypher/browser/guide.html");

  @GetMapping(value = "/browser/guide.html", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> guide(HttpServletRequest request) {
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noCache())
        .contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
        .body(guide.replace(WRITTEN_FOR, base(request)));
  }

  /**
   * http://host:port of the request; the loopback address when its Host is not a plain host name.
   */
  static String base(HttpServletRequest request) {
    String host = request.getServerName();
    if (host == null || !HOST.matcher(host).matches()) {
      host = "127.0.0.1";
    }
    String scheme = "https".equals(request.getScheme()) ? "https" : "http";
    return scheme + "://" + host + ":" + request.getServerPort();
  }

  private static String read(String resource) {
    try (InputStream in = GuidePage.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no " + resource + " on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
