package org.cagraph.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.cagraph.api.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tomcat refuses a path holding an encoded slash, a backslash or a NUL before the API runs; the
 * answer is still a 400 problem naming the path variable, never Tomcat's HTML page. The requests
 * are sent as raw bytes or unencoded URIs: a URI template would encode the percent signs again.
 */
class OddPathIdsIT extends ApiTestSupport {
  @LocalServerPort int port;

  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void anEncodedSlashInAnIdIsAProblemNamingIt() throws Exception {
    JsonNode p = refused("/api/actors/kazakhstan%2Fsco/relations", "id");
    assertThat(p.get("detail").asText()).isEqualTo("id may not contain an encoded slash (%2F)");
    refused("/api/actors/a%2f..%2fb", "id");
  }

  @Test
  void aBackslashInAnIdIsAProblemNamingIt() throws Exception {
    JsonNode p = refused("/api/actors/a%5Cb/relations", "id");
    assertThat(p.get("detail").asText()).isEqualTo("id may not contain a backslash");
    // as typed, not encoded (only a raw request line carries it): Tomcat cannot read the request
    // line, so no
    // parameter can be named, but the answer is a problem all the same
    String raw = rawGet("/api/actors/a\\b");
    assertThat(raw)
        .startsWith("HTTP/1.1 400")
        .containsIgnoringCase("content-type: application/problem+json")
        .contains("\"status\":400")
        .doesNotContainIgnoringCase("<html");
  }

  @Test
  void aNulInAnIdIsAProblemNamingIt() throws Exception {
    JsonNode p = refused("/api/sentences/s1%00x", "id");
    assertThat(p.get("detail").asText()).isEqualTo("id may not contain a NUL character (%00)");
  }

  @Test
  void outsideAnyEndpointItIsAProblemAboutThePath() throws Exception {
    HttpResponse<String> res = send("/nowhere%00");
    assertThat(res.statusCode()).isEqualTo(400);
    assertThat(res.headers().firstValue("content-type").orElse(""))
        .startsWith("application/problem+json");
    JsonNode p = JSON.readTree(res.body());
    assertThat(p.get("detail").asText())
        .isEqualTo("the path may not contain a NUL character (%00)");
    assertThat(p.has("parameter")).isFalse();
  }

  private JsonNode refused(String path, String parameter) throws Exception {
    HttpResponse<String> res = send(path);
    assertThat(res.statusCode()).as(path + " -> " + res.body()).isEqualTo(400);
    assertThat(res.headers().firstValue("content-type").orElse(""))
        .as(path)
        .startsWith("application/problem+json");
    JsonNode p = JSON.readTree(res.body());
    assertThat(p.get("status").asInt()).isEqualTo(400);
    assertThat(p.get("title").asText()).isEqualTo("Bad parameter");
    assertThat(p.get("parameter").asText()).as(path).isEqualTo(parameter);
    assertThat(p.get("detail").asText()).startsWith(parameter + " may not contain");
    assertThat(res.body()).doesNotContain("Tomcat").doesNotContain("Exception");
    return p;
  }

  private HttpResponse<String> send(String rawPath) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + rawPath)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String rawGet(String target) throws Exception {
    try (Socket s = new Socket("127.0.0.1", port)) {
      OutputStream out = s.getOutputStream();
      out.write(
          ("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      return all.toString(StandardCharsets.UTF_8);
    }
  }
}
