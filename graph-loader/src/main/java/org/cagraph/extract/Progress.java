package org.cagraph.extract;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A progress bar on stderr. On a terminal it is redrawn in place at every percent. Anywhere else (a
 * log file, a pipe) it writes a line only when another tenth is done and at least {@link
 * #QUIET_NANOS 10 s} have passed since the last line, and one line at the end: a stage shorter than
 * 10 s leaves one line in a log, a long one at most eleven.
 */
public final class Progress {
  /**
   * Set by {@code ./kg} from {@code [ -t 2 ]}: whether stderr is a terminal, which Java 17 cannot
   * tell by itself.
   */
  public static final String TERMINAL_PROPERTY = "kg.stderr.terminal";

  static final long QUIET_NANOS = 10_000_000_000L;

  private final String label;
  private final long total;
  private final PrintStream out;
  private final boolean terminal;
  private final LongSupplier clock;
  private final AtomicLong done = new AtomicLong();
  private final long started;

  /**
   * The percent (terminal) or tenth (otherwise, in percent) last shown; -1 before the first line.
   */
  private int lastShown = -1;

  private long lastLineAt;
  private boolean finished;

  public Progress(String label, long total, PrintStream out) {
    this(label, total, out, stderrIsTerminal(), System::nanoTime);
  }

  Progress(String label, long total, PrintStream out, boolean terminal, LongSupplier clock) {
    this.label = label;
    this.total = Math.max(1, total);
    this.out = out;
    this.terminal = terminal;
    this.clock = clock;
    this.started = clock.getAsLong();
    this.lastLineAt = started;
  }

  public static Progress silent() {
    return new Progress("", 1, null, false, System::nanoTime);
  }

  /**
   * Whether stderr is a terminal: {@value #TERMINAL_PROPERTY} when set, else whether the JVM has a
   * console (stdin and stdout on a terminal; wrong when only stderr is redirected, hence the
   * property).
   */
  static boolean stderrIsTerminal() {
    String told = System.getProperty(TERMINAL_PROPERTY);
    return told != null ? Boolean.parseBoolean(told) : System.console() != null;
  }

  public void add(long n) {
    long d = done.addAndGet(n);
    if (out == null) {
      return;
    }
    int pct = (int) Math.min(100, d * 100 / total);
    synchronized (this) {
      if (finished) {
        return;
      }
      long now = clock.getAsLong();
      if (terminal) {
        if (pct == lastShown) {
          return;
        }
        lastShown = pct;
      } else {
        int tenth = pct / 10 * 10;
        boolean due = tenth > lastShown && now - lastLineAt >= QUIET_NANOS;
        if (pct < 100 && !due) {
          return;
        }
        lastShown = tenth;
      }
      lastLineAt = now;
      finished = pct == 100;
      double secs = (now - started) / 1e9;
      String bar = "#".repeat(pct / 4) + ".".repeat(25 - pct / 4);
      String line =
          String.format(
              Locale.ROOT, "%-10s [%s] %3d%%  %,d/%,d  %.0fs", label, bar, pct, d, total, secs);
      // written while holding this bar's lock, so that lines from several threads keep their order
      synchronized (out) {
        out.print(terminal ? "\r" + line : line + "\n");
        if (terminal && pct == 100) {
          out.println();
        }
        out.flush();
      }
    }
  }
}
