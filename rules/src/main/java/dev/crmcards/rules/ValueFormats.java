package dev.crmcards.rules;

import static dev.crmcards.rules.Client.APP_CARD;
import static dev.crmcards.rules.Client.CONVERTER;
import static dev.crmcards.rules.Client.LEGACY_CARDS;
import static dev.crmcards.rules.Client.OLD_CONVERTER;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The value formats of the data types (values always travel as strings): DATE {@code
 * yyyy-mm-dd}, DATETIME epoch milliseconds, NUMERIC and CURRENCY plain decimals, EMAIL an
 * address ({@link EmailAddresses}), LINK an absolute http(s) URL ({@link Urls}). STATUS and
 * STRING take any text; STATUS options are a matter of the card definition.
 */
public final class ValueFormats {
  /**
   * The shape of a DATE, {@code yyyy-mm-dd}, with the year, month and day as groups; the card UI
   * builds its date reader from it (as the vocabulary's {@code datePattern}).
   */
  @From(value = {LEGACY_CARDS, CONVERTER, OLD_CONVERTER, APP_CARD}, source = "HUBSPOT-SPEC §5; converter propertyFormatters.ts")
  public static final String DATE_PATTERN = "(\\d{4})-(\\d{2})-(\\d{2})";

  private static final Pattern DATE = Pattern.compile(DATE_PATTERN);
  private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");
  private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

  /** Below this, an epoch-millisecond value is before 1973: almost surely seconds. */
  private static final long PLAUSIBLE_MILLIS = 100_000_000_000L;

  private ValueFormats() {}

  /** What is wrong with {@code value} for {@code dataType}, if anything. */
  @From(value = {LEGACY_CARDS, CONVERTER, OLD_CONVERTER}, source = "HUBSPOT-SPEC §5; converter propertyFormatters.ts")
  public static Optional<String> problem(String dataType, String value) {
    switch (dataType) {
      case DataTypes.DATE:
        if (date(value).isPresent()) {
          return Optional.empty();
        }
        return Optional.of(DATE.matcher(value).matches()
            ? "DATE " + Quote.of(value) + " is not a calendar date from 0001-01-01 to 9999-12-31"
            : "DATE must be yyyy-mm-dd, got " + Quote.of(value));
      case DataTypes.DATETIME:
        return DIGITS.matcher(value).matches()
            ? Optional.empty()
            : Optional.of("DATETIME must be epoch milliseconds (digits only), got " + Quote.of(value));
      case DataTypes.NUMERIC:
      case DataTypes.CURRENCY:
        return DECIMAL.matcher(value).matches()
            ? Optional.empty()
            : Optional.of(
                dataType + " must be a plain decimal such as \"1234.5\" (no grouping, exponent or"
                    + " symbol), got " + Quote.of(value));
      case DataTypes.EMAIL:
        return EmailAddresses.problem(value)
            .map(why -> "EMAIL must be an e-mail address, got " + Quote.of(value) + ": " + why);
      case DataTypes.LINK:
        return Urls.isHttpUrl(value)
            ? Optional.empty()
            : Optional.of("LINK must be an absolute http(s) URL, got " + Quote.of(value));
      default:
        return Optional.empty();
    }
  }

  /**
   * A DATE's day: {@code yyyy-mm-dd} naming a day of the calendar (no 30 February), years 0001 to
   * 9999 (year 0000 is no year of the calendar people use); empty for anything else.
   */
  @From(value = {LEGACY_CARDS, CONVERTER, OLD_CONVERTER, APP_CARD}, source = "HUBSPOT-SPEC §5; API.md §10 DATE inputs")
  public static Optional<LocalDate> date(String text) {
    if (text == null || !DATE.matcher(text).matches() || text.startsWith("0000")) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** Whether a well-formed DATETIME value is small enough to be seconds rather than millis. */
  public static boolean looksLikeSeconds(String value) {
    return DIGITS.matcher(value).matches() && Long.parseLong(value) < PLAUSIBLE_MILLIS;
  }
}
