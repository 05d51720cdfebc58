package org.cagraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A bar is redrawn in place on a terminal; in a log it leaves one line per stage, or one per tenth
 * and 10 s.
 */
class ProgressTest {
  private static final long SECOND = 1_000_000_000L;

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  private final AtomicLong now = new AtomicLong(42 * SECOND);

  private Progress bar(long total, boolean terminal) {
    return new Progress("CoreNLP", total, out, terminal, now::get);
  }

  private List<String> lines() {
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void aQuickStageInALogIsOneLine() {
    Progress p = bar(1000, false);
    for (int i = 0; i < 1000; i++) {
      p.add(1);
      now.addAndGet(SECOND / 1000); // a second in all
    }
    assertEquals(List.of("CoreNLP    [#########################] 100%  1,000/1,000  1s"), lines());
  }

  @Test
  void aLongStageInALogIsAtMostOneLinePerTenthAndTenSeconds() {
    Progress p = bar(1000, false);
    for (int i = 0; i < 1000; i++) {
      p.add(1);
      now.addAndGet(SECOND); // 1,000 s in all: every tenth takes 100 s
    }
    List<String> lines = lines();
    // the first after 10 s (still in the first tenth), then one as each tenth is done
    assertEquals(11, lines.size(), String.join("\n", lines));
    assertTrue(lines.get(0).contains("  1%  11/1,000  10s"), lines.get(0));
    assertTrue(lines.get(1).contains(" 10%"), lines.get(1));
    assertTrue(lines.get(10).contains("100%"), lines.get(10));
    assertFalse(bytes.toString(StandardCharsets.UTF_8).contains("\r"));
  }

  @Test
  void inALogTenSecondsMustPassBetweenLines() {
    Progress p = bar(100, false);
    for (int i = 0; i < 100; i++) {
      p.add(1);
      now.addAndGet(SECOND / 2); // 50 s in all: a tenth every 5 s, a line at most every 10 s
    }
    List<String> lines = lines();
    assertEquals(
        List.of("21%", "41%", "61%", "81%", "100%"),
        lines.stream()
            .map(l -> l.substring(l.indexOf(']') + 1, l.indexOf('%') + 1).trim())
            .toList(),
        String.join("\n", lines));
  }

  @Test
  void theEndIsWrittenOnce() {
    Progress p = bar(10, false);
    p.add(10);
    p.add(5); // past the total: still one line
    assertEquals(1, lines().size());
  }

  @Test
  void onATerminalTheBarIsRedrawnInPlaceAtEveryPercent() {
    Progress p = bar(200, true);
    for (int i = 0; i < 200; i++) {
      p.add(1);
    }
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(101, text.chars().filter(c -> c == '\r').count()); // 0% to 100%
    assertTrue(text.endsWith("100%  200/200  0s" + System.lineSeparator()), text);
  }

  @Test
  void silentWritesNothing() {
    Progress p = Progress.silent();
    p.add(1);
    assertEquals("", bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void kgTellsWhetherStderrIsATerminal() {
    String before = System.getProperty(Progress.TERMINAL_PROPERTY);
    try {
      System.setProperty(Progress.TERMINAL_PROPERTY, "false");
      assertFalse(Progress.stderrIsTerminal());
      System.setProperty(Progress.TERMINAL_PROPERTY, "true");
      assertTrue(Progress.stderrIsTerminal());
    } finally {
      if (before == null) {
        System.clearProperty(Progress.TERMINAL_PROPERTY);
      } else {
        System.setProperty(Progress.TERMINAL_PROPERTY, before);
      }
    }
  }
}
