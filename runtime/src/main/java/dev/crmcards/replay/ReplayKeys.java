package dev.crmcards.replay;

import dev.crmcards.signature.VerifiedSignature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The key of a signed request in a {@link ReplayStore}: a SHA-256 digest of the signature version,
 * the method, the URL as signed, the body, the signature and (v3) the timestamp. A digest, so that
 * a store never holds a signature or a body; all of them, so that one key is one request whatever
 * the version (a v1 signature covers the body only).
 */
public final class ReplayKeys {

  private ReplayKeys() {}

  /**
   * The key of a verified request.
   *
   * @param signature the value of the signature header that was verified
   * @return the version, a colon and the unpadded URL-safe Base64 of the digest, e.g. {@code
   *     v3:Zm9v...}
   */
  public static String of(
      String method, String url, byte[] body, VerifiedSignature verified, String signature) {
    MessageDigest digest = sha256();
    String version = verified.version().name().toLowerCase(java.util.Locale.ROOT);
    field(digest, version.getBytes(StandardCharsets.US_ASCII));
    field(digest, method.getBytes(StandardCharsets.US_ASCII));
    field(digest, url.getBytes(StandardCharsets.UTF_8));
    field(digest, body == null ? new byte[0] : body);
    field(digest, signature.getBytes(StandardCharsets.UTF_8));
    if (verified.timestampMillis().isPresent()) {
      field(digest, Long.toString(verified.timestampMillis().getAsLong())
          .getBytes(StandardCharsets.US_ASCII));
    }
    return version + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest.digest());
  }

  /** Each field with its length first, so that no two requests' fields run together alike. */
  private static void field(MessageDigest digest, byte[] bytes) {
    int length = bytes.length;
    digest.update(new byte[] {
        (byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length});
    digest.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
