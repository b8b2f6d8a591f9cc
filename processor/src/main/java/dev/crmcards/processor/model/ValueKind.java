package dev.crmcards.processor.model;

/**
 * The Java shape of a member's value, which decides how generated code writes it. Primitive kinds
 * can never be null; the others are checked for null first.
 */
public enum ValueKind {
  STRING(false),
  ENUM(false),
  URI(false),
  PRIMITIVE_LONG(true),
  PRIMITIVE_INT(true),
  PRIMITIVE_SHORT(true),
  PRIMITIVE_BYTE(true),
  PRIMITIVE_DOUBLE(true),
  PRIMITIVE_FLOAT(true),
  PRIMITIVE_BOOLEAN(true),
  BOXED_LONG(false),
  BOXED_INT(false),
  BOXED_SHORT(false),
  BOXED_BYTE(false),
  BOXED_DOUBLE(false),
  BOXED_FLOAT(false),
  BOXED_BOOLEAN(false),
  BIG_DECIMAL(false),
  BIG_INTEGER(false),
  UUID(false),
  LOCAL_DATE(false),
  INSTANT(false),
  OFFSET_DATE_TIME(false),
  ZONED_DATE_TIME(false),
  PROPERTY_LIST(false),
  OTHER(false);

  private final boolean primitive;

  ValueKind(boolean primitive) {
    this.primitive = primitive;
  }

  public boolean isPrimitive() {
    return primitive;
  }

  /** An {@code int} or {@code Integer}. */
  public boolean isInt() {
    return this == PRIMITIVE_INT || this == BOXED_INT;
  }

  /** A {@code double}, {@code float} or their boxes: may be NaN or infinite, which JSON cannot hold. */
  public boolean isFloatingPoint() {
    return this == PRIMITIVE_DOUBLE || this == PRIMITIVE_FLOAT || this == BOXED_DOUBLE
        || this == BOXED_FLOAT;
  }

  /** A {@code long} or {@code Long}. */
  public boolean isLong() {
    return this == PRIMITIVE_LONG || this == BOXED_LONG;
  }
}
