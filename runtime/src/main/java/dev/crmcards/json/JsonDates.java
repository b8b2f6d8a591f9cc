package dev.crmcards.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/**
 * Dates and instants as HubSpot expects them: a DATE as the JSON string {@code "yyyy-mm-dd"}, a
 * DATETIME as the JSON string of its epoch milliseconds.
 */
final class JsonDates {

  /** {@code "yyyy-mm-dd"} with its quotes. */
  private static final int QUOTED_DATE_LENGTH = 12;

  private JsonDates() {}

  /**
   * Writes {@code date} as {@code "yyyy-mm-dd"}; a year outside 0000..9999 as {@link
   * LocalDate#toString()} writes it.
   */
  static void writeQuoted(JsonBuffer out, LocalDate date) {
    int year = date.getYear();
    if (year < 0 || year > 9999) {
      JsonStrings.write(out, date.toString());
      return;
    }
    int month = date.getMonthValue();
    int day = date.getDayOfMonth();
    out.ensure(QUOTED_DATE_LENGTH);
    byte[] b = out.bytes;
    int p = out.size;
    b[p++] = '"';
    b[p++] = Digits.TENS[year / 100];
    b[p++] = Digits.ONES[year / 100];
    b[p++] = Digits.TENS[year % 100];
    b[p++] = Digits.ONES[year % 100];
    b[p++] = '-';
    b[p++] = Digits.TENS[month];
    b[p++] = Digits.ONES[month];
    b[p++] = '-';
    b[p++] = Digits.TENS[day];
    b[p++] = Digits.ONES[day];
    b[p++] = '"';
    out.size = p;
  }

  /**
   * Writes {@code instant} as the JSON string of its epoch milliseconds, sub-millisecond precision
   * cut towards the past.
   *
   * @throws ArithmeticException if that does not fit a long
   */
  static void writeQuotedEpochMillis(JsonBuffer out, Instant instant) {
    JsonNumbers.writeQuoted(out, instant.toEpochMilli());
  }

  /** Like {@link #writeQuotedEpochMillis(JsonBuffer, Instant)}, for the instant it denotes. */
  static void writeQuotedEpochMillis(JsonBuffer out, OffsetDateTime dateTime) {
    JsonNumbers.writeQuoted(out, epochMillis(dateTime.toEpochSecond(), dateTime.getNano()));
  }

  /** Like {@link #writeQuotedEpochMillis(JsonBuffer, Instant)}, for the instant it denotes. */
  static void writeQuotedEpochMillis(JsonBuffer out, ZonedDateTime dateTime) {
    JsonNumbers.writeQuoted(out, epochMillis(dateTime.toEpochSecond(), dateTime.getNano()));
  }

  /** What {@link Instant#toEpochMilli()} gives, without making the Instant. */
  private static long epochMillis(long epochSecond, int nano) {
    return Math.addExact(Math.multiplyExact(epochSecond, 1000L), nano / 1_000_000);
  }
}
