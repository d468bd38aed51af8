package io.feedgym.config;

import com.google.common.base.CaseFormat;
import com.google.common.collect.ImmutableList;
import java.lang.reflect.InvocationTargetException;
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
 * boxes, String, enums (case-insensitive), and lists of Integer, Long, Double or String
 * (comma-separated).
 */
public final class ConfigBinder {
  private ConfigBinder() {}

  /** The snake_case key of every component of {@code type}, in declaration order. */
  public static List<String> keys(Class<? extends Record> type) {
    return Arrays.stream(type.getRecordComponents()).map(c -> snake(c.getName())).toList();
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
    for (var entry : overrides.entrySet()) {
      Integer i = index.get(entry.getKey());
      if (i == null) {
        throw new IllegalArgumentException("unknown key '" + entry.getKey() + "' for "
            + type.getSimpleName() + "; valid keys: " + String.join(", ", index.keySet()));
      }
      values[i] = parse(entry.getKey(), entry.getValue(), components[i].getGenericType());
    }
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

  /** The record's values keyed by snake_case component name, in declaration order (enums as names). */
  public static LinkedHashMap<String, Object> describe(Record config) {
    LinkedHashMap<String, Object> out = new LinkedHashMap<>();
    for (RecordComponent c : config.getClass().getRecordComponents()) {
      Object value = read(c, config);
      out.put(snake(c.getName()), value instanceof Enum<?> e ? e.name().toLowerCase(Locale.ROOT) : value);
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
