package dev.crmcards.replay;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The first answer to an action hook, sent again to its copies: the status and the body bytes,
 * at most {@value #MAX_BODY_BYTES} of them. Immutable.
 */
public final class ReplayAnswer {

  /**
   * The largest body kept: a hook's answer is a short {@code {"message": ...}} that HubSpot shows
   * the user, and every store holds it for the whole window.
   */
  public static final int MAX_BODY_BYTES = 4096;

  /** What a copy gets instead of a first answer larger than {@link #MAX_BODY_BYTES}. */
  static final byte[] HANDLED_BODY =
      "{\"message\":\"this action was already handled\"}".getBytes(StandardCharsets.UTF_8);

  private final int status;
  private final byte[] body;

  private ReplayAnswer(int status, byte[] body) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("not an HTTP status: " + status);
    }
    this.status = status;
    this.body = body;
  }

  /**
   * An answer to keep: the body as given if it has at most {@value #MAX_BODY_BYTES} bytes,
   * otherwise {@code {"message":"this action was already handled"}}.
   *
   * @param status the HTTP status sent
   * @param content holds the body sent in its first {@code length} bytes
   */
  public static ReplayAnswer of(int status, byte[] content, int length) {
    if (length < 0 || length > content.length) {
      throw new IllegalArgumentException("length " + length + " outside the content");
    }
    return new ReplayAnswer(
        status, length > MAX_BODY_BYTES ? HANDLED_BODY : Arrays.copyOf(content, length));
  }

  /** The same status, with the short fixed body. */
  ReplayAnswer withoutBody() {
    return new ReplayAnswer(status, HANDLED_BODY);
  }

  public int status() {
    return status;
  }

  /** A copy of the body bytes. */
  public byte[] body() {
    return body.clone();
  }

  /** The bytes a store holds for this answer's body: none for the shared fixed body. */
  long keptBytes() {
    return body == HANDLED_BODY ? 0 : body.length;
  }

  /** The number of body bytes. */
  public int bodyLength() {
    return body.length;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReplayAnswer
        && ((ReplayAnswer) other).status == status
        && Arrays.equals(((ReplayAnswer) other).body, body);
  }

  @Override
  public int hashCode() {
    return 31 * status + Arrays.hashCode(body);
  }

  /** The status and size only: bodies stay out of logs. */
  @Override
  public String toString() {
    return "ReplayAnswer[" + status + ", " + body.length + " bytes]";
  }
}
