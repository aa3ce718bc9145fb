package io.github.lympha.validation;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A thread-safe memo of at most {@code size} values, emptied when full: what a {@link Validator}
 * keeps between validations. Values must be immutable; a race only computes the same value twice.
 */
final class BoundedMemo<K, V> {
  private final int size;
  private final Map<K, V> values = new ConcurrentHashMap<>();

  BoundedMemo(int size) {
    checkArgument(size > 0, "Invalid memo size: %s; expected 1 or more", size);
    this.size = size;
  }

  /** The value remembered for the key, if there is one. */
  @Nullable V get(K key) {
    return values.get(key);
  }

  /** Remembers a value unless another thread was first; returns the value remembered. */
  V remember(K key, V value) {
    if (values.size() >= size) {
      values.clear();
    }
    V raced = values.putIfAbsent(key, value);
    return raced == null ? value : raced;
  }

  /** How many values the memo holds now. */
  int size() {
    return values.size();
  }
}
