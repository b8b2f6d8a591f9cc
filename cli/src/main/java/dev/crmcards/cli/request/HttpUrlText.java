package dev.crmcards.cli.request;

import java.nio.charset.StandardCharsets;

/** A URL as typed, turned into the text an HTTP client puts on the request line. */
public final class HttpUrlText {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private HttpUrlText() {}

  /**
   * {@code url} with every character outside printable ASCII (a space, {@code é}) percent-encoded
   * as its UTF-8 bytes, as clients send it and as HubSpot signs it; what is already encoded, and
   * everything else, stays as typed. Signing the typed {@code é} would sign a URL no server sees.
   */
  public static String asSent(String url) {
    StringBuilder out = null;
    for (int i = 0; i < url.length(); ) {
      int c = url.codePointAt(i);
      int next = i + Character.charCount(c);
      if (c > 0x20 && c < 0x7f) {
        if (out != null) {
          out.append((char) c);
        }
      } else {
        if (out == null) {
          out = new StringBuilder(url.length() + 16).append(url, 0, i);
        }
        for (byte b : url.substring(i, next).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
        }
      }
      i = next;
    }
    return out == null ? url : out.toString();
  }
}
