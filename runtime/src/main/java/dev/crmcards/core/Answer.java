package dev.crmcards.core;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What to send back: a status, headers and a body. Every answer of the pipeline is JSON ({@value
 * #CONTENT_TYPE}) and not to be cached; errors are {@code {"message": "..."}}.
 *
 * <p><b>The body of a data-fetch answer lies in the JSON writer of the thread that ran the
 * handler</b> ({@link dev.crmcards.json.JsonOutput#forThisThread()}), so that no copy is made on
 * the way to the client: {@link #bodyArray()} and {@link #bodyLength()} are valid until that
 * thread handles its next request or uses that writer again (as a generated {@code toJson} does).
 * Send it before then, or keep a {@link #copy()}.
 */
public final class Answer {

  /** The content type of every answer. */
  public static final String CONTENT_TYPE = "application/json;charset=UTF-8";

  /** The headers of every answer. */
  static final Map<String, String> STANDARD_HEADERS =
      Map.of("Content-Type", CONTENT_TYPE, "Cache-Control", "no-store");

  private final int status;
  private final Map<String, String> headers;
  private final byte[] body;
  private final int length;

  Answer(int status, Map<String, String> headers, byte[] body, int length) {
    this.status = status;
    this.headers = headers;
    this.body = body;
    this.length = length;
  }

  Answer(int status, byte[] body) {
    this(status, STANDARD_HEADERS, body, body.length);
  }

  /**
   * A JSON answer {@code {"message": "..."}}, such as a stored answer a {@link HandlerGuard}
   * replays, or an error of its own.
   *
   * @param status 100 to 599
   */
  public static Answer message(int status, String message) {
    checkStatus(status);
    return new Answer(status, JsonMessage.of(Objects.requireNonNull(message, "message")));
  }

  /**
   * A JSON answer with the given body and the standard headers.
   *
   * @param status 100 to 599
   * @param json the UTF-8 JSON body; copied
   */
  public static Answer json(int status, byte[] json) {
    checkStatus(status);
    return new Answer(status, json.clone());
  }

  private static void checkStatus(int status) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("an HTTP status is between 100 and 599, not " + status);
    }
  }

  /** The same answer with one more header. */
  Answer withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new Answer(status, Map.copyOf(more), body, length);
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /**
   * The headers to send: {@code Content-Type} and {@code Cache-Control} always, {@code Allow}
   * with a 405. Unmodifiable.
   */
  public Map<String, String> headers() {
    return headers;
  }

  /** The array holding the body in its first {@link #bodyLength()} bytes; do not modify it. */
  public byte[] bodyArray() {
    return body;
  }

  /** The body's length in bytes. */
  public int bodyLength() {
    return length;
  }

  /** Writes the body. */
  public void writeBodyTo(OutputStream out) throws IOException {
    out.write(body, 0, length);
  }

  /** A copy of the body. */
  public byte[] body() {
    return Arrays.copyOf(body, length);
  }

  /** The body as text. */
  public String bodyText() {
    return new String(body, 0, length, UTF_8);
  }

  /** This answer with its own copy of the body, valid for as long as it is kept. */
  public Answer copy() {
    return new Answer(status, headers, body(), length);
  }

  /** The status and the body's size, never its content. */
  @Override
  public String toString() {
    return "Answer[" + status + ", " + length + " bytes]";
  }
}
