package dev.crmcards.signature;

/** The versions of HubSpot's request signature. */
public enum SignatureVersion {
  /**
   * {@code X-HubSpot-Signature} with {@code X-HubSpot-Signature-Version: v1}: lower-case hex
   * SHA-256 of the client secret followed by the body. It does not cover the method or the URL, so
   * it is only accepted when explicitly enabled.
   */
  V1("v1"),
  /**
   * {@code X-HubSpot-Signature} with {@code X-HubSpot-Signature-Version: v2}: lower-case hex
   * SHA-256 of secret, method, URL (exactly as requested) and body.
   */
  V2("v2"),
  /**
   * {@code X-HubSpot-Signature-v3} with {@code X-HubSpot-Request-Timestamp}: Base64 HMAC-SHA256,
   * keyed by the secret, of method, URL (with twelve escapes decoded), body and timestamp.
   */
  V3("v3");

  private final String headerValue;

  SignatureVersion(String headerValue) {
    this.headerValue = headerValue;
  }

  /** The lower-case name HubSpot uses, e.g. {@code v2}. */
  public String headerValue() {
    return headerValue;
  }
}
