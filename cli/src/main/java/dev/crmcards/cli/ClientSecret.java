package dev.crmcards.cli;

import java.util.Map;

/** The app's client secret that requests are signed with: {@code --secret}, else the environment. */
public final class ClientSecret {
  public static final String VARIABLE = "HUBSPOT_CLIENT_SECRET";

  private ClientSecret() {}

  /**
   * The secret from {@code --secret}, else from {@link #VARIABLE}.
   *
   * @throws UsageException if neither gives a secret, or it has whitespace around it
   */
  static String resolve(String option, Map<String, String> environment) {
    String secret = option != null ? option : environment.get(VARIABLE);
    if (secret == null || secret.isBlank()) {
      throw new UsageException(
          "no client secret: pass --secret or set " + VARIABLE + " (the app's client secret)");
    }
    return unpadded(secret);
  }

  /**
   * The secret from the environment variable {@code variable} alone: for Maven, whose debug output
   * ({@code mvn -X}) prints the value of every goal parameter.
   *
   * @param optionName the parameter that names another variable, for the message
   * @throws UsageException if the variable is unset or blank, or has whitespace around it
   */
  public static String fromVariable(String variable, Map<String, String> environment, String optionName) {
    String secret = environment.get(variable);
    if (secret == null || secret.isBlank()) {
      throw new UsageException("no client secret: set " + variable + " to the app's client secret"
          + (variable.equals(VARIABLE) ? ", or name another environment variable with " + optionName : ""));
    }
    return unpadded(secret);
  }

  private static String unpadded(String secret) {
    if (!secret.equals(secret.strip())) {
      throw new UsageException("the client secret has leading or trailing whitespace");
    }
    return secret;
  }
}
