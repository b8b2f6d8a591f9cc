package dev.crmcards.examples;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.crmcards.core.Answer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own refusals, given before the card servlet sees a request (a URL it cannot parse, an
 * encoded slash, headers too large), as JSON {@code {"message": "..."}} like the servlet's
 * answers instead of an HTML page. A browser that asks for HTML still gets HTML.
 */
final class JsonErrors extends ErrorHandler {

  JsonErrors() {
    setDefaultResponseMimeType("application/json");
    setShowStacks(false);
  }

  /** A client that takes any type ({@code *}{@code /*}, as curl and HubSpot's proxy send) gets JSON too. */
  @Override
  protected boolean generateAcceptableResponse(Request request, Response response, Callback callback,
      String contentType, List<Charset> charsets, int code, String message, Throwable cause) throws IOException {
    String type = contentType.equals("*/*") || contentType.equals("application/*") ? "application/json" : contentType;
    return super.generateAcceptableResponse(request, response, callback, type, charsets, code, message, cause);
  }

  @Override
  protected void writeErrorJson(Request request, PrintWriter writer, int code, String message, Throwable cause) {
    writer.write(body(code, message));
  }

  /** The refusals of requests Jetty could not even parse (414, 431, a bad request line). */
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/json");
    return ByteBuffer.wrap(body(status, reason).getBytes(UTF_8));
  }

  /**
   * Jetty's reason, in printable ASCII: it may quote the request, so nothing else is kept. Written
   * as the card servlet writes its own messages ({@link Answer#message}).
   */
  static String body(int code, String message) {
    String kept = printable(message);
    return Answer.message(code, kept.isBlank() ? printable(HttpStatus.getMessage(code)) : kept).bodyText();
  }

  private static String printable(String text) {
    StringBuilder kept = new StringBuilder();
    if (text != null) {
      text.toLowerCase(Locale.ROOT).chars()
          .filter(c -> c >= ' ' && c < 127)
          .limit(200)
          .forEach(c -> kept.append((char) c));
    }
    return kept.toString();
  }
}
