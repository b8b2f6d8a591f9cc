package dev.crmcards;

import static dev.crmcards.ResponseChecks.PROPERTY_VALUE;
import static dev.crmcards.ResponseChecks.name;
import static dev.crmcards.ResponseChecks.notBlank;
import static dev.crmcards.ResponseChecks.notNull;
import static dev.crmcards.ResponseChecks.quote;

import dev.crmcards.json.JsonOutput;
import dev.crmcards.rules.CurrencyCodes;
import dev.crmcards.rules.EmailAddresses;
import dev.crmcards.rules.PlainNumbers;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A property that only one object shows: an element of a result's {@code properties} array,
 * HubSpot's "custom properties that aren't defined in the card settings". Holds a label, a {@link
 * PropertyType} and the value HubSpot formats, plus the type's extra field ({@code currencyCode},
 * {@code linkLabel} or {@code optionType}).
 *
 * <p>One record per type ({@link Text} for STRING, {@link Numeric}, {@link Currency}, {@link
 * Date}, {@link DateTime}, {@link Email}, {@link Link}, {@link Status}), so a {@code switch} or
 * {@code instanceof} sees exactly the fields the type has. Build them with the factories ({@link
 * #string}, {@link #numeric}, …) or the records' constructors; both check their input and throw
 * {@link NullPointerException} for a missing argument and {@link IllegalArgumentException} for an
 * invalid one, with a message naming the property's label and what is wrong.
 *
 * <p>Immutable. Two properties are equal when they are of the same type and write the same JSON.
 * The type-specific extras are also returned as {@link Optional}s by every property, empty where
 * the type has none.
 */
public sealed interface Property
    permits Property.Text,
        Property.Numeric,
        Property.Currency,
        Property.Date,
        Property.DateTime,
        Property.Email,
        Property.Link,
        Property.Status {

  // ---------------------------------------------------------------------------------------------
  // Factories

  /** A STRING property: {@code value} is shown as it is (an empty string is allowed). */
  static Property string(String label, String value) {
    return new Text(label, value);
  }

  /**
   * A NUMERIC property. The value is written in plain decimal notation, never with an exponent
   * (see {@link JsonOutput#plainNumber(Number)}): {@code 1E+3} becomes {@code "1000"}, {@code 2.50}
   * stays {@code "2.50"}, {@code 0.1d} becomes {@code "0.1"}.
   *
   * @throws IllegalArgumentException if {@code value} is NaN or infinite, or a Number type whose
   *     {@code toString()} is not a decimal number
   */
  static Property numeric(String label, Number value) {
    checkLabel(label);
    notNull(value, PROPERTY_VALUE, label);
    return new Numeric(label, decimal(label, value));
  }

  /**
   * A CURRENCY property: {@code amount} in plain notation ({@link BigDecimal#toPlainString()},
   * keeping its scale) and the ISO 4217 {@code currencyCode} HubSpot formats it with.
   *
   * @throws IllegalArgumentException if {@code currencyCode} is not an ISO 4217 code known to
   *     {@link java.util.Currency} (codes are upper case: {@code "usd"} is rejected)
   */
  static Property currency(String label, BigDecimal amount, String currencyCode) {
    return new Currency(label, amount, currencyCode);
  }

  /**
   * A DATE property, sent as {@code yyyy-mm-dd} ({@link LocalDate#toString()}; years beyond 9999
   * or before year 0 get ISO's sign and extra digits, which HubSpot will hardly display well).
   */
  static Property date(String label, LocalDate value) {
    return new Date(label, value);
  }

  /**
   * A DATETIME property, sent as epoch milliseconds ({@link Instant#toEpochMilli()}); HubSpot
   * shows it in the user's time zone.
   *
   * @throws IllegalArgumentException if the instant is too far from 1970 for a long of
   *     milliseconds
   */
  static Property datetime(String label, Instant value) {
    checkLabel(label);
    notNull(value, PROPERTY_VALUE, label);
    long millis;
    try {
      millis = value.toEpochMilli();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          name(PROPERTY_VALUE, label) + " " + value + " is out of the range of epoch milliseconds", e);
    }
    return new DateTime(label, millis);
  }

  /** A DATETIME property from epoch milliseconds. */
  static Property datetime(String label, long epochMillis) {
    return new DateTime(label, epochMillis);
  }

  /**
   * An EMAIL property, shown as a mailto link. The value must look like an e-mail address: no
   * whitespace or control characters, exactly one {@code @}, something before it, and a domain
   * after it that contains a dot and no empty labels ({@code a@b..c} and {@code a@.b} are
   * rejected). It is not checked any further.
   */
  static Property email(String label, String value) {
    return new Email(label, value);
  }

  /**
   * A LINK property: {@code value} must be an absolute http or https URI with a host; it is sent as
   * {@link URI#toString()}. HubSpot shows {@code linkLabel} as the link text, or the URL when
   * {@code linkLabel} is null.
   *
   * @throws IllegalArgumentException if the URI is not absolute http(s), or {@code linkLabel} is
   *     blank
   */
  static Property link(String label, URI value, String linkLabel) {
    return new Link(label, value, linkLabel);
  }

  /**
   * A LINK property from the URL's text, sent as it is: for links a handler has as text (a
   * database column, a concatenation), which this checks in one pass instead of parsing a {@link
   * URI} for each. The same rule as {@link #link(String, URI, String)}.
   *
   * @throws IllegalArgumentException if {@code url} is not an absolute http(s) URL with a host, or
   *     {@code linkLabel} is blank
   */
  static Property link(String label, String url, String linkLabel) {
    return new Link(label, url, linkLabel);
  }

  /**
   * A STATUS property: HubSpot shows {@code value} as the text of a tag coloured by {@code
   * optionType} (sent as {@code optionType}).
   */
  static Property status(String label, String value, StatusType optionType) {
    return new Status(label, value, optionType);
  }

  // ---------------------------------------------------------------------------------------------
  // Accessors

  /** The label HubSpot shows before the value. */
  String label();

  /** How HubSpot formats the value. */
  PropertyType dataType();

  /** The value as sent: a plain decimal, {@code yyyy-mm-dd}, epoch milliseconds, a URL, text. */
  String value();

  /** The ISO 4217 code of a CURRENCY property; empty for other types. */
  default Optional<String> currencyCode() {
    return Optional.empty();
  }

  /** The link text of a LINK property, if one was given; empty for other types. */
  default Optional<String> linkLabel() {
    return Optional.empty();
  }

  /** The colour of a STATUS property; empty for other types. */
  default Optional<StatusType> optionType() {
    return Optional.empty();
  }

  // ---------------------------------------------------------------------------------------------
  // JSON

  /**
   * Writes this property as a JSON object in the key order HubSpot documents: {@code label},
   * {@code dataType}, {@code value}, then {@code currencyCode} (CURRENCY), {@code linkLabel} (LINK,
   * when set) or {@code optionType} (STATUS). For example {@code
   * {"label":"Resolution impact","dataType":"CURRENCY","value":"94.34","currencyCode":"GBP"}}.
   */
  void writeTo(JsonOutput out);

  /** The JSON {@link #writeTo(JsonOutput)} writes. */
  default String toJson() {
    JsonOutput out = new JsonOutput(128);
    writeTo(out);
    return out.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // The types

  /** A STRING property: {@code value} is shown as it is (an empty string is allowed). */
  record Text(String label, String value) implements Property {

    public Text {
      checkLabel(label);
      notNull(value, PROPERTY_VALUE, label);
    }

    @Override
    public PropertyType dataType() {
      return PropertyType.STRING;
    }

    @Override
    public void writeTo(JsonOutput out) {
      PropertyJson.start(out, label, PropertyType.STRING);
      out.string(value);
      out.rawByte('}');
    }

    @Override
    public String toString() {
      return describe(this);
    }
  }

  /**
   * A NUMERIC property, sent in plain decimal notation ({@link BigDecimal#toPlainString()}). A
   * negative scale is set to 0 ({@code 1E+3} is kept as {@code 1000}), so that equal text means
   * equal numbers.
   */
  record Numeric(String label, BigDecimal number) implements Property {

    public Numeric {
      checkLabel(label);
      notNull(number, PROPERTY_VALUE, label);
      number = withoutExponent(number);
    }

    @Override
    public PropertyType dataType() {
      return PropertyType.NUMERIC;
    }

    @Override
    public String value() {
      return number.toPlainString();
    }

    @Override
    public void writeTo(JsonOutput out) {
      PropertyJson.start(out, label, PropertyType.NUMERIC);
      out.quotedDecimal(number);
      out.rawByte('}');
    }

    @Override
    public String toString() {
      return describe(this);
    }
  }

  /**
   * A CURRENCY property: {@code amount}, sent in plain decimal notation like {@link Numeric}, in
   * the currency of the ISO 4217 {@code code}.
   */
  record Currency(String label, BigDecimal amount, String code) implements Property {

    /**
     * @throws IllegalArgumentException if {@code code} is not an ISO 4217 code known to {@link
     *     java.util.Currency}
     */
    public Currency {
      checkLabel(label);
      notNull(amount, PROPERTY_VALUE, label);
      notNull(code, "currencyCode of property ", label);
      if (!CurrencyCodes.isIso4217(code)) {
        throw new IllegalArgumentException(
            "currencyCode " + quote(code) + " of property " + quote(label) + " is not " + CurrencyCodes.EXPECTED);
      }
      amount = withoutExponent(amount);
    }

    @Override
    public PropertyType dataType() {
      return PropertyType.CURRENCY;
    }

    @Override
    public String value() {
      return amount.toPlainString();
    }

    @Override
    public Optional<String> currencyCode() {
      return Optional.of(code);
    }

    @Override
    public void writeTo(JsonOutput out) {
      PropertyJson.start(out, label, PropertyType.CURRENCY);
      out.quotedDecimal(amount);
      out.raw(PropertyJson.CURRENCY_CODE);
      out.string(code);
      out.rawByte('}');
    }

    @Override
    public String toString() {
      return describe(this);
    }
  }

  /** A DATE property, sent as {@code yyyy-mm-dd} ({@link LocalDate#toString()}). */
  record Date(String label, LocalDate date) implements Property {

    public Date {
      checkLabel(label);
      notNull(date, PROPERTY_VALUE, label);
    }

    @Override
    public PropertyType dataType() {
      return PropertyType.DATE;
    }

    @Override
    public String value() {
      return date.toString();
    }

    @Override
    public void writeTo(JsonOutput out) {
      PropertyJson.start(out, label, PropertyType.DATE);
      out.quotedDate(date);
      out.rawByte('}');
    }

    @Override
    public String toString() {
      return describe(this);
    }
  }

  /** A DATETIME property, sent as epoch milliseconds; HubSpot shows it in the user's time zone. */
  record DateTime(String label, long epochMillis) implements Property {

    public DateTime {
      checkLabel(label);
    }

    @Override
    public PropertyType dataType() {
      return PropertyType.DATETIME;
    }

    @Override
    public String value() {
      return Long.toString(epochMillis);
    }

    @Override
    public void writeTo(JsonOutput out) {
      PropertyJson.start(out, label, PropertyType.DATETIME);
      out.quotedNumber(epochMillis);
      out.rawByte('}');
    }

    @Override
    public String toString() {
      return describe(this);
    }
  }

  /** An EMAIL property, shown as a mailto link; see {@link #email} for what {@code value} must be. */
  record Email(String label, String value) implements Property {

    /** @throws IllegalArgumentException if {@code value} does not look like an e-mail address */
    public Email {
      checkLabel(label);
      notNull(value, PROPERTY_VALUE, label);
      Optional<String> problem = EmailAddresses.problem(value);
      if (problem.isPresent()) {
        throw new IllegalArgumentException(
            name(PROPERTY_VALUE, label) + " " + quote(value) + " is not an e-mail address: " + problem.get());
      }
    }

    @Override
    public PropertyType dataType() {
      return PropertyType.EMAIL;
    }

    @Override
    public void writeTo(JsonOutput out) {
      PropertyJson.start(out, label, PropertyType.EMAIL);
      out.string(value);
      out.rawByte('}');
    }

    @Override
    public String toString() {
      return describe(this);
    }
  }

  /**
   * A LINK property: {@code value}, the text of an absolute http or https URL, sent as it is and
   * shown as {@code linkText}, or as the URL when {@code linkText} is null. Equal links have the
   * same text ({@link URI#equals} would ignore the case of the host).
   */
  record Link(String label, String value, String linkText) implements Property {

    /**
     * @throws IllegalArgumentException if {@code value} is not an absolute http(s) URL with a
     *     host, or {@code linkText} is blank
     */
    public Link {
      checkLabel(label);
      ResponseChecks.httpUri(value, PROPERTY_VALUE, label);
      if (linkText != null) {
        notBlank(linkText, "linkLabel of property ", label);
      }
    }

    /**
     * A link to {@code uri}, sent as {@link URI#toString()}.
     *
     * @throws IllegalArgumentException if the URI is not absolute http(s), or {@code linkText} is
     *     blank
     */
    public Link(String label, URI uri, String linkText) {
      this(label, uri == null ? null : uri.toString(), linkText);
    }

    /** The URL as a {@link URI}, parsed on each call. */
    public URI uri() {
      return URI.create(value);
    }

    @Override
    public PropertyType dataType() {
      return PropertyType.LINK;
    }

    @Override
    public Optional<String> linkLabel() {
      return Optional.ofNullable(linkText);
    }

    @Override
    public void writeTo(JsonOutput out) {
      PropertyJson.start(out, label, PropertyType.LINK);
      out.string(value);
      if (linkText != null) {
        out.raw(PropertyJson.LINK_LABEL);
        out.string(linkText);
      }
      out.rawByte('}');
    }

    @Override
    public String toString() {
      return describe(this);
    }
  }

  /** A STATUS property: {@code value} shown as the text of a tag coloured by {@code statusType}. */
  record Status(String label, String value, StatusType statusType) implements Property {

    public Status {
      checkLabel(label);
      notNull(value, PROPERTY_VALUE, label);
      notNull(statusType, "optionType of property ", label);
    }

    @Override
    public PropertyType dataType() {
      return PropertyType.STATUS;
    }

    @Override
    public Optional<StatusType> optionType() {
      return Optional.of(statusType);
    }

    @Override
    public void writeTo(JsonOutput out) {
      PropertyJson.start(out, label, PropertyType.STATUS);
      out.string(value);
      PropertyJson.optionType(out, statusType);
      out.rawByte('}');
    }

    @Override
    public String toString() {
      return describe(this);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Checks and text shared by the types

  private static void checkLabel(String label) {
    notBlank(label, "property label");
  }

  /**
   * {@code value} as the BigDecimal whose plain text is {@link JsonOutput#plainNumber(Number)}'s:
   * integers and decimals as they are, other numbers (floating point: their shortest decimal)
   * through that text.
   */
  private static BigDecimal decimal(String label, Number value) {
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte) {
      return BigDecimal.valueOf(value.longValue());
    }
    if (value instanceof BigInteger integer) {
      return new BigDecimal(integer);
    }
    try {
      // A float's shortest digits, made as a decimal directly; other numbers from their plain
      // text, which parses back to a BigDecimal that prints as the same text.
      if (value instanceof Double number) {
        return PlainNumbers.decimal(number.doubleValue());
      }
      if (value instanceof Float number) {
        return PlainNumbers.decimal(number.floatValue());
      }
      return new BigDecimal(JsonOutput.plainNumber(value));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          name(PROPERTY_VALUE, label) + " is invalid: " + e.getMessage(), e);
    }
  }

  /** {@code number} with a scale of at least 0: the same plain text, one representation. */
  private static BigDecimal withoutExponent(BigDecimal number) {
    return number.scale() < 0 ? number.setScale(0) : number;
  }

  /** For example {@code Property[CURRENCY "Resolution impact" = "94.34", currencyCode=GBP]}. */
  private static String describe(Property p) {
    StringBuilder sb = new StringBuilder(64).append("Property[").append(p.dataType());
    sb.append(' ').append(quote(p.label())).append(" = ").append(quote(p.value()));
    p.currencyCode().ifPresent(code -> sb.append(", currencyCode=").append(code));
    p.linkLabel().ifPresent(text -> sb.append(", linkLabel=").append(quote(text)));
    p.optionType().ifPresent(type -> sb.append(", optionType=").append(type));
    return sb.append(']').toString();
  }
}
