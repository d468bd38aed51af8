package io.feedgym.config;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders a configuration record's defaults as a Markdown table (key, default), so documentation can
 * be generated from — and checked against — the one source of defaults.
 */
public final class ConfigTable {
  private ConfigTable() {}

  /** A two-column Markdown table of {@code config}'s snake_case keys and values, in declaration order. */
  public static String markdown(Record config) {
    StringBuilder out = new StringBuilder("| key | default |\n|---|---|\n");
    for (Map.Entry<String, Object> entry : ConfigBinder.describe(config).entrySet()) {
      out.append("| `").append(entry.getKey()).append("` | `").append(format(entry.getValue())).append("` |\n");
    }
    return out.toString();
  }

  private static String format(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
    return String.valueOf(value);
  }
}
