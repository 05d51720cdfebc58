package org.cagraph.bench;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cagraph.cli.UserError;

/**
 * The API under load with Debian's {@code wrk}: {@link #wrk} runs it and reads its summary; {@link
 * #soak} runs it for a long time while sampling the graph-api JVM's live heap (what survives a full
 * GC), so "heap flat" can be judged from the slope.
 */
public final class HttpLoad {
  static final String NOT_INSTALLED = "wrk is not installed: apt-get install -y wrk";
  private static final Pattern REQUESTS =
      Pattern.compile("(\\d+) requests in ([\\d.]+)(us|ms|s|m|h)");
  private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
  private static final Pattern PERCENTILE =
      Pattern.compile("^\\s*(50|99)(?:\\.0+)?%\\s+([\\d.]+)(us|ms|s|m|h)\\s*$", Pattern.MULTILINE);
  private static final Pattern SOCKET =
      Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");
  private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");

  private HttpLoad() {}

  /**
   * wrk's summary; errors are socket errors (connect, read, write, timeout: no answer within 10 s,
   * graph-api's own query timeout) plus non-2xx/3xx answers. p50 and p99 are NaN when no request
   * answered within the timeout.
   */
  public record Result(
      long requests,
      double seconds,
      double requestsPerSecond,
      double p50ms,
      double p99ms,
      long errors) {
    public String describe() {
      if (requests == 0) {
        return String.format(
            Locale.ROOT,
            "no request completed in %.1f s (each took longer than the run), %d errors",
            seconds,
            errors);
      }
      if (Double.isNaN(p99ms)) {
        return String.format(
            Locale.ROOT,
            "%,d requests in %.1f s: %,.0f req/s, no latency recorded (every request "
                + "timed out), %d errors",
            requests,
            seconds,
            requestsPerSecond,
            errors);
      }
      return String.format(
          Locale.ROOT,
          "%,d requests in %.1f s: %,.0f req/s, p50 %.2f ms, p99 %.2f ms, %d errors",
          requests,
          seconds,
          requestsPerSecond,
          p50ms,
          p99ms,
          errors);
    }
  }

  /**
   * {@code wrk --latency -c connections -t threads -d <seconds>s url}; throws with wrk's output
   * when it fails.
   */
  public static Result wrk(URI url, int connections, int threads, Duration duration)
      throws IOException, InterruptedException {
    Process p = startWrk(url, connections, threads, duration);
    return finish(p, duration);
  }

  private static Process startWrk(URI url, int connections, int threads, Duration duration)
      throws IOException {
    Path wrk = executable("wrk");
    if (wrk == null) {
      throw new UserError(NOT_INSTALLED, 1);
    }
    int t =
        Math.max(1, Math.min(threads, connections)); // wrk refuses fewer connections than threads
    long seconds = Math.max(1, duration.toSeconds());
    return new ProcessBuilder(
            wrk.toString(),
            "--latency",
            "-c",
            Integer.toString(connections),
            "-t",
            Integer.toString(t),
            "-d",
            seconds + "s",
            "--timeout",
            "10s",
            url.toString())
        .redirectErrorStream(true)
        .start();
  }

  private static Result finish(Process p, Duration duration)
      throws IOException, InterruptedException {
    // wrk prints only at the end: reading its output to EOF waits for it
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(duration.toSeconds() + 60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("wrk did not finish");
    }
    if (p.exitValue() != 0) {
      throw new IllegalStateException(
          "wrk failed (exit code " + p.exitValue() + "): " + output.strip().replace('\n', ' '));
    }
    return parse(output);
  }

  /** Reads wrk 4's {@code --latency} summary. */
  static Result parse(String output) {
    Matcher m = REQUESTS.matcher(output);
    if (!m.find()) {
      throw new IllegalStateException(
          "cannot read wrk's output: " + output.strip().replace('\n', ' '));
    }
    long requests = Long.parseLong(m.group(1));
    double seconds = toMs(m.group(2), m.group(3)) / 1000.0;
    Matcher rate = RATE.matcher(output);
    double rps = rate.find() ? Double.parseDouble(rate.group(1)) : requests / seconds;
    double p50 = Double.NaN;
    double p99 = Double.NaN;
    Matcher pm = PERCENTILE.matcher(output);
    while (pm.find()) {
      double v = toMs(pm.group(2), pm.group(3));
      if (pm.group(1).equals("50")) {
        p50 = v;
      } else {
        p99 = v;
      }
    }
    if (p99 == 0) {
      // wrk records no latency for a request past --timeout: all zeros means none was recorded
      p50 = Double.NaN;
      p99 = Double.NaN;
    }
    long errors = 0;
    Matcher s = SOCKET.matcher(output);
    if (s.find()) {
      for (int i = 1; i <= 4; i++) {
        errors += Long.parseLong(s.group(i));
      }
    }
    Matcher n = NON_2XX.matcher(output);
    if (n.find()) {
      errors += Long.parseLong(n.group(1));
    }
    return new Result(requests, seconds, rps, p50, p99, errors);
  }

  private static double toMs(String value, String unit) {
    double v = Double.parseDouble(value);
    return switch (unit) {
      case "us" -> v / 1000.0;
      case "ms" -> v;
      case "s" -> v * 1000.0;
      case "m" -> v * 60_000.0;
      case "h" -> v * 3_600_000.0;
      default -> throw new IllegalArgumentException("unit " + unit);
    };
  }

  /**
   * Heap samples during a soak: seconds since the start and live bytes (what survives a full GC).
   */
  public record Soak(Result load, List<long[]> samples) {
    public long firstBytes() {
      return samples.isEmpty() ? 0 : samples.get(0)[1];
    }

    public long lastBytes() {
      return samples.isEmpty() ? 0 : samples.get(samples.size() - 1)[1];
    }

    public long maxBytes() {
      return samples.stream().mapToLong(s -> s[1]).max().orElse(0);
    }

    /** Least-squares slope of the live heap, MB per minute (0 with fewer than two samples). */
    public double slopeMbPerMinute() {
      int n = samples.size();
      if (n < 2) {
        return 0;
      }
      double mx = samples.stream().mapToDouble(s -> s[0]).average().orElse(0);
      double my = samples.stream().mapToDouble(s -> s[1]).average().orElse(0);
      double num = 0;
      double den = 0;
      for (long[] s : samples) {
        num += (s[0] - mx) * (s[1] - my);
        den += (s[0] - mx) * (s[0] - mx);
      }
      return den == 0 ? 0 : num / den * 60 / (1024.0 * 1024.0);
    }

    public void print(PrintWriter out) {
      out.printf(Locale.ROOT, "soak load: %s%n", load.describe());
      out.printf(
          Locale.ROOT,
          "soak live heap (after full GC): first %.1f MB, last %.1f MB, max %.1f MB over %d samples%n",
          mb(firstBytes()),
          mb(lastBytes()),
          mb(maxBytes()),
          samples.size());
      out.printf(Locale.ROOT, "soak live heap slope (MB per minute): %.2f%n", slopeMbPerMinute());
      out.printf(Locale.ROOT, "soak errors: %d%n", load.errors());
      out.flush();
    }

    private static double mb(long bytes) {
      return bytes / (1024.0 * 1024.0);
    }
  }

  /**
   * Runs wrk against {@code url} for {@code duration} while, every {@code every}, measuring the
   * live heap of the JVM {@code pid}: {@code jcmd <pid> GC.class_histogram} runs a full GC and
   * counts what survives it in the same pause, so the figure is not disturbed by what the load
   * allocates right after (reading used heap after a separate {@code GC.run} is: eden refills in
   * milliseconds under load). One sample before the load and one after it. Each sample is printed
   * as it comes, then the summary ({@link Soak#print}). The forced full GCs add a pause to the
   * latencies of that moment: the soak judges errors and heap, not latency.
   */
  public static Soak soak(
      PrintWriter out,
      URI url,
      int connections,
      int threads,
      Duration duration,
      long pid,
      Duration every)
      throws IOException, InterruptedException {
    Path jcmd = jdkTool("jcmd");
    List<long[]> samples = new ArrayList<>();
    long t0 = System.nanoTime();
    samples.add(new long[] {0, liveHeap(jcmd, pid)});
    Process p = startWrk(url, connections, threads, duration);
    // read wrk's output on its own thread, so sampling never blocks on it
    StringBuilder output = new StringBuilder();
    Thread reader =
        new Thread(
            () -> {
              try {
                output.append(
                    new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
              } catch (IOException e) {
                output.append("(reading wrk's output failed: ").append(e.getMessage()).append(')');
              }
            },
            "wrk-output");
    reader.setDaemon(true);
    reader.start();
    long everyNs = Math.max(1, every.toNanos());
    long next = t0 + everyNs;
    try {
      while (p.isAlive()) {
        long wait = next - System.nanoTime();
        if (wait > 0 && p.waitFor(wait, TimeUnit.NANOSECONDS)) {
          break;
        }
        if (!p.isAlive()) {
          break;
        }
        long bytes = liveHeap(jcmd, pid);
        long[] s = {(System.nanoTime() - t0) / 1_000_000_000L, bytes};
        samples.add(s);
        out.printf(Locale.ROOT, "  %5d s  live heap %8.1f MB%n", s[0], s[1] / (1024.0 * 1024.0));
        out.flush();
        next += everyNs;
      }
    } finally {
      if (p.isAlive()) {
        p.destroyForcibly();
      }
    }
    reader.join(10_000);
    if (p.exitValue() != 0) {
      throw new IllegalStateException(
          "wrk failed (exit code "
              + p.exitValue()
              + "): "
              + output.toString().strip().replace('\n', ' '));
    }
    samples.add(new long[] {(System.nanoTime() - t0) / 1_000_000_000L, liveHeap(jcmd, pid)});
    Soak soak = new Soak(parse(output.toString()), List.copyOf(samples));
    soak.print(out);
    return soak;
  }

  /**
   * Bytes of the objects that survive a full GC in the JVM {@code pid} ({@code jcmd <pid>
   * GC.class_histogram}).
   */
  static long liveHeap(Path jcmd, long pid) throws IOException, InterruptedException {
    return histogramTotal(run(jcmd.toString(), Long.toString(pid), "GC.class_histogram"));
  }

  /** The bytes of the histogram's last line, {@code Total <instances> <bytes>}. */
  static long histogramTotal(String histogram) {
    Matcher m =
        Pattern.compile("^Total\\s+\\d+\\s+(\\d+)\\s*$", Pattern.MULTILINE).matcher(histogram);
    if (!m.find()) {
      throw new IllegalStateException(
          "cannot read jcmd GC.class_histogram's output: "
              + histogram.strip().lines().reduce((a, b) -> b).orElse(""));
    }
    return Long.parseLong(m.group(1));
  }

  private static String run(String... cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IllegalStateException(
          String.join(" ", cmd) + " failed: " + output.strip().replace('\n', ' '));
    }
    return output;
  }

  /**
   * A JDK tool beside the running java ({@code java.home/bin}); one line when this is a JRE without
   * it.
   */
  static Path jdkTool(String name) {
    Path tool = Path.of(System.getProperty("java.home"), "bin", name);
    if (!Files.isExecutable(tool)) {
      throw new UserError(
          name
              + " is not in "
              + tool.getParent()
              + ": the soak needs a full JDK 17 (apt-get install -y openjdk-17-jdk-headless)",
          1);
    }
    return tool;
  }

  /** The first executable {@code name} on PATH, or null. */
  static Path executable(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path p = Path.of(dir, name);
      if (Files.isRegularFile(p) && Files.isExecutable(p)) {
        return p;
      }
    }
    return null;
  }
}
