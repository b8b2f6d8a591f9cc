package dev.crmcards.servlet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Reads a servlet request's raw body, bounded. */
final class ServletBody {
  private static final byte[] EMPTY = new byte[0];

  private ServletBody() {}

  /**
   * The body, or {@code null} if it is longer than {@code max} bytes (then {@linkplain
   * RefusedBody#drain drained}, so that the 413 gets through).
   */
  static byte[] read(HttpServletRequest request, HttpServletResponse response, int max)
      throws IOException {
    long length = request.getContentLengthLong();
    if (length > max) {
      RefusedBody.drain(request, response);
      return null;
    }
    if (length == 0) {
      return EMPTY;
    }
    if (length > 0) {
      byte[] body = new byte[(int) length];
      int read = request.getInputStream().readNBytes(body, 0, body.length);
      return read == body.length ? body : Arrays.copyOf(body, read);
    }
    if (request.getHeader("Transfer-Encoding") == null && request.getProtocol().startsWith("HTTP/1.")) {
      // HTTP/1 frames a body with one of the two headers; without either there is none (a data
      // fetch): nothing to read, no buffer to allocate.
      return EMPTY;
    }
    // A length not given: chunked, or HTTP/2 or 3, where a request need not say it. The first
    // read tells an empty body without a buffer; then at most max more bytes, so that max + 1 in
    // all means too large.
    InputStream in = request.getInputStream();
    int first = in.read();
    if (first < 0) {
      return EMPTY;
    }
    byte[] rest = in.readNBytes(max);
    if (rest.length >= max) {
      RefusedBody.drain(request, response);
      return null;
    }
    byte[] body = new byte[rest.length + 1];
    body[0] = (byte) first;
    System.arraycopy(rest, 0, body, 1, rest.length);
    return body;
  }
}
