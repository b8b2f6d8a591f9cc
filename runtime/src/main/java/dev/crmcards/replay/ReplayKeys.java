package dev.crmcards.replay;

import dev.crmcards.signature.SignatureVerifier;
import dev.crmcards.signature.VerifiedSignature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The key of a signed request in a {@link ReplayStore}: a SHA-256 digest of the signature version,
 * the method, the URL as signed, the body, the signature and (v3) the timestamp. A digest, so that
 * a store never holds a signature or a body; all of them, so that one key is one request whatever
 * the version (a v1 signature covers the body only). The URL and the signature are taken in the
 * one spelling the verifier reads them in ({@link SignatureVerifier#canonicalUrl}, {@link
 * SignatureVerifier#signatureBytes}): a copy that only spells them otherwise ({@code %40} for
 * {@code @} in a v3 URL, Base64 without its padding, hex in capitals) still verifies, and must not
 * pass for a new request.
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
    field(digest, SignatureVerifier.canonicalUrl(verified.version(), url)
        .getBytes(StandardCharsets.UTF_8));
    field(digest, body == null ? new byte[0] : body);
    byte[] decoded = SignatureVerifier.signatureBytes(verified.version(), signature);
    field(digest, decoded != null ? decoded : signature.getBytes(StandardCharsets.UTF_8));
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
