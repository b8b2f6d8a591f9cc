package dev.crmcards.servlet;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Arrays;

/** Reads a servlet request's raw body, bounded. */
final class ServletBody {
  private static final byte[] EMPTY = new byte[0];

  private ServletBody() {}

  /** The body, or {@code null} if it is longer than {@code max} bytes. */
  static byte[] read(HttpServletRequest request, int max) throws IOException {
    long length = request.getContentLengthLong();
    if (length > max) {
      return null;
    }
    if (length == 0 || (length < 0 && request.getHeader("Transfer-Encoding") == null)) {
      // No body (a data fetch): nothing to read, no buffer to allocate.
      return EMPTY;
    }
    if (length > 0) {
      byte[] body = new byte[(int) length];
      int read = request.getInputStream().readNBytes(body, 0, body.length);
      return read == body.length ? body : Arrays.copyOf(body, read);
    }
    byte[] body = request.getInputStream().readNBytes(max + 1);
    return body.length > max ? null : body;
  }
}
