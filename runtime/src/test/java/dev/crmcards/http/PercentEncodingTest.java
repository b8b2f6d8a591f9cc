package dev.crmcards.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PercentEncodingTest {
  private static final String RESERVED = ":/?#[]@!$&'()*+,;=";
  private static final List<String> SAMPLES =
      List.of(
          "",
          "plain-Text_0.9~",
          RESERVED,
          "a b+c%d\"e\\f<g>h",
          "\u0000\u001f\u007f",
          "caf\u00e9 \u20ac",
          "\ud83d\ude00 emoji",
          "user@example.com",
          ".",
          "..");

  @Test
  void unreservedKeepsOnlyRfc3986Unreserved() {
    assertEquals("plain-Text_0.9~", PercentEncoding.UNRESERVED.encode("plain-Text_0.9~"));
    assertEquals(
        "%3A%2F%3F%23%5B%5D%40%21%24%26%27%28%29%2A%2B%2C%3B%3D",
        PercentEncoding.UNRESERVED.encode(RESERVED));
    assertEquals("a%20b", PercentEncoding.UNRESERVED.encode("a b"));
    assertEquals("..", PercentEncoding.UNRESERVED.encode(".."));
  }

  @Test
  void pathSegmentKeepsPcharExceptSemicolonAndWhatAQueryReadsAsSeparators() {
    assertEquals(
        ":%2F%3F%23%5B%5D@!$%26'()*%2B,%3B%3D",
        PercentEncoding.PATH_SEGMENT.encode(RESERVED));
    assertEquals("a%20b%2Bc%25d", PercentEncoding.PATH_SEGMENT.encode("a b+c%d"));
    assertEquals("AT%26T", PercentEncoding.PATH_SEGMENT.encode("AT&T"));
    assertEquals("jane%2Bbilling@x.com", PercentEncoding.PATH_SEGMENT.encode("jane+billing@x.com"));
    assertEquals("%2E", PercentEncoding.PATH_SEGMENT.encode("."));
    assertEquals("%2E%2E", PercentEncoding.PATH_SEGMENT.encode(".."));
    assertEquals("...", PercentEncoding.PATH_SEGMENT.encode("..."));
    assertEquals(".a", PercentEncoding.PATH_SEGMENT.encode(".a"));
  }

  @Test
  void formWritesSpaceAsPlusAndTheHexVariantAsPercent20() {
    assertEquals("a+b%2Bc", PercentEncoding.FORM.encode("a b+c"));
    assertEquals("a%20b%2Bc", PercentEncoding.FORM_SPACE_AS_HEX.encode("a b+c"));
    assertEquals("%7E*", PercentEncoding.FORM.encode("~*"));
  }

  @Test
  void formMatchesUrlEncoderOnWellFormedText() {
    for (String s : SAMPLES) {
      String expected = URLEncoder.encode(s, StandardCharsets.UTF_8);
      assertEquals(expected, PercentEncoding.FORM.encode(s), s);
      assertEquals(
          expected.replace("+", "%20"), PercentEncoding.FORM_SPACE_AS_HEX.encode(s), s);
    }
  }

  @Test
  void nonAsciiIsItsUtf8BytesInUpperCaseHex() {
    assertEquals("caf%C3%A9", PercentEncoding.UNRESERVED.encode("caf\u00e9"));
    assertEquals("%E2%82%AC", PercentEncoding.PATH_SEGMENT.encode("\u20ac"));
    assertEquals("%F0%9F%98%80", PercentEncoding.FORM.encode("\ud83d\ude00"));
  }

  @Test
  void unpairedSurrogatesBecomeReplacementCharacter() {
    assertEquals("%EF%BF%BDx", PercentEncoding.UNRESERVED.encode("\ud83dx"));
    assertEquals("x%EF%BF%BD", PercentEncoding.PATH_SEGMENT.encode("x\ude00"));
    assertEquals("%EF%BF%BD%EF%BF%BD", PercentEncoding.FORM.encode("\ude00\ud83d"));
  }

  @Test
  void encodeIntoWritesAtTheGivenPositionWithinTheDocumentedRoom() {
    String value = "\u20ac\u20ac";
    byte[] out = new byte[2 + value.length() * PercentEncoding.MAX_BYTES_PER_CHAR];
    out[0] = 'x';
    out[1] = '/';
    int end = PercentEncoding.PATH_SEGMENT.encodeInto(value, out, 2);
    assertEquals(out.length, end);
    assertEquals("x/%E2%82%AC%E2%82%AC", new String(out, 0, end, StandardCharsets.US_ASCII));
  }

  @Test
  void decodesWhatItEncodesAndRefusesMalformedEscapes() {
    for (String value : new String[] {"a b+c%d/;?", "caf\u00e9 \u20ac \ud83d\ude00", "..", ""}) {
      assertEquals(value, PercentEncoding.PATH_SEGMENT.decode(PercentEncoding.PATH_SEGMENT.encode(value)));
      assertEquals(value, PercentEncoding.FORM.decode(PercentEncoding.FORM.encode(value)));
    }
    assertEquals("a+b", PercentEncoding.PATH_SEGMENT.decode("a+b"));
    assertEquals("a b", PercentEncoding.FORM.decode("a+b"));
    assertEquals("caf\u00e9", PercentEncoding.PATH_SEGMENT.decode("caf%c3%A9"));
    assertNull(PercentEncoding.PATH_SEGMENT.decode("%"));
    assertNull(PercentEncoding.PATH_SEGMENT.decode("%4"));
    assertNull(PercentEncoding.PATH_SEGMENT.decode("%zz"));
    assertNull(PercentEncoding.PATH_SEGMENT.decode("%C3"), "UTF-8 cut short");
    assertNull(PercentEncoding.PATH_SEGMENT.decode("%FF"), "not UTF-8");
  }
}
