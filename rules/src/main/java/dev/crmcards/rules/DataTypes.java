package dev.crmcards.rules;

import static dev.crmcards.rules.Client.APP_CARD;
import static dev.crmcards.rules.Client.CARDS_API;
import static dev.crmcards.rules.Client.CONVERTER;
import static dev.crmcards.rules.Client.LEGACY_CARDS;
import static dev.crmcards.rules.Client.OLD_CONVERTER;

import java.util.List;
import java.util.Map;

/** The property data types, and the Java types crmcards turns into each. */
public final class DataTypes {
  private DataTypes() {}

  public static final String BOOLEAN = "BOOLEAN";
  public static final String CURRENCY = "CURRENCY";
  public static final String DATE = "DATE";
  public static final String DATETIME = "DATETIME";
  public static final String EMAIL = "EMAIL";
  public static final String LINK = "LINK";
  public static final String NUMERIC = "NUMERIC";
  public static final String STATUS = "STATUS";
  public static final String STRING = "STRING";

  /** The cards API's {@code dataType} enum. */
  @From(value = CARDS_API, source = "HUBSPOT-SPEC §1.2 CardDisplayProperty")
  public static final List<String> API =
      List.of(BOOLEAN, CURRENCY, DATE, DATETIME, EMAIL, LINK, NUMERIC, STATUS, STRING);

  /** The types a card renders: the API's minus BOOLEAN, which the CRM UI does not render. */
  @From(value = {LEGACY_CARDS, CONVERTER, OLD_CONVERTER, APP_CARD}, source = "HUBSPOT-SPEC §1.2, §5; NODE PR #39")
  public static final List<String> RENDERED =
      List.of(CURRENCY, DATE, DATETIME, EMAIL, LINK, NUMERIC, STATUS, STRING);

  /** The type in the API's enum that no card renders. */
  @From(value = {LEGACY_CARDS, CONVERTER, OLD_CONVERTER}, source = "NODE PR #39")
  public static final String UNRENDERED = BOOLEAN;

  /**
   * The Java types a card member of each rendered type may have, named as {@link JavaType}s:
   * each converts to the value format HubSpot expects for the type (see {@link ValueFormats}).
   */
  @From(value = {LEGACY_CARDS, CONVERTER, OLD_CONVERTER}, source = "API.md §1; value formats HUBSPOT-SPEC §5")
  public static final Map<String, List<JavaType>> JAVA_TYPES =
      Map.of(
          STRING, List.of(JavaType.STRING, JavaType.ENUM),
          NUMERIC, JavaType.NUMBERS,
          CURRENCY,
              List.of(JavaType.BIG_DECIMAL, JavaType.LONG, JavaType.BOXED_LONG, JavaType.DOUBLE, JavaType.BOXED_DOUBLE),
          DATE, List.of(JavaType.LOCAL_DATE),
          DATETIME,
              List.of(
                  JavaType.INSTANT,
                  JavaType.OFFSET_DATE_TIME,
                  JavaType.ZONED_DATE_TIME,
                  JavaType.LONG,
                  JavaType.BOXED_LONG),
          EMAIL, List.of(JavaType.STRING),
          LINK, List.of(JavaType.STRING, JavaType.URI),
          STATUS, List.of(JavaType.STRING, JavaType.ENUM));

  /** The Java types of {@code dataType}, empty for a type no card renders or an unknown name. */
  public static List<JavaType> javaTypes(String dataType) {
    return JAVA_TYPES.getOrDefault(dataType, List.of());
  }

  /** The rendered data types that accept {@code type}, in {@link #RENDERED} order. */
  public static List<String> accepting(JavaType type) {
    return RENDERED.stream().filter(t -> javaTypes(t).contains(type)).toList();
  }
}
