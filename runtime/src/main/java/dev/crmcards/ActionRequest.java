package dev.crmcards;

import java.util.Objects;

/**
 * A request HubSpot sends when a user clicks an {@link ActionType#ACTION_HOOK} or {@link
 * ActionType#CONFIRMATION_ACTION_HOOK} button.
 *
 * <p>The default parameters and the action's {@code associatedObjectProperties} arrive in the query
 * string (GET and DELETE, and also the other methods when sent by HubSpot's app-card converter), in
 * a form-urlencoded body (legacy cards, POST, PUT and PATCH) or in a JSON object body (the
 * converter). All three are read alike; when a name appears both in the body and in the query, the
 * body wins. JSON numbers and booleans are available as their text.
 */
public final class ActionRequest extends CardRequest {

  private final HttpMethod httpMethod;

  private ActionRequest(HttpMethod httpMethod, RequestValues parameters) {
    super(parameters);
    this.httpMethod = httpMethod;
  }

  /**
   * Reads an action hook request.
   *
   * @param httpMethod the request method
   * @param rawQuery the raw (still percent-encoded) query string without the {@code ?}; {@code
   *     null} for none
   * @param contentType the {@code Content-Type} header; {@code null} if absent (the body is then
   *     taken as JSON if it starts with <code>{</code>, otherwise as form data)
   * @param body the raw body; {@code null} or empty for none
   * @throws InvalidRequestException if a default parameter is missing or malformed, or the query
   *     or body cannot be parsed
   */
  public static ActionRequest parse(
      HttpMethod httpMethod, String rawQuery, String contentType, byte[] body) {
    Objects.requireNonNull(httpMethod, "httpMethod");
    RequestValues parameters = RequestParameters.parseForm(rawQuery, "query string");
    parameters.overrideWith(RequestParameters.parseBody(contentType, body));
    return new ActionRequest(httpMethod, parameters);
  }

  /** The method the hook was called with. */
  public HttpMethod httpMethod() {
    return httpMethod;
  }

  @Override
  public boolean equals(Object other) {
    return super.equals(other) && httpMethod == ((ActionRequest) other).httpMethod;
  }

  @Override
  public int hashCode() {
    return 31 * super.hashCode() + httpMethod.hashCode();
  }

  @Override
  String details() {
    return "httpMethod=" + httpMethod + ", ";
  }
}
