package org.cagraph.pipeline;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/** A progress bar on stderr: redrawn in place on a terminal, a line every 10% otherwise. */
public final class Progress {
  private final String label;
  private final long total;
  private final PrintStream out;
  private final boolean tty = System.console() != null;
  private final AtomicLong done = new AtomicLong();
  private final long started = System.nanoTime();
  private volatile int lastShown = -1;

  public Progress(String label, long total, PrintStream out) {
    this.label = label;
    this.total = Math.max(1, total);
    this.out = out;
  }

  public static Progress silent() {
    return new Progress("", 1, null);
  }

  public void add(long n) {
    long d = done.addAndGet(n);
    if (out == null) {
      return;
    }
    int pct = (int) Math.min(100, d * 100 / total);
    int step = tty ? pct : pct / 10 * 10;
    if (step != lastShown) {
      lastShown = step;
      double secs = (System.nanoTime() - started) / 1e9;
      String bar = "#".repeat(pct / 4) + ".".repeat(25 - pct / 4);
      String line = String.format(Locale.ROOT, "%-10s [%s] %3d%%  %,d/%,d  %.0fs", label, bar, pct, d, total, secs);
      synchronized (out) {
        out.print(tty ? "\r" + line : line + "\n");
        if (tty && pct == 100) {
          out.println();
        }
        out.flush();
      }
    }
  }
}
