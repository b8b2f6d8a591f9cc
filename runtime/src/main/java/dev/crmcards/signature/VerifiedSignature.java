package dev.crmcards.signature;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * The outcome of a successful verification.
 *
 * @param version the signature version that was checked
 * @param secretIndex the position, among the configured secrets, of the one that matched (useful
 *     to see when an old secret can be retired)
 * @param timestampMillis the v3 request timestamp in epoch milliseconds; empty for v1 and v2
 */
public record VerifiedSignature(
    SignatureVersion version, int secretIndex, OptionalLong timestampMillis) {

  /** Checks the components. */
  public VerifiedSignature {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(timestampMillis, "timestampMillis");
    if (secretIndex < 0) {
      throw new IllegalArgumentException("secretIndex must not be negative");
    }
  }
}
