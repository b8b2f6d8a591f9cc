package dev.crmcards;

import static dev.crmcards.ResponseChecks.notBlank;
import static dev.crmcards.ResponseChecks.notNull;
import static dev.crmcards.ResponseChecks.quote;

import dev.crmcards.json.JsonOutput;
import dev.crmcards.rules.CurrencyCodes;
import dev.crmcards.rules.EmailAddresses;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A property that only one object shows: an element of a result's {@code properties} array,
 * HubSpot's "custom properties that aren't defined in the card settings". Holds a label, a {@link
 * PropertyType} and the value in the string form HubSpot expects, plus the type's extra field
 * ({@code currencyCode}, {@code linkLabel} or {@code optionType}).
 *
 * <p>Immutable. The factories check their input and throw {@link NullPointerException} for a
 * missing argument and {@link IllegalArgumentException} for an invalid one, with a message naming
 * the property's label and what is wrong. They also encode the property's JSON once, so {@link
 * #writeTo(JsonOutput)} only copies bytes.
 *
 * <p>The type-specific extras are returned as {@link Optional}s; they are not used on the write
 * path.
 */
public final class Property {

  private static final byte[] LABEL = JsonOutput.utf8("{\"label\":");
  private static final byte[] DATA_TYPE = JsonOutput.utf8(",\"dataType\":\"");
  private static final byte[] VALUE = JsonOutput.utf8("\",\"value\":");
  private static final byte[] CURRENCY_CODE = JsonOutput.utf8(",\"currencyCode\":");
  private static final byte[] LINK_LABEL = JsonOutput.utf8(",\"linkLabel\":");
  private static final byte[] OPTION_TYPE = JsonOutput.utf8(",\"optionType\":\"");

  private final String label;
  private final PropertyType dataType;
  private final String value;
  private final String currencyCode;
  private final String linkLabel;
  private final StatusType optionType;
  private final byte[] json;

  private Property(
      String label,
      PropertyType dataType,
      String value,
      String currencyCode,
      String linkLabel,
      StatusType optionType) {
    this.label = label;
    this.dataType = dataType;
    this.value = value;
    this.currencyCode = currencyCode;
    this.linkLabel = linkLabel;
    this.optionType = optionType;
    this.json = encode();
  }

  // ---------------------------------------------------------------------------------------------
  // Factories

  /** A STRING property: {@code value} is shown as it is (an empty string is allowed). */
  public static Property string(String label, String value) {
    checkLabel(label);
    notNull(value, valueOf(label));
    return new Property(label, PropertyType.STRING, value, null, null, null);
  }

  /**
   * A NUMERIC property. The value is written in plain decimal notation, never with an exponent
   * (see {@link JsonOutput#plainNumber(Number)}): {@code 1E+3} becomes {@code "1000"}, {@code 2.50}
   * stays {@code "2.50"}, {@code 0.1d} becomes {@code "0.1"}.
   *
   * @throws IllegalArgumentException if {@code value} is NaN or infinite, or a Number type whose
   *     {@code toString()} is not a decimal number
   */
  public static Property numeric(String label, Number value) {
    checkLabel(label);
    notNull(value, valueOf(label));
    String text;
    try {
      text = JsonOutput.plainNumber(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(valueOf(label) + " is invalid: " + e.getMessage(), e);
    }
    return new Property(label, PropertyType.NUMERIC, text, null, null, null);
  }

  /**
   * A CURRENCY property: {@code amount} in plain notation ({@link BigDecimal#toPlainString()},
   * keeping its scale) and the ISO 4217 {@code currencyCode} HubSpot formats it with.
   *
   * @throws IllegalArgumentException if {@code currencyCode} is not an ISO 4217 code known to
   *     {@link java.util.Currency} (codes are upper case: {@code "usd"} is rejected)
   */
  public static Property currency(String label, BigDecimal amount, String currencyCode) {
    checkLabel(label);
    notNull(amount, valueOf(label));
    notNull(currencyCode, "currencyCode of property " + quote(label));
    if (!CurrencyCodes.isIso4217(currencyCode)) {
      throw new IllegalArgumentException(
          "currencyCode " + quote(currencyCode) + " of property " + quote(label) + " is not " + CurrencyCodes.EXPECTED);
    }
    return new Property(
        label, PropertyType.CURRENCY, amount.toPlainString(), currencyCode, null, null);
  }

  /**
   * A DATE property, sent as {@code yyyy-mm-dd} ({@link LocalDate#toString()}; years beyond 9999
   * or before year 0 get ISO's sign and extra digits, which HubSpot will hardly display well).
   */
  public static Property date(String label, LocalDate value) {
    checkLabel(label);
    notNull(value, valueOf(label));
    return new Property(label, PropertyType.DATE, value.toString(), null, null, null);
  }

  /**
   * A DATETIME property, sent as epoch milliseconds ({@link Instant#toEpochMilli()}); HubSpot
   * shows it in the user's time zone.
   *
   * @throws IllegalArgumentException if the instant is too far from 1970 for a long of
   *     milliseconds
   */
  public static Property datetime(String label, Instant value) {
    checkLabel(label);
    notNull(value, valueOf(label));
    long millis;
    try {
      millis = value.toEpochMilli();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          valueOf(label) + " " + value + " is out of the range of epoch milliseconds", e);
    }
    return datetime(label, millis);
  }

  /** A DATETIME property from epoch milliseconds. */
  public static Property datetime(String label, long epochMillis) {
    checkLabel(label);
    return new Property(
        label, PropertyType.DATETIME, Long.toString(epochMillis), null, null, null);
  }

  /**
   * An EMAIL property, shown as a mailto link. The value must look like an e-mail address: no
   * whitespace or control characters, exactly one {@code @}, something before it, and a domain
   * after it that contains a dot and no empty labels ({@code a@b..c} and {@code a@.b} are
   * rejected). It is not checked any further.
   */
  public static Property email(String label, String value) {
    checkLabel(label);
    notNull(value, valueOf(label));
    EmailAddresses.problem(value).ifPresent(problem -> {
      throw new IllegalArgumentException(valueOf(label) + " " + quote(value) + " is not an e-mail address: " + problem);
    });
    return new Property(label, PropertyType.EMAIL, value, null, null, null);
  }

  /**
   * A LINK property: {@code value} must be an absolute http or https URI with a host; it is sent as
   * {@link URI#toString()}. HubSpot shows {@code linkLabel} as the link text, or the URL when
   * {@code linkLabel} is null.
   *
   * @throws IllegalArgumentException if the URI is not absolute http(s), or {@code linkLabel} is
   *     blank
   */
  public static Property link(String label, URI value, String linkLabel) {
    checkLabel(label);
    String text = ResponseChecks.httpUri(value, valueOf(label));
    if (linkLabel != null) {
      notBlank(linkLabel, "linkLabel of property " + quote(label));
    }
    return new Property(label, PropertyType.LINK, text, null, linkLabel, null);
  }

  /**
   * A STATUS property: HubSpot shows {@code value} as the text of a tag coloured by {@code
   * optionType} (sent as {@code optionType}).
   */
  public static Property status(String label, String value, StatusType optionType) {
    checkLabel(label);
    notNull(value, valueOf(label));
    notNull(optionType, "optionType of property " + quote(label));
    return new Property(label, PropertyType.STATUS, value, null, null, optionType);
  }

  private static void checkLabel(String label) {
    notBlank(label, "property label");
  }

  private static String valueOf(String label) {
    return "value of property " + quote(label);
  }

  // ---------------------------------------------------------------------------------------------
  // Accessors

  /** The label HubSpot shows before the value. */
  public String label() {
    return label;
  }

  /** How HubSpot formats the value. */
  public PropertyType dataType() {
    return dataType;
  }

  /** The value as sent: a plain decimal, {@code yyyy-mm-dd}, epoch milliseconds, a URL, text. */
  public String value() {
    return value;
  }

  /** The ISO 4217 code of a CURRENCY property; empty for other types. */
  public Optional<String> currencyCode() {
    return Optional.ofNullable(currencyCode);
  }

  /** The link text of a LINK property, if one was given; empty for other types. */
  public Optional<String> linkLabel() {
    return Optional.ofNullable(linkLabel);
  }

  /** The colour of a STATUS property; empty for other types. */
  public Optional<StatusType> optionType() {
    return Optional.ofNullable(optionType);
  }

  // ---------------------------------------------------------------------------------------------
  // JSON

  /**
   * Writes this property as a JSON object in the key order HubSpot documents: {@code label},
   * {@code dataType}, {@code value}, then {@code currencyCode} (CURRENCY), {@code linkLabel} (LINK,
   * when set) or {@code optionType} (STATUS). For example {@code
   * {"label":"Resolution impact","dataType":"CURRENCY","value":"94.34","currencyCode":"GBP"}}.
   * Copies pre-encoded bytes; allocates nothing.
   */
  public void writeTo(JsonOutput out) {
    out.raw(json);
  }

  /** The JSON {@link #writeTo(JsonOutput)} writes. */
  public String toJson() {
    JsonOutput out = new JsonOutput(json.length);
    out.raw(json);
    return out.toString();
  }

  private byte[] encode() {
    JsonOutput out = new JsonOutput(64 + label.length() + value.length());
    out.raw(LABEL);
    out.string(label);
    out.raw(DATA_TYPE);
    out.raw(JsonOutput.utf8(dataType.name()));
    out.raw(VALUE);
    out.string(value);
    if (currencyCode != null) {
      out.raw(CURRENCY_CODE);
      out.string(currencyCode);
    }
    if (linkLabel != null) {
      out.raw(LINK_LABEL);
      out.string(linkLabel);
    }
    if (optionType != null) {
      out.raw(OPTION_TYPE);
      out.raw(JsonOutput.utf8(optionType.name()));
      out.rawByte('"');
    }
    out.rawByte('}');
    return out.toByteArray();
  }

  // ---------------------------------------------------------------------------------------------

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Property)) {
      return false;
    }
    Property that = (Property) o;
    return label.equals(that.label)
        && dataType == that.dataType
        && value.equals(that.value)
        && Objects.equals(currencyCode, that.currencyCode)
        && Objects.equals(linkLabel, that.linkLabel)
        && optionType == that.optionType;
  }

  @Override
  public int hashCode() {
    return Objects.hash(label, dataType, value, currencyCode, linkLabel, optionType);
  }

  /** For example {@code Property[CURRENCY "Resolution impact" = "94.34", currencyCode=GBP]}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(48 + label.length() + value.length());
    sb.append("Property[").append(dataType).append(' ').append(quote(label));
    sb.append(" = ").append(quote(value));
    if (currencyCode != null) {
      sb.append(", currencyCode=").append(currencyCode);
    }
    if (linkLabel != null) {
      sb.append(", linkLabel=").append(quote(linkLabel));
    }
    if (optionType != null) {
      sb.append(", optionType=").append(optionType);
    }
    return sb.append(']').toString();
  }
}
