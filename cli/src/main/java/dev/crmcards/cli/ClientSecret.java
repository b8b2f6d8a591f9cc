package dev.crmcards.cli;

import java.util.Map;

/** The app's client secret that requests are signed with: {@code --secret}, else the environment. */
public final class ClientSecret {
  public static final String VARIABLE = "HUBSPOT_CLIENT_SECRET";

  private ClientSecret() {}

  static String resolve(String option, Map<String, String> environment) {
    return resolve(option, environment, "--secret");
  }

  /**
   * @param optionName how the user gives it, for the message: {@code --secret}, {@code <secret>}
   * @throws UsageException if neither gives a secret, or it has whitespace around it
   */
  public static String resolve(String option, Map<String, String> environment, String optionName) {
    String secret = option != null ? option : environment.get(VARIABLE);
    if (secret == null || secret.isBlank()) {
      throw new UsageException(
          "no client secret: pass " + optionName + " or set " + VARIABLE + " (the app's client secret)");
    }
    if (!secret.equals(secret.strip())) {
      throw new UsageException("the client secret has leading or trailing whitespace");
    }
    return secret;
  }
}
