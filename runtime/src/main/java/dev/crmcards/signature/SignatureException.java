package dev.crmcards.signature;

import java.util.Objects;

/**
 * A request's signature could not be verified. The message says precisely why, so that it can be
 * logged; it never contains a secret or an expected signature. Servers should not send it to the
 * client.
 */
public final class SignatureException extends Exception {
  private static final long serialVersionUID = 1L;

  /** The kind of failure. */
  public enum Reason {
    /** The request carries none of the signature headers that would be accepted. */
    MISSING,
    /** A signature header is present but unusable: bad encoding, bad timestamp, unknown version. */
    MALFORMED,
    /** The request is signed with a version the verifier is configured to refuse. */
    VERSION_NOT_ACCEPTED,
    /** The v3 timestamp is older than the tolerance allows. */
    TIMESTAMP_TOO_OLD,
    /** The v3 timestamp is further in the future than the tolerance allows. */
    TIMESTAMP_IN_FUTURE,
    /** The signature is well-formed but matches none of the secrets. */
    MISMATCH
  }

  private final Reason reason;

  /**
   * Creates the exception.
   *
   * @param reason the kind of failure
   * @param message the detail; must not contain secrets or expected signatures
   */
  public SignatureException(Reason reason, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** The kind of failure. */
  public Reason reason() {
    return reason;
  }
}
