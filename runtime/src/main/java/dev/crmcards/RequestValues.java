package dev.crmcards;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters of one request as read: those every request has ({@link CardRequest#NAMED}) by
 * their place in that list, every other one (the record properties) by name, in the order
 * received. The first of repeated names wins.
 *
 * <p>Kept apart because a data fetch is on the hot path: the named ones never go through a map,
 * and the record properties of a query are checked when it is read but decoded into their map
 * only when a handler first asks for them (many never do).
 */
final class RequestValues {
  private static final List<String> NAMED = CardRequest.NAMED;

  private final String[] named = new String[NAMED.size()];
  /** The record properties decoded so far; all of them once {@link #pending} is empty. */
  private Map<String, String> properties;

  /** Record properties not decoded yet: ranges of {@link #pendingText}, four ints a pair. */
  private String pendingText;
  private int[] pending;
  private int pendingInts;
  /** What {@link #properties()} returns, once made. */
  private volatile Map<String, String> view;

  /** The place of {@code name} in {@link CardRequest#NAMED}; -1 for a record property. */
  static int namedIndex(String name) {
    return NAMED.indexOf(name);
  }

  /** Adds a parameter unless one of the same name came before. */
  void add(String name, String value) {
    int index = namedIndex(name);
    if (index >= 0) {
      addNamed(index, value);
    } else if (!name.isEmpty()) {
      decodePending();
      map().putIfAbsent(name, value);
    }
  }

  /** Adds the named parameter at {@code index} unless it came before. */
  void addNamed(int index, String value) {
    if (named[index] == null) {
      named[index] = value;
    }
  }

  /**
   * Adds a record property of form-encoded {@code text}, to be decoded when asked for: its name
   * is {@code text[nameStart, nameEnd)}, its value {@code text[valueStart, valueEnd)} (empty
   * when they are equal). The caller has checked that both decode.
   */
  void addLater(String text, int nameStart, int nameEnd, int valueStart, int valueEnd) {
    if (pendingText == null) {
      pendingText = text;
      pending = new int[16];
    } else if (pendingText != text) {
      throw new IllegalStateException("record properties come from one text");
    }
    if (pendingInts + 4 > pending.length) {
      pending = Arrays.copyOf(pending, pending.length * 2);
    }
    pending[pendingInts++] = nameStart;
    pending[pendingInts++] = nameEnd;
    pending[pendingInts++] = valueStart;
    pending[pendingInts++] = valueEnd;
  }

  /** Takes every parameter of {@code later}, replacing those of the same name. */
  void overrideWith(RequestValues later) {
    for (int i = 0; i < named.length; i++) {
      if (later.named[i] != null) {
        named[i] = later.named[i];
      }
    }
    decodePending();
    later.decodePending();
    if (later.properties != null) {
      map().putAll(later.properties);
    }
  }

  /** The value of a parameter of {@link CardRequest#NAMED}; {@code null} if absent. */
  String named(String name) {
    return named[NAMED.indexOf(name)];
  }

  /** Every other parameter, in the order received; unmodifiable. */
  Map<String, String> properties() {
    Map<String, String> made = view;
    if (made == null) {
      // A handler may hand its request to other threads; the first to ask decodes.
      synchronized (this) {
        made = view;
        if (made == null) {
          decodePending();
          made = properties == null ? Map.of() : Collections.unmodifiableMap(properties);
          view = made;
        }
      }
    }
    return made;
  }

  /**
   * The values of the record properties {@code names}, each {@code null} if absent, as {@link
   * #properties()} would hold them, without decoding the others: a TABLE fetch reads its four
   * table parameters this way on every request, where the whole map is often never needed. Call
   * it before the request is handed to a handler (it is not synchronized).
   */
  String[] lookUp(String... names) {
    String[] values = new String[names.length];
    int missing = names.length;
    if (properties != null) {
      for (int n = 0; n < names.length; n++) {
        values[n] = properties.get(names[n]);
        if (values[n] != null) {
          missing--;
        }
      }
    }
    if (missing == 0 || pendingText == null) {
      return values;
    }
    // Ranges were added from left to right, as the cursor reads them; the first of a name wins.
    FormText.Cursor text = new FormText.Cursor(pendingText);
    for (int i = 0; i < pendingInts && missing > 0; i += 4) {
      int nameStart = pending[i];
      int nameEnd = pending[i + 1];
      boolean encoded = text.isEncoded(nameStart, nameEnd);
      String decodedName = encoded ? text.decode(nameStart, nameEnd) : null;
      for (int n = 0; n < names.length; n++) {
        if (values[n] == null
            && (encoded
                ? decodedName.equals(names[n])
                : nameEnd - nameStart == names[n].length()
                    && pendingText.startsWith(names[n], nameStart))) {
          values[n] = text.decode(pending[i + 2], pending[i + 3]);
          missing--;
          break;
        }
      }
    }
    return values;
  }

  private Map<String, String> map() {
    if (properties == null) {
      properties = new LinkedHashMap<>();
    }
    return properties;
  }

  private void decodePending() {
    if (pendingText == null) {
      return;
    }
    Map<String, String> map = map();
    // The ranges were added as the text was read, from left to right.
    FormText.Cursor text = new FormText.Cursor(pendingText);
    for (int i = 0; i < pendingInts; i += 4) {
      String name = text.decode(pending[i], pending[i + 1]);
      String value = text.decode(pending[i + 2], pending[i + 3]);
      map.putIfAbsent(name, value);
    }
    pendingText = null;
    pending = null;
    pendingInts = 0;
  }
}
