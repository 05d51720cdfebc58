package org.cagraph;

import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterProperty;

/** The hook reaches the properties of the class it is added to and scales their tries. */
@AddLifecycleHook(FuzzScale.class)
class FuzzScaleHookTest {
  private final AtomicInteger tries = new AtomicInteger();

  @Property(tries = 40, seed = "1")
  void countsItsTries(@ForAll int any) {
    tries.incrementAndGet();
  }

  @AfterProperty
  void ranTheStatedTriesTimesTheScale() {
    long expected =
        Math.max(1, Math.round(40 * FuzzScale.scale(System.getProperty(FuzzScale.PROPERTY))));
    if (tries.get() != expected) {
      throw new AssertionError("ran " + tries.get() + " tries, expected " + expected);
    }
  }
}
