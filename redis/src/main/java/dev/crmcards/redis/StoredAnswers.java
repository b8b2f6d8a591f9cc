package dev.crmcards.redis;

import dev.crmcards.replay.ReplayAnswer;
import dev.crmcards.replay.ReplayStoreException;
import java.nio.charset.StandardCharsets;

/** A kept answer as a Redis value: a marker byte, the status as three digits, then the body. */
final class StoredAnswers {

  private static final int HEADER = 4;

  private StoredAnswers() {}

  static byte[] encode(byte marker, ReplayAnswer answer) {
    byte[] body = answer.body();
    byte[] value = new byte[HEADER + body.length];
    value[0] = marker;
    byte[] status = Integer.toString(answer.status()).getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(status, 0, value, 1, 3);
    System.arraycopy(body, 0, value, HEADER, body.length);
    return value;
  }

  /**
   * @param where names the store, for the message if the value is not one of ours
   */
  static ReplayAnswer decode(byte[] value, String where) {
    int status = 0;
    for (int i = 1; i < HEADER && i < value.length; i++) {
      int digit = value[i] - '0';
      if (digit < 0 || digit > 9) {
        status = -1;
        break;
      }
      status = status * 10 + digit;
    }
    if (value.length < HEADER || status < 100 || status > 599) {
      throw new ReplayStoreException(where + ": a kept answer is malformed");
    }
    byte[] body = new byte[value.length - HEADER];
    System.arraycopy(value, HEADER, body, 0, body.length);
    return ReplayAnswer.of(status, body, body.length);
  }
}
