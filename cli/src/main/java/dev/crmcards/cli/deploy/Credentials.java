package dev.crmcards.cli.deploy;

import dev.crmcards.cli.UsageException;
import dev.crmcards.http.PercentEncoding;
import java.net.http.HttpRequest;
import java.util.Map;

/**
 * How the cards API is authenticated: a developer API key (sent as the {@code hapikey} query
 * parameter) or an access token (sent as a bearer token). Never printed: {@link #toString()} and
 * every message name the environment variable, not the value.
 */
public final class Credentials {
  public static final String DEVELOPER_API_KEY = "HUBSPOT_DEVELOPER_API_KEY";
  public static final String ACCESS_TOKEN = "HUBSPOT_ACCESS_TOKEN";

  private final String variable;
  private final String value;

  private Credentials(String variable, String value) {
    this.variable = variable;
    this.value = value;
  }

  public static Credentials developerApiKey(String key) {
    return new Credentials(DEVELOPER_API_KEY, key);
  }

  public static Credentials accessToken(String token) {
    return new Credentials(ACCESS_TOKEN, token);
  }

  /**
   * The developer API key if {@value #DEVELOPER_API_KEY} is set (the cards API's own credential),
   * else the access token of {@value #ACCESS_TOKEN}.
   *
   * @throws UsageException if neither is set
   */
  public static Credentials fromEnvironment(Map<String, String> environment) {
    String key = environment.get(DEVELOPER_API_KEY);
    if (key != null && !key.isBlank()) {
      return developerApiKey(checked(DEVELOPER_API_KEY, key.strip()));
    }
    String token = environment.get(ACCESS_TOKEN);
    if (token != null && !token.isBlank()) {
      return accessToken(checked(ACCESS_TOKEN, token.strip()));
    }
    throw new UsageException(
        "no HubSpot credentials: set " + DEVELOPER_API_KEY + " (the developer account's API key)"
            + " or " + ACCESS_TOKEN + " (an OAuth access token with the developers scopes)");
  }

  /** Shorter than any credential HubSpot issues (a key is a UUID, a token longer still). */
  private static final int SHORTEST = 8;

  /**
   * The value if it is printable ASCII without spaces and not far too short, as HubSpot's keys
   * and tokens are. Anything else (a line break or a zero-width space pasted with it) would reach
   * an HTTP header or URL that refuses it, in an exception that quotes the whole value; so it is
   * refused here, by the variable's name.
   */
  private static String checked(String variable, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c <= ' ' || c > '~') {
        throw new UsageException(
            variable + " holds a character no HubSpot credential has (a space, a line break or one"
                + " beyond ASCII, as copying can add); copy it again");
      }
    }
    if (value.length() < SHORTEST) {
      // Also keeps redact() from cutting a letter or two out of every word of a message.
      throw new UsageException(
          variable + " holds " + value.length() + " character" + (value.length() == 1 ? "" : "s")
              + "; HubSpot's keys and tokens are much longer: copy it again");
    }
    return value;
  }

  /** The environment variable the credential came from, for messages. */
  public String variable() {
    return variable;
  }

  public boolean isDeveloperApiKey() {
    return variable.equals(DEVELOPER_API_KEY);
  }

  /** The URL with the credential added, for an API key; unchanged for a token. */
  String authorize(String url) {
    if (!isDeveloperApiKey()) {
      return url;
    }
    return url + (url.indexOf('?') < 0 ? "?" : "&") + "hapikey="
        + PercentEncoding.FORM.encode(value);
  }

  /** Adds the bearer header, for a token. */
  void authorize(HttpRequest.Builder request) {
    if (!isDeveloperApiKey()) {
      request.header("Authorization", "Bearer " + value);
    }
  }

  /** The text with every occurrence of the credential replaced, for anything that is printed. */
  public String redact(String text) {
    return text == null || value.isEmpty() ? text : text.replace(value, "<" + variable + ">");
  }

  @Override
  public String toString() {
    return "Credentials[" + variable + "]";
  }
}
