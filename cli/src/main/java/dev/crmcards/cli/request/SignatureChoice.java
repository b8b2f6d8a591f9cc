package dev.crmcards.cli.request;

import dev.crmcards.signature.SignatureVersion;
import java.util.Locale;

/** Which signatures to put on a request: v2, v3, or both as HubSpot does. */
public enum SignatureChoice {
  V2(SignatureVersion.V2),
  V3(SignatureVersion.V3),
  BOTH(SignatureVersion.V2, SignatureVersion.V3);

  private final SignatureVersion[] versions;

  SignatureChoice(SignatureVersion... versions) {
    this.versions = versions;
  }

  public SignatureVersion[] versions() {
    return versions.clone();
  }

  /** {@code v2}, {@code v3} or {@code both}, in any case. */
  public static SignatureChoice parse(String text) {
    return valueOf(text.strip().toUpperCase(Locale.ROOT));
  }

  /** {@code v2}, {@code v3} or {@code v2+v3}, for messages. */
  public String describe() {
    return this == BOTH ? "v2+v3" : name().toLowerCase(Locale.ROOT);
  }
}
