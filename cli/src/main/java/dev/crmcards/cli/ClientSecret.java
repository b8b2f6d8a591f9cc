package dev.crmcards.cli;

import java.util.Map;

/** The app's client secret that requests are signed with: {@code --secret}, else the environment. */
final class ClientSecret {
  static final String VARIABLE = "HUBSPOT_CLIENT_SECRET";

  private ClientSecret() {}

  static String resolve(String option, Map<String, String> environment) {
    String secret = option != null ? option : environment.get(VARIABLE);
    if (secret == null || secret.isBlank()) {
      throw new UsageException(
          "no client secret: pass --secret or set " + VARIABLE + " (the app's client secret)");
    }
    if (!secret.equals(secret.strip())) {
      throw new UsageException("the client secret has leading or trailing whitespace");
    }
    return secret;
  }
}
