package io.feedgym.config;

import com.google.common.base.CaseFormat;
import com.google.common.collect.ImmutableList;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Binds {@code snake_case} string overrides (from the CLI or a config file) onto a configuration
 * record, starting from its defaults, so that the API and the CLI share one source of defaults. The
 * record's compact constructor validates the result. Supported component types: primitives and their
 * boxes, String, enums (case-insensitive), lists of Integer, Long, Double or String (comma-separated),
 * and nested records: component {@code drift}'s keys are {@code drift.KEY}, and when the nested type has a
 * static {@code preset(String)} factory, {@code drift=NAME} sets the whole record first.
 */
public final class ConfigBinder {
  private ConfigBinder() {}

  /**
   * The snake_case key of every component of {@code type}, in declaration order; a nested record gives
   * its own name when it has presets, then {@code name.KEY} for each of its keys.
   */
  public static List<String> keys(Class<? extends Record> type) {
    List<String> out = new ArrayList<>();
    for (RecordComponent c : type.getRecordComponents()) {
      String key = snake(c.getName());
      if (!c.getType().isRecord()) {
        out.add(key);
        continue;
      }
      if (presetFactory(c.getType()) != null) {
        out.add(key);
      }
      @SuppressWarnings("unchecked")
      Class<? extends Record> nested = (Class<? extends Record>) c.getType();
      keys(nested).forEach(k -> out.add(key + "." + k));
    }
    return out;
  }

  /** True when {@code type} has a component named by the snake_case {@code key}. */
  public static boolean hasKey(Class<? extends Record> type, String key) {
    return keys(type).contains(key);
  }

  /**
   * A copy of {@code defaults} with the given overrides applied. Unknown keys, unparsable values and
   * values the record rejects fail with an {@link IllegalArgumentException} naming the key.
   */
  public static <R extends Record> R bind(R defaults, Map<String, String> overrides) {
    return bind(defaults, overrides, "");
  }

  /** {@link #bind(Record, Map)} for the record whose keys are named {@code prefix + key} in messages. */
  private static <R extends Record> R bind(R defaults, Map<String, String> overrides, String prefix) {
    @SuppressWarnings("unchecked")
    Class<R> type = (Class<R>) defaults.getClass();
    RecordComponent[] components = type.getRecordComponents();
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < components.length; i++) {
      index.put(snake(components[i].getName()), i);
    }
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      values[i] = read(components[i], defaults);
    }
    Map<Integer, Map<String, String>> nested = new LinkedHashMap<>();
    for (var entry : overrides.entrySet()) {
      String key = entry.getKey();
      int dot = key.indexOf('.');
      Integer i = index.get(dot < 0 ? key : key.substring(0, dot));
      if (i == null || dot >= 0 && !components[i].getType().isRecord()) {
        throw new IllegalArgumentException("unknown key '" + prefix + key + "' for "
            + type.getSimpleName() + "; valid keys: " + String.join(", ", keys(type)));
      }
      if (dot >= 0) {
        nested.computeIfAbsent(i, k -> new LinkedHashMap<>()).put(key.substring(dot + 1), entry.getValue());
      } else if (components[i].getType().isRecord()) {
        values[i] = preset(prefix + key, entry.getValue(), components[i].getType());
      } else {
        values[i] = parse(prefix + key, entry.getValue(), components[i].getGenericType());
      }
    }
    for (var entry : nested.entrySet()) {
      int i = entry.getKey();
      values[i] = bind((Record) values[i], entry.getValue(), prefix + snake(components[i].getName()) + ".");
    }
    return construct(type, values);
  }

  /**
   * A copy of {@code record} with the component of snake_case {@code key} set to {@code value}, validated by
   * the record; for values that are records themselves, which have no one-string form.
   */
  public static <R extends Record> R replace(R record, String key, Object value) {
    @SuppressWarnings("unchecked")
    Class<R> type = (Class<R>) record.getClass();
    RecordComponent[] components = type.getRecordComponents();
    Object[] values = new Object[components.length];
    boolean found = false;
    for (int i = 0; i < components.length; i++) {
      boolean match = snake(components[i].getName()).equals(key);
      found |= match;
      values[i] = match ? value : read(components[i], record);
    }
    if (!found) {
      throw new IllegalArgumentException("unknown key '" + key + "' for " + type.getSimpleName() + "; valid keys: "
          + String.join(", ", keys(type)));
    }
    return construct(type, values);
  }

  private static <R extends Record> R construct(Class<R> type, Object[] values) {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
    try {
      return type.getDeclaredConstructor(types).newInstance(values);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IllegalArgumentException iae) {
        throw iae;
      }
      throw new IllegalArgumentException(type.getSimpleName() + ": " + cause.getMessage(), cause);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot construct " + type.getName(), e);
    }
  }

  /**
   * The record's values keyed by snake_case component name, in declaration order (enums as names; a nested
   * record's values as {@code name.KEY}), so that binding them back gives the same record.
   */
  public static LinkedHashMap<String, Object> describe(Record config) {
    LinkedHashMap<String, Object> out = new LinkedHashMap<>();
    for (RecordComponent c : config.getClass().getRecordComponents()) {
      Object value = read(c, config);
      String key = snake(c.getName());
      if (value instanceof Record nested) {
        describe(nested).forEach((k, v) -> out.put(key + "." + k, v));
      } else {
        out.put(key, value instanceof Enum<?> e ? e.name().toLowerCase(Locale.ROOT) : value);
      }
    }
    return out;
  }

  /** The snake_case form of a camelCase component name. */
  public static String snake(String camel) {
    return CaseFormat.LOWER_CAMEL.to(CaseFormat.LOWER_UNDERSCORE, camel);
  }

  private static Object read(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + component.getName(), e);
    }
  }

  private static Object parse(String key, String raw, Type type) {
    String text = raw.trim();
    if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
      Type element = p.getActualTypeArguments()[0];
      if (text.isEmpty()) {
        return ImmutableList.of();
      }
      List<Object> list = new ArrayList<>();
      for (String part : text.split(",")) {
        list.add(parse(key, part, element));
      }
      return ImmutableList.copyOf(list);
    }
    Class<?> cls = (Class<?>) type;
    try {
      if (cls == int.class || cls == Integer.class) {
        return Integer.parseInt(text);
      } else if (cls == long.class || cls == Long.class) {
        return Long.parseLong(text);
      } else if (cls == double.class || cls == Double.class) {
        return Double.parseDouble(text);
      } else if (cls == float.class || cls == Float.class) {
        return Float.parseFloat(text);
      } else if (cls == boolean.class || cls == Boolean.class) {
        if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
          throw new IllegalArgumentException("key '" + key + "' expects true or false, found '" + raw + "'");
        }
        return Boolean.parseBoolean(text);
      } else if (cls == String.class) {
        return text;
      } else if (cls.isEnum()) {
        return parseEnum(key, text, cls);
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "key '" + key + "' expects " + cls.getSimpleName().toLowerCase(Locale.ROOT) + ", found '" + raw + "'");
    }
    throw new IllegalArgumentException("key '" + key + "' has unsupported type " + cls.getSimpleName());
  }

  /** The nested record {@code type}'s preset {@code name}, from its static {@code preset(String)} factory. */
  private static Object preset(String key, String name, Class<?> type) {
    Method factory = presetFactory(type);
    if (factory == null) {
      throw new IllegalArgumentException("key '" + key + "' is a group of settings; set " + key + ".KEY instead");
    }
    try {
      return factory.invoke(null, name.trim());
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof IllegalArgumentException iae) {
        throw new IllegalArgumentException("key '" + key + "': " + iae.getMessage(), iae);
      }
      throw new IllegalStateException("preset '" + name + "' of " + type.getName() + " failed", e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot call " + factory, e);
    }
  }

  /** {@code type}'s public {@code static type preset(String)}, or null when it has none. */
  private static Method presetFactory(Class<?> type) {
    return Arrays.stream(type.getMethods())
        .filter(m -> m.getName().equals("preset") && Modifier.isStatic(m.getModifiers()) && m.getReturnType() == type
            && Arrays.equals(m.getParameterTypes(), new Class<?>[] {String.class}))
        .findFirst().orElse(null);
  }

  private static Object parseEnum(String key, String text, Class<?> cls) {
    for (Object constant : cls.getEnumConstants()) {
      String name = ((Enum<?>) constant).name();
      if (name.equalsIgnoreCase(text) || name.equalsIgnoreCase(text.replace('-', '_'))) {
        return constant;
      }
    }
    String allowed = Arrays.stream(cls.getEnumConstants())
        .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", "));
    throw new IllegalArgumentException("key '" + key + "' must be one of " + allowed + ", found '" + text + "'");
  }
}
