package dev.crmcards;

import dev.crmcards.json.JsonOutput;

/**
 * The JSON of a {@link Property}, in the key order HubSpot documents: {@code label}, {@code
 * dataType}, {@code value}, then the type's extra field, if any.
 */
final class PropertyJson {

  private static final byte[] LABEL = JsonOutput.utf8("{\"label\":");

  /** {@code ,"dataType":"TYPE","value":} by {@link PropertyType#ordinal()}. */
  private static final byte[][] DATA_TYPE_AND_VALUE = new byte[PropertyType.values().length][];

  static final byte[] CURRENCY_CODE = JsonOutput.utf8(",\"currencyCode\":");
  static final byte[] LINK_LABEL = JsonOutput.utf8(",\"linkLabel\":");

  /** {@code ,"optionType":"TYPE"} by {@link StatusType#ordinal()}: a STATUS property's colour. */
  private static final byte[][] OPTION_TYPE = new byte[StatusType.values().length][];

  static {
    for (PropertyType type : PropertyType.values()) {
      DATA_TYPE_AND_VALUE[type.ordinal()] =
          JsonOutput.utf8(",\"dataType\":\"" + type.name() + "\",\"value\":");
    }
    for (StatusType type : StatusType.values()) {
      OPTION_TYPE[type.ordinal()] = JsonOutput.utf8(",\"optionType\":\"" + type.name() + "\"");
    }
  }

  private PropertyJson() {}

  /**
   * Writes the object's opening up to the {@code value} key; the caller writes the value, its
   * extra field and the closing brace.
   */
  static void start(JsonOutput out, String label, PropertyType type) {
    out.raw(LABEL);
    out.string(label);
    out.raw(DATA_TYPE_AND_VALUE[type.ordinal()]);
  }

  /** Writes a STATUS property's {@code optionType} member, comma first. */
  static void optionType(JsonOutput out, StatusType type) {
    out.raw(OPTION_TYPE[type.ordinal()]);
  }
}
