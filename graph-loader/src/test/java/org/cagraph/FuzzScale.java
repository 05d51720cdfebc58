package org.cagraph;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Scales the tries of a fuzz property by the system property {@code kg.fuzz.scale} (default 1): the
 * build runs each property's stated tries with its fixed seed, and a deeper run multiplies them
 * ({@code mvn -pl graph-loader test -Dtest='*FuzzTest' -Dkg.fuzz.scale=5}) without touching the
 * code. A scale that is not a positive number stops the property with its value named.
 */
public final class FuzzScale implements AroundPropertyHook {
  /** The system property read. */
  public static final String PROPERTY = "kg.fuzz.scale";

  @Override
  public PropertyExecutionResult aroundProperty(
      PropertyLifecycleContext context, PropertyExecutor property) {
    double scale = scale(System.getProperty(PROPERTY));
    context
        .attributes()
        .tries()
        .ifPresent(t -> context.attributes().setTries(Math.max(1, (int) Math.round(t * scale))));
    return property.execute();
  }

  /** The factor {@code value} names: 1 when absent or blank. */
  static double scale(String value) {
    if (value == null || value.isBlank()) {
      return 1;
    }
    double s;
    try {
      s = Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("-D" + PROPERTY + "=" + value + " is not a number");
    }
    if (!(s > 0) || Double.isInfinite(s)) {
      throw new IllegalArgumentException("-D" + PROPERTY + "=" + value + " must be above 0");
    }
    return s;
  }

  @Override
  public int aroundPropertyProximity() {
    // where jqwik's own @PropertyDefaults sets tries: before the property is configured
    return -10;
  }

  @Override
  public PropagationMode propagateTo() {
    // registered on a class, it reaches the class's properties
    return PropagationMode.ALL_DESCENDANTS;
  }
}
