package dev.crmcards.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonOutputTest {

  private static String write(Consumer<JsonOutput> writer) {
    JsonOutput out = new JsonOutput(0); // start empty: every write path has to grow the buffer
    writer.accept(out);
    return out.toString();
  }

  @Nested
  class Buffer {

    @Test
    void startsEmptyAndCountsBytes() {
      JsonOutput out = new JsonOutput(4);
      assertThat(out.size()).isZero();
      out.string("é");
      assertThat(out.size()).isEqualTo(4);
      assertThat(out.toByteArray()).containsExactly('"', 0xC3, 0xA9, '"');
    }

    @Test
    void growsAsNeeded() {
      JsonOutput out = new JsonOutput(1);
      String big = "x".repeat(100_000);
      out.string(big);
      out.rawByte(',');
      out.number(Long.MAX_VALUE);
      assertThat(out.toString()).isEqualTo('"' + big + "\"," + Long.MAX_VALUE);
    }

    @Test
    void resetKeepsTheBufferAndEmptiesIt() {
      JsonOutput out = new JsonOutput(16);
      out.string("abc");
      out.reset();
      assertThat(out.size()).isZero();
      out.number(7);
      assertThat(out.toString()).isEqualTo("7");
    }

    @Test
    void toByteArrayIsACopy() {
      JsonOutput out = new JsonOutput(16);
      out.rawByte('1');
      byte[] copy = out.toByteArray();
      copy[0] = '2';
      assertThat(out.toString()).isEqualTo("1");
    }

    @Test
    void writeToWritesEverythingWritten() throws IOException {
      JsonOutput out = new JsonOutput(16);
      out.string("héllo");
      ByteArrayOutputStream sink = new ByteArrayOutputStream();
      out.writeTo(sink);
      assertThat(sink.toString(UTF_8)).isEqualTo("\"héllo\"");
    }

    @Test
    void rejectsNegativeCapacity() {
      assertThatThrownBy(() -> new JsonOutput(-1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("-1");
    }

    @Test
    void forThisThreadIsResetAndReused() {
      JsonOutput first = JsonOutput.forThisThread();
      first.string("left over");
      JsonOutput second = JsonOutput.forThisThread();
      assertThat(second).isSameAs(first);
      assertThat(second.size()).isZero();
    }

    @Test
    void forThisThreadDropsAnOversizedBuffer() {
      JsonOutput out = JsonOutput.forThisThread();
      out.raw(new byte[JsonOutput.MAX_RETAINED_CAPACITY + 1]);
      assertThat(out.size()).isGreaterThan(JsonOutput.MAX_RETAINED_CAPACITY);
      JsonOutput again = JsonOutput.forThisThread();
      assertThat(again.size()).isZero();
      again.string("small");
      assertThat(again.toString()).isEqualTo("\"small\"");
      // The replacement buffer is small again: filling it to the default size must not need a
      // buffer beyond the limit (indirectly: reuse after a small write keeps the instance).
      assertThat(JsonOutput.forThisThread()).isSameAs(again);
    }

    @Test
    void forThisThreadIsPerThread() throws InterruptedException {
      JsonOutput mine = JsonOutput.forThisThread();
      JsonOutput[] theirs = new JsonOutput[1];
      Thread t = new Thread(() -> theirs[0] = JsonOutput.forThisThread());
      t.start();
      t.join();
      assertThat(theirs[0]).isNotNull().isNotSameAs(mine);
    }
  }

  @Nested
  class Raw {

    @Test
    void rawBytes() {
      assertThat(write(o -> o.raw(JsonOutput.utf8("{\"a\":")))).isEqualTo("{\"a\":");
    }

    @Test
    void rawAsciiCharAndByte() {
      assertThat(
              write(
                  o -> {
                    o.raw('[');
                    o.rawByte(']');
                  }))
          .isEqualTo("[]");
    }

    @Test
    void rawCharRejectsNonAscii() {
      assertThatThrownBy(() -> new JsonOutput(1).raw('é'))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("not an ASCII character: U+E9");
    }

    @Test
    void literals() {
      assertThat(
              write(
                  o -> {
                    o.nullValue();
                    o.bool(true);
                    o.bool(false);
                  }))
          .isEqualTo("nulltruefalse");
    }

    @Test
    void utf8AndJsonStringHelpers() {
      assertThat(JsonOutput.utf8("ä")).containsExactly(0xC3, 0xA4);
      assertThat(new String(JsonOutput.jsonString("a\"b"), UTF_8)).isEqualTo("\"a\\\"b\"");
      assertThatThrownBy(() -> JsonOutput.jsonString(null))
          .isInstanceOf(NullPointerException.class);
    }
  }

  @Nested
  class Strings {

    private String str(String s) {
      return write(o -> o.string(s));
    }

    @Test
    void plainAscii() {
      assertThat(str("")).isEqualTo("\"\"");
      assertThat(str("API-22: APIs working too fast")).isEqualTo("\"API-22: APIs working too fast\"");
      assertThat(str("a/b <x> & 'y' \u007F")).isEqualTo("\"a/b <x> & 'y' \u007F\"");
    }

    @Test
    void quoteAndBackslash() {
      assertThat(str("say \"hi\" \\ bye")).isEqualTo("\"say \\\"hi\\\" \\\\ bye\"");
    }

    @Test
    void shortControlEscapes() {
      assertThat(str("\n\r\t\b\f")).isEqualTo("\"\\n\\r\\t\\b\\f\"");
    }

    @Test
    void otherControlCharsAsUnicodeEscapes() {
      assertThat(str("\u0000\u0001\u001F\u000B")).isEqualTo("\"\\u0000\\u0001\\u001F\\u000B\"");
    }

    @Test
    void everyControlChar() {
      for (char c = 0; c < 0x20; c++) {
        String written = str(String.valueOf(c));
        assertThat(written).startsWith("\"\\").endsWith("\"");
        assertThat(written.chars().allMatch(ch -> ch >= 0x20 && ch < 0x7F)).isTrue();
      }
    }

    @Test
    void lineAndParagraphSeparatorsAreEscaped() {
      assertThat(str("a\u2028b\u2029c")).isEqualTo("\"a\\u2028b\\u2029c\"");
    }

    @Test
    void twoAndThreeByteUtf8() {
      String s = "é ß 中文 € \u07FF \u0800 \uFFFF";
      assertThat(write(o -> o.string(s)).getBytes(UTF_8)).isEqualTo(('"' + s + '"').getBytes(UTF_8));
    }

    @Test
    void surrogatePairAsFourBytes() {
      String emoji = "\uD83D\uDE00"; // U+1F600
      JsonOutput out = new JsonOutput(0);
      out.string(emoji);
      assertThat(out.toByteArray()).containsExactly('"', 0xF0, 0x9F, 0x98, 0x80, '"');
    }

    @Test
    void unpairedSurrogatesAreEscaped() {
      assertThat(str("a\uD800b")).isEqualTo("\"a\\uD800b\"");
      assertThat(str("\uDC00")).isEqualTo("\"\\uDC00\"");
      assertThat(str("x\uDBFF")).isEqualTo("\"x\\uDBFF\"");
      // low before high is two unpaired surrogates
      assertThat(str("\uDE00\uD83D")).isEqualTo("\"\\uDE00\\uD83D\"");
      // a high surrogate followed by another high one, then a valid pair
      assertThat(str("\uD83D\uD83D\uDE00"))
          .isEqualTo("\"\\uD83D" + new String(Character.toChars(0x1F600)) + "\"");
    }

    @Test
    void escapeAfterNonAsciiAndBack() {
      assertThat(str("ü\"x\n")).isEqualTo("\"ü\\\"x\\n\"");
    }

    @Test
    void nullIsRejectedButStringOrNullWritesNull() {
      assertThatThrownBy(() -> new JsonOutput(1).string(null))
          .isInstanceOf(NullPointerException.class);
      assertThat(write(o -> o.stringOrNull(null))).isEqualTo("null");
      assertThat(write(o -> o.stringOrNull("x"))).isEqualTo("\"x\"");
    }

    @Test
    void longStringsNeedingEscapesGrowCorrectly() {
      String s = "\u0001".repeat(5000) + "中".repeat(5000);
      String expected = "\"" + "\\u0001".repeat(5000) + "中".repeat(5000) + "\"";
      assertThat(str(s)).isEqualTo(expected);
    }
  }

  @Nested
  class Numbers {

    @ParameterizedTest
    @ValueSource(
        longs = {
          0, 1, -1, 9, 10, 99, 100, 101, 999, 1000, 12345, -12345, 1697233678777L,
          999_999_999_999_999_999L, 1_000_000_000_000_000_000L, Long.MAX_VALUE, Long.MIN_VALUE,
          Long.MIN_VALUE + 1, Integer.MAX_VALUE, Integer.MIN_VALUE
        })
    void longs(long v) {
      assertThat(write(o -> o.number(v))).isEqualTo(Long.toString(v));
      assertThat(write(o -> o.quotedNumber(v))).isEqualTo('"' + Long.toString(v) + '"');
      assertThat(write(o -> o.pathSegment(v))).isEqualTo(Long.toString(v));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 7, -7, 10, 100, 245, 988, -1000, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void ints(int v) {
      assertThat(write(o -> o.number(v))).isEqualTo(Integer.toString(v));
    }

    @ParameterizedTest
    @CsvSource({
      "94.34, 94.34",
      "10.50, 10.50",
      "0, 0",
      "-0.5, -0.5",
      "1E+3, 1000",
      "1.5E-9, 0.0000000015",
      "0.000001, 0.000001",
      "0.0000001, 0.0000001",
      "123456789012345678901234567890.123, 123456789012345678901234567890.123",
      "-1E-7, -0.0000001"
    })
    void decimals(String input, String expected) {
      BigDecimal d = new BigDecimal(input);
      assertThat(write(o -> o.quotedDecimal(d))).isEqualTo('"' + expected + '"');
      assertThat(write(o -> o.quotedNumber(d))).isEqualTo('"' + expected + '"');
    }

    @ParameterizedTest
    @CsvSource({
      "94.34, 94.34",
      "3.0, 3",
      "-3.0, -3",
      "0.0, 0",
      "-0.0, 0",
      "0.1, 0.1",
      "0.3, 0.3",
      "-2.5, -2.5",
      "1e-7, 0.0000001",
      "1.0E-5, 0.00001",
      "123456.789, 123456.789",
      "1e16, 10000000000000000",
      "1.5e20, 150000000000000000000",
      "9007199254740991, 9007199254740991",
      "0.30000000000000004, 0.30000000000000004"
    })
    void doubles(double v, String expected) {
      assertThat(write(o -> o.quotedDouble(v))).isEqualTo('"' + expected + '"');
      assertThat(write(o -> o.quotedNumber(v))).isEqualTo('"' + expected + '"');
    }

    @Test
    void extremeDoublesAreWrittenInFull() {
      assertThat(write(o -> o.quotedDouble(Double.MIN_VALUE)))
          .isEqualTo('"' + new BigDecimal("5E-324").toPlainString() + '"');
      assertThat(write(o -> o.quotedDouble(-Double.MAX_VALUE)))
          .isEqualTo('"' + new BigDecimal("-1.7976931348623157E308").toPlainString() + '"');
    }

    @Test
    void doublesRejectNonFinite() {
      for (double d : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
        assertThatThrownBy(() -> new JsonOutput(8).quotedDouble(d))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("not a finite number: " + d);
        assertThatThrownBy(() -> new JsonOutput(8).quotedNumber(d))
            .isInstanceOf(IllegalArgumentException.class);
      }
      assertThatThrownBy(() -> new JsonOutput(8).quotedFloat(Float.NaN))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("not a finite number: NaN");
      assertThatThrownBy(() -> new JsonOutput(8).quotedNumber(Float.NEGATIVE_INFINITY))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void finiteOrNullWritesNullWhereJsonHasNoNumber() {
      for (double d : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
        assertThat(write(o -> o.finiteOrNull(d))).isEqualTo("null");
        assertThat(write(o -> o.finiteOrNull((float) d))).isEqualTo("null");
      }
      assertThat(write(o -> o.finiteOrNull(1.5E-5))).isEqualTo("0.000015");
      assertThat(write(o -> o.finiteOrNull(0.1f))).isEqualTo("0.1");
    }

    @ParameterizedTest
    @CsvSource({"0.1, 0.1", "3.0, 3", "-0.0, 0", "1.0E10, 10000000000", "1.5E-5, 0.000015"})
    void floats(float v, String expected) {
      assertThat(write(o -> o.quotedFloat(v))).isEqualTo('"' + expected + '"');
      assertThat(write(o -> o.quotedNumber(v))).isEqualTo('"' + expected + '"');
    }

    @Test
    void everyNumberType() {
      assertThat(write(o -> o.quotedNumber((byte) -8))).isEqualTo("\"-8\"");
      assertThat(write(o -> o.quotedNumber((short) 300))).isEqualTo("\"300\"");
      assertThat(write(o -> o.quotedNumber(Integer.valueOf(42)))).isEqualTo("\"42\"");
      assertThat(write(o -> o.quotedNumber(Long.valueOf(-42)))).isEqualTo("\"-42\"");
      assertThat(write(o -> o.quotedNumber(new AtomicInteger(5)))).isEqualTo("\"5\"");
      assertThat(write(o -> o.quotedNumber(new AtomicLong(6)))).isEqualTo("\"6\"");
      LongAdder adder = new LongAdder();
      adder.add(9);
      assertThat(write(o -> o.quotedNumber(adder))).isEqualTo("\"9\"");
      DoubleAdder dadder = new DoubleAdder();
      dadder.add(1.25);
      assertThat(write(o -> o.quotedNumber(dadder))).isEqualTo("\"1.25\"");
      BigInteger huge = BigInteger.TEN.pow(40).negate();
      assertThat(write(o -> o.quotedNumber(huge))).isEqualTo('"' + huge.toString() + '"');
    }

    @Test
    void unknownNumberTypesUseTheirDecimalText() {
      assertThat(write(o -> o.quotedNumber(new OddNumber("2.5E2")))).isEqualTo("\"250\"");
      assertThatThrownBy(() -> new JsonOutput(8).quotedNumber(new OddNumber("two")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("cannot write " + OddNumber.class.getName() + " as a number: \"two\"");
    }

    @Test
    void quotedNumberRejectsNull() {
      assertThatThrownBy(() -> new JsonOutput(8).quotedNumber((Number) null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("value");
    }

    @Test
    void plainNumber() {
      assertThat(JsonOutput.plainNumber(new BigDecimal("1E+2"))).isEqualTo("100");
      assertThat(JsonOutput.plainNumber(0.25)).isEqualTo("0.25");
      assertThat(JsonOutput.plainNumber(12L)).isEqualTo("12");
    }
  }

  @SuppressWarnings("serial")
  private static final class OddNumber extends Number {
    private final String text;

    OddNumber(String text) {
      this.text = text;
    }

    @Override
    public int intValue() {
      return 0;
    }

    @Override
    public long longValue() {
      return 0;
    }

    @Override
    public float floatValue() {
      return 0;
    }

    @Override
    public double doubleValue() {
      return 0;
    }

    @Override
    public String toString() {
      return text;
    }
  }

  @Nested
  class Dates {

    @ParameterizedTest
    @CsvSource({
      "2016-09-15, 2016-09-15",
      "0001-01-01, 0001-01-01",
      "0000-12-31, 0000-12-31",
      "9999-12-31, 9999-12-31",
      "1970-01-01, 1970-01-01",
    })
    void fourDigitYears(String iso, String expected) {
      LocalDate d = LocalDate.parse(iso);
      assertThat(write(o -> o.quotedDate(d))).isEqualTo('"' + expected + '"');
    }

    @Test
    void yearsOutsideFourDigitsFallBackToIso() {
      assertThat(write(o -> o.quotedDate(LocalDate.of(10000, 1, 2)))).isEqualTo("\"+10000-01-02\"");
      assertThat(write(o -> o.quotedDate(LocalDate.of(-1, 3, 4)))).isEqualTo("\"-0001-03-04\"");
    }

    @Test
    void epochMillis() {
      Instant i = Instant.ofEpochMilli(1697233678777L);
      assertThat(write(o -> o.quotedEpochMillis(i))).isEqualTo("\"1697233678777\"");
      assertThat(write(o -> o.quotedEpochMillis(i.plusNanos(999_999))))
          .isEqualTo("\"1697233678777\"");
      assertThat(write(o -> o.quotedEpochMillis(Instant.EPOCH))).isEqualTo("\"0\"");
      assertThat(write(o -> o.quotedEpochMillis(Instant.ofEpochMilli(-1)))).isEqualTo("\"-1\"");
      // before 1970, sub-millisecond parts round towards the past, as Instant.toEpochMilli does
      Instant before = Instant.ofEpochSecond(-1, 500_000);
      assertThat(write(o -> o.quotedEpochMillis(before)))
          .isEqualTo('"' + Long.toString(before.toEpochMilli()) + '"');
    }

    @Test
    void offsetAndZonedDateTimes() {
      Instant i = Instant.ofEpochMilli(1697233678777L).plusNanos(123_456);
      OffsetDateTime odt = i.atOffset(ZoneOffset.ofHours(-5));
      ZonedDateTime zdt = i.atZone(ZoneId.of("Europe/Paris"));
      assertThat(write(o -> o.quotedEpochMillis(odt))).isEqualTo("\"1697233678777\"");
      assertThat(write(o -> o.quotedEpochMillis(zdt))).isEqualTo("\"1697233678777\"");
      OffsetDateTime old = Instant.ofEpochSecond(-10, 999_000_000).atOffset(ZoneOffset.UTC);
      assertThat(write(o -> o.quotedEpochMillis(old))).isEqualTo("\"-9001\"");
    }

    @Test
    void epochMillisOverflowIsAnArithmeticException() {
      assertThatThrownBy(() -> new JsonOutput(8).quotedEpochMillis(Instant.MAX))
          .isInstanceOf(ArithmeticException.class);
      assertThatThrownBy(() -> new JsonOutput(8).quotedEpochMillis(OffsetDateTime.MAX))
          .isInstanceOf(ArithmeticException.class);
    }
  }

  @Nested
  class PathSegments {

    private String seg(String s) {
      return write(o -> o.pathSegment(s));
    }

    @Test
    void aUuidIsItsCanonicalText() {
      List<UUID> uuids = new ArrayList<>(List.of(new UUID(0, 0), new UUID(-1, -1),
          new UUID(Long.MIN_VALUE, 1), UUID.fromString("123e4567-e89b-12d3-a456-426614174000")));
      Random random = new Random(20261208);
      for (int i = 0; i < 1_000; i++) {
        uuids.add(new UUID(random.nextLong(), random.nextLong()));
      }
      for (UUID uuid : uuids) {
        assertThat(write(o -> o.pathSegment(uuid))).isEqualTo(uuid.toString()).isEqualTo(seg(uuid.toString()));
      }
      // At the very end of the buffer: it grows.
      JsonOutput tight = new JsonOutput(1);
      tight.pathSegment(new UUID(-1, -1));
      assertThat(tight.toString()).isEqualTo("ffffffff-ffff-ffff-ffff-ffffffffffff");
    }

    @Test
    void aBigIntegerIsItsDigitsWithinALongAndBeyond() {
      BigInteger max = BigInteger.valueOf(Long.MAX_VALUE);
      for (BigInteger v : List.of(BigInteger.ZERO, BigInteger.ONE.negate(), max, max.add(BigInteger.ONE),
          BigInteger.valueOf(Long.MIN_VALUE).subtract(BigInteger.ONE), BigInteger.TEN.pow(40))) {
        assertThat(write(o -> o.pathSegment(v))).isEqualTo(v.toString()).isEqualTo(seg(v.toString()));
      }
    }

    @Test
    void safeCharactersStay() {
      String safe = "AZaz09-._~!$'()*,:@";
      assertThat(seg(safe)).isEqualTo(safe);
      // Safe in a path, but a query would read them as separators or a space.
      assertThat(seg("a&b=c+d")).isEqualTo("a%26b%3Dc%2Bd");
    }

    @Test
    void reservedAndUnsafeCharactersAreEncoded() {
      assertThat(seg("a/b?c#d%e f;g")).isEqualTo("a%2Fb%3Fc%23d%25e%20f%3Bg");
      assertThat(seg("\"\\<>[]{}|^`")).isEqualTo("%22%5C%3C%3E%5B%5D%7B%7D%7C%5E%60");
      assertThat(seg("\u0000\n\u007F")).isEqualTo("%00%0A%7F");
    }

    @Test
    void nonAsciiAsUtf8Bytes() {
      assertThat(seg("é")).isEqualTo("%C3%A9");
      assertThat(seg("中")).isEqualTo("%E4%B8%AD");
      assertThat(seg("\uD83D\uDE00")).isEqualTo("%F0%9F%98%80");
      assertThat(seg("\u2028")).isEqualTo("%E2%80%A8");
    }

    @Test
    void unpairedSurrogatesBecomeReplacementCharacter() {
      assertThat(seg("a\uD800b")).isEqualTo("a%EF%BF%BDb");
      assertThat(seg("\uDC00")).isEqualTo("%EF%BF%BD");
    }

    @Test
    void dotSegmentsAreEncoded() {
      assertThat(seg(".")).isEqualTo("%2E");
      assertThat(seg("..")).isEqualTo("%2E%2E");
      assertThat(seg("...")).isEqualTo("...");
      assertThat(seg(".a")).isEqualTo(".a");
      assertThat(seg("")).isEmpty();
    }

    @Test
    void insideAJsonString() {
      JsonOutput out = new JsonOutput(0);
      out.raw(JsonOutput.utf8("\"https://example.com/tickets/"));
      out.pathSegment("a b/c");
      out.raw(JsonOutput.utf8("/resolve\""));
      out.rawByte(',');
      out.raw(JsonOutput.utf8("\"https://example.com/tickets/"));
      out.pathSegment(245);
      out.raw(JsonOutput.utf8("/resolve\""));
      assertThat(out.toString())
          .isEqualTo(
              "\"https://example.com/tickets/a%20b%2Fc/resolve\","
                  + "\"https://example.com/tickets/245/resolve\"");
    }

    @Test
    void longValuesGrowCorrectly() {
      String s = "中".repeat(3000) + "a".repeat(3000);
      assertThat(seg(s)).isEqualTo("%E4%B8%AD".repeat(3000) + "a".repeat(3000));
    }
  }
}
