package dev.crmcards.spring.boot;

import java.util.Locale;

/** Startup stops with this when a {@code crmcards.*} property holds a value crmcards refuses. */
public final class InvalidPropertyException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final String property;
  private final String reason;

  /**
   * @param property the property's full name, {@code crmcards.max-body-size}
   * @param reason what is wrong with its value
   */
  InvalidPropertyException(String property, String reason, Throwable cause) {
    super(property + ": " + reason, cause);
    this.property = property;
    this.reason = reason;
  }

  /** The property's full name, {@code crmcards.max-body-size}. */
  public String property() {
    return property;
  }

  /** What is wrong with its value. */
  public String reason() {
    return reason;
  }

  /** The environment variable Spring reads for the property: {@code CRMCARDS_MAX_BODY_SIZE}. */
  String environmentVariable() {
    return property.replace('.', '_').replace("-", "").toUpperCase(Locale.ROOT);
  }
}
