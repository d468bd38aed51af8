package io.feedgym.env.check;

import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Structural equality of observations: arrays by content, records component by component, lists and
 * maps element by element, recursively; anything else by {@code equals}.
 */
final class DeepEquals {
  private DeepEquals() {}

  static boolean equal(Object a, Object b) {
    if (a == b) {
      return true;
    }
    if (a == null || b == null) {
      return false;
    }
    if (a instanceof Object[] x && b instanceof Object[] y) {
      return x.length == y.length && equalElements(List.of(x).iterator(), List.of(y).iterator());
    }
    if (a.getClass().isArray() || b.getClass().isArray()) {
      return Objects.deepEquals(a, b);
    }
    if (a instanceof Record && a.getClass() == b.getClass()) {
      for (RecordComponent component : a.getClass().getRecordComponents()) {
        if (!equal(read(component, a), read(component, b))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      return x.size() == y.size() && equalElements(x.iterator(), y.iterator());
    }
    if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
      return x.keySet().equals(y.keySet())
          && x.entrySet().stream().allMatch(e -> equal(e.getValue(), y.get(e.getKey())));
    }
    return a.equals(b);
  }

  private static boolean equalElements(Iterator<?> a, Iterator<?> b) {
    while (a.hasNext()) {
      if (!equal(a.next(), b.next())) {
        return false;
      }
    }
    return true;
  }

  private static Object read(RecordComponent component, Object record) {
    try {
      var accessor = component.getAccessor();
      accessor.trySetAccessible();
      return accessor.invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read record component " + component.getName(), e);
    }
  }
}
