package dev.crmcards.rules;

import java.util.List;

/**
 * A Java type a card member may have, as the rules name it. The processor maps the types it sees
 * onto these; {@link #display()} is how messages write them.
 */
public enum JavaType {
  STRING("String"),
  ENUM("an enum"),
  URI("java.net.URI"),
  LONG("long"),
  INT("int"),
  SHORT("short"),
  BYTE("byte"),
  DOUBLE("double"),
  FLOAT("float"),
  BOOLEAN("boolean"),
  BOXED_LONG("Long"),
  BOXED_INT("Integer"),
  BOXED_SHORT("Short"),
  BOXED_BYTE("Byte"),
  BOXED_DOUBLE("Double"),
  BOXED_FLOAT("Float"),
  BOXED_BOOLEAN("Boolean"),
  BIG_DECIMAL("java.math.BigDecimal"),
  BIG_INTEGER("java.math.BigInteger"),
  UUID("java.util.UUID"),
  LOCAL_DATE("java.time.LocalDate"),
  INSTANT("java.time.Instant"),
  OFFSET_DATE_TIME("java.time.OffsetDateTime"),
  ZONED_DATE_TIME("java.time.ZonedDateTime"),
  PROPERTY_LIST("java.util.List<dev.crmcards.Property>");

  /** Every numeric type: NUMERIC accepts them all. */
  static final List<JavaType> NUMBERS =
      List.of(
          LONG, INT, SHORT, BYTE, DOUBLE, FLOAT, BOXED_LONG, BOXED_INT, BOXED_SHORT, BOXED_BYTE,
          BOXED_DOUBLE, BOXED_FLOAT, BIG_DECIMAL, BIG_INTEGER);

  private final String display;

  JavaType(String display) {
    this.display = display;
  }

  /** How a message writes the type, e.g. "java.time.LocalDate" or "an enum". */
  public String display() {
    return display;
  }
}
