package io.github.lympha.testing;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Gives every jqwik property a fixed seed, derived from a base seed and the property's class and
 * method, so that {@code mvn verify}, CI and the mutation run draw the same values every time.
 *
 * <p>The base seed is the system property {@value #SEED_PROPERTY}, {@value #DEFAULT_BASE} when it
 * is absent. Set it to another number to explore other values, or to {@code random} to let jqwik
 * draw a fresh seed on every run, e.g. {@code mvn -B verify -Dlympha.jqwik.seed=random}. A property
 * that names its own seed ({@code @Property(seed = ...)}) keeps it.
 *
 * <p>Every class with properties carries {@code @AddLifecycleHook(FixedSeeds.class)}; {@code
 * FixedSeedsTest} fails for one that does not. (A hook registered through {@code META-INF/services}
 * would not reach the tests: they run inside the {@code io.github.lympha} module, whose services
 * only its module declaration can provide.)
 */
public final class FixedSeeds implements AroundPropertyHook {
  /** The system property that sets the base seed. */
  public static final String SEED_PROPERTY = "lympha.jqwik.seed";

  /** The base seed when {@value #SEED_PROPERTY} is not set. */
  public static final String DEFAULT_BASE = "20261126";

  @Override
  public PropertyExecutionResult aroundProperty(
      PropertyLifecycleContext context, PropertyExecutor property) {
    String base = System.getProperty(SEED_PROPERTY, DEFAULT_BASE).trim();
    if (!base.toLowerCase(Locale.ROOT).equals("random") && context.attributes().seed().isEmpty()) {
      String id = context.containerClass().getName() + "#" + context.targetMethod().getName();
      context.attributes().setSeed(Long.toString(seedFor(base, id)));
    }
    return property.execute();
  }

  /** Reaches every property of the class it is added to, also in nested groups. */
  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.ALL_DESCENDANTS;
  }

  /** Runs outside the property's other hooks, so that they see the seed. */
  @Override
  public int aroundPropertyProximity() {
    return -100;
  }

  /**
   * The seed of one property: a 64-bit FNV-1a hash of the base seed and the property's id, so that
   * adding or renaming a property leaves the others' seeds alone.
   *
   * @throws IllegalArgumentException if the base seed is not a decimal number
   */
  static long seedFor(String base, String propertyId) {
    long b;
    try {
      b = Long.parseLong(base);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "-D" + SEED_PROPERTY + " must be a decimal number or \"random\", not \"" + base + "\"",
          e);
    }
    long h = 0xcbf29ce484222325L ^ b;
    for (byte x : propertyId.getBytes(StandardCharsets.UTF_8)) {
      h ^= x & 0xff;
      h *= 0x100000001b3L;
    }
    return h;
  }
}
