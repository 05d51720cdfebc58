package org.cagraph.api.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's last word on an error the application never saw, as {@code application/problem+json}
 * instead of Tomcat's HTML page. Tomcat refuses a path holding an encoded slash ({@code %2F}), a
 * backslash ({@code \} or {@code %5C}) or a NUL ({@code %00}) before any servlet runs; that is
 * answered as the API answers a bad parameter: 400, title "Bad parameter", the path variable that
 * holds it in {@code parameter} and in the detail. A path whose percent escapes are broken ({@code
 * %zz}, a lone {@code %}) or do not decode as UTF-8 ({@code %FF}) is answered the same way. A
 * request line Tomcat cannot read at all (longer than the header limit, or holding a character that
 * must be percent-encoded: {@code |}, raw non-ASCII) has no path to look at: its detail says both
 * causes. Anything else that ends here is a problem with the status's reason as its detail; never a
 * stack trace or server version.
 */
public class ProblemErrorReportValve extends ErrorReportValve {
  /** What Tomcat refuses in a path, raw or after one decoding. */
  static final Pattern REFUSED = Pattern.compile("%2[Ff]|%5[Cc]|%00|\\\\");

  /** Stands for a refused sequence when the path is matched against the API's path patterns. */
  static final String MARK = "~refused~";

  /** A run of percent escapes, or a percent sign that starts none. */
  private static final Pattern ESCAPES = Pattern.compile("(?:%[0-9A-Fa-f]{2})+|%");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Function<String, String> parameterOf;

  /** For Tomcat, should it make one by class name: no path variable is named. */
  public ProblemErrorReportValve() {
    this(path -> null);
  }

  /**
   * @param parameterOf the name of the path variable holding {@link #MARK} in a path, or null when
   *     no endpoint matches it
   */
  public ProblemErrorReportValve(Function<String, String> parameterOf) {
    this.parameterOf = parameterOf;
    setShowReport(false);
    setShowServerInfo(false);
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    // as Tomcat's own: nothing for a success, a body already written, or an error already reported
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    AtomicBoolean ioAllowed = new AtomicBoolean(false);
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
    if (!ioAllowed.get()) {
      return;
    }
    try {
      String body = JSON.writeValueAsString(problem(status, request.getRequestURI()));
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      PrintWriter writer = response.getReporter();
      if (writer != null) {
        writer.write(body);
        response.finishResponse();
      }
    } catch (Exception e) {
      // the client has gone, or the response cannot be written: nothing more to say
    }
  }

  /** The problem for a status and the raw (undecoded) request path. */
  Map<String, Object> problem(int status, String rawPath) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("type", "about:blank");
    HttpStatus known = HttpStatus.resolve(status);
    Matcher refused = REFUSED.matcher(rawPath == null ? "" : rawPath);
    if (status == 400 && refused.find()) {
      String what =
          switch (refused.group().toUpperCase(java.util.Locale.ROOT)) {
            case "%2F" -> "an encoded slash (%2F)";
            case "%00" -> "a NUL character (%00)";
            default -> "a backslash";
          };
      String parameter;
      try {
        parameter = parameterOf.apply(REFUSED.matcher(rawPath).replaceAll(MARK));
      } catch (RuntimeException e) {
        parameter = null; // the application is stopping: the problem without the name
      }
      p.put("title", parameter == null ? "Bad request" : "Bad parameter");
      p.put("status", status);
      p.put("detail", (parameter == null ? "the path" : parameter) + " may not contain " + what);
      p.put("instance", rawPath);
      if (parameter != null) {
        p.put("parameter", parameter);
      }
      return p;
    }
    String broken = status == 400 && rawPath != null ? markBrokenEscapes(rawPath) : null;
    if (broken != null) {
      String parameter;
      try {
        parameter = parameterOf.apply(broken);
      } catch (RuntimeException e) {
        parameter = null;
      }
      p.put("title", parameter == null ? "Bad request" : "Bad parameter");
      p.put("status", status);
      p.put(
          "detail",
          (parameter == null ? "the path" : parameter)
              + " holds a broken percent escape or bytes that are not UTF-8");
      p.put("instance", rawPath);
      if (parameter != null) {
        p.put("parameter", parameter);
      }
      return p;
    }
    p.put("title", known == null ? "Error" : known.getReasonPhrase());
    p.put("status", status);
    if (status == 400 && rawPath == null) {
      p.put(
          "detail",
          "the request line could not be read: it is longer than the server accepts, or it holds a "
              + "character that must be percent-encoded (such as | { } or a letter outside ASCII)");
    } else {
      p.put(
          "detail",
          "the request was refused: "
              + (known == null ? "status " + status : known.getReasonPhrase()));
    }
    if (rawPath != null) {
      p.put("instance", rawPath);
    }
    return p;
  }

  /**
   * The path with every broken escape (a lone {@code %}, or a run of escapes that is not UTF-8)
   * replaced by {@link #MARK}, or null when all its escapes are sound.
   */
  static String markBrokenEscapes(String rawPath) {
    Matcher m = ESCAPES.matcher(rawPath);
    StringBuilder out = new StringBuilder();
    boolean any = false;
    while (m.find()) {
      boolean bad = m.group().equals("%") || !utf8(m.group());
      any |= bad;
      m.appendReplacement(out, bad ? MARK : Matcher.quoteReplacement(m.group()));
    }
    m.appendTail(out);
    return any ? out.toString() : null;
  }

  private static boolean utf8(String escapes) {
    byte[] bytes = new byte[escapes.length() / 3];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) Integer.parseInt(escapes.substring(3 * i + 1, 3 * i + 3), 16);
    }
    try {
      java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
      return true;
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
  }
}
