package dev.crmcards.rules.vocabulary;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One entry of the vocabulary: a name other languages can use ({@code dataTypes}), what it means,
 * and its value, taken from the Java rule that defines it.
 */
public sealed interface Term {
  /** The entry's name in the JSON file, in lowerCamelCase, e.g. {@code dataTypes}. */
  String key();

  String description();

  /**
   * The names a value may take, e.g. the data types.
   *
   * @param type the name of one value's type, in UpperCamelCase, e.g. {@code DataType}
   */
  record Names(String key, String type, String description, List<String> values) implements Term {
    public Names {
      Keys.check(key, type);
      values = List.copyOf(values);
    }
  }

  /** A whole number, such as a limit. */
  record Count(String key, String description, long value) implements Term {
    public Count {
      Keys.check(key, null);
    }
  }

  /** A fixed text, such as a default. */
  record Text(String key, String description, String value) implements Term {
    public Text {
      Keys.check(key, null);
    }
  }

  /**
   * Rows of strings under named columns, e.g. each record type under each of its names.
   *
   * @param type the name of one row's type, in UpperCamelCase
   * @param columns the columns' names, in lowerCamelCase
   */
  record Table(String key, String type, String description, List<String> columns, List<List<String>> rows)
      implements Term {
    public Table {
      Keys.check(key, type);
      columns.forEach(column -> Keys.check(column, null));
      columns = List.copyOf(columns);
      rows = rows.stream().map(List::copyOf).toList();
      for (List<String> row : rows) {
        if (row.size() != columns.size()) {
          throw new IllegalArgumentException(key + ": a row needs a value for each of " + columns + ", got " + row);
        }
      }
    }
  }

  /** The spellings keys and type names must have, so every language can use them as they are. */
  final class Keys {
    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final Pattern TYPE = Pattern.compile("[A-Z][A-Za-z0-9]*");

    private Keys() {}

    static void check(String key, String type) {
      if (!KEY.matcher(key).matches()) {
        throw new IllegalArgumentException("a vocabulary key is lowerCamelCase, got " + key);
      }
      if (type != null && !TYPE.matcher(type).matches()) {
        throw new IllegalArgumentException("a vocabulary type is UpperCamelCase, got " + type);
      }
    }
  }
}
