package dev.crmcards;

import static dev.crmcards.ResponseChecks.notBlank;
import static dev.crmcards.ResponseChecks.notNull;
import static dev.crmcards.ResponseChecks.quote;

import dev.crmcards.json.JsonOutput;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An action button chosen at request time, for the cases {@link Action @Action} cannot express:
 * a response's top-level actions ({@link CardResponse.Builder#primaryAction(CardAction)} and
 * friends) or extra actions of one object ({@link CardResponse.Builder#addObjectAction(Object,
 * CardAction)}).
 *
 * <p>Immutable. The factories check their input ({@link NullPointerException} for a missing
 * argument, {@link IllegalArgumentException} for an invalid one) and encode the action's JSON
 * once, so {@link #writeTo(JsonOutput)} only copies bytes. The URI must be an absolute http or
 * https URI; HubSpot also requires it to start with one of the card's {@code actions.baseUrls},
 * which cannot be checked here.
 */
public final class CardAction {

  /** The confirm button text of {@link #confirmationActionHook(String, HttpMethod, URI, String)}. */
  public static final String DEFAULT_CONFIRM_BUTTON_TEXT = "Yes";

  /** The cancel button text of {@link #confirmationActionHook(String, HttpMethod, URI, String)}. */
  public static final String DEFAULT_CANCEL_BUTTON_TEXT = "No";

  private final ActionType type;
  private final String label;
  private final URI uri;
  private final String uriText;
  private final int width;
  private final int height;
  private final HttpMethod httpMethod;
  private final String confirmationMessage;
  private final String confirmButtonText;
  private final String cancelButtonText;
  private final List<String> associatedObjectProperties;
  private final byte[] json;

  private CardAction(
      ActionType type,
      String label,
      URI uri,
      String uriText,
      int width,
      int height,
      HttpMethod httpMethod,
      String confirmationMessage,
      String confirmButtonText,
      String cancelButtonText,
      List<String> associatedObjectProperties) {
    this.type = type;
    this.label = label;
    this.uri = uri;
    this.uriText = uriText;
    this.width = width;
    this.height = height;
    this.httpMethod = httpMethod;
    this.confirmationMessage = confirmationMessage;
    this.confirmButtonText = confirmButtonText;
    this.cancelButtonText = cancelButtonText;
    this.associatedObjectProperties = associatedObjectProperties;
    this.json = encode();
  }

  // ---------------------------------------------------------------------------------------------
  // Factories

  /**
   * An IFRAME action: HubSpot opens {@code uri} in a modal of {@code width} x {@code height}
   * pixels. Iframe requests are not signed.
   *
   * @throws IllegalArgumentException if the label is blank, the URI is not absolute http(s), or a
   *     size is not positive
   */
  public static CardAction iframe(String label, URI uri, int width, int height) {
    checkLabel(label);
    String text = checkUri(uri, label);
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException(
          "iframe action "
              + quote(label)
              + " needs a positive width and height in pixels, got "
              + width
              + " x "
              + height);
    }
    return new CardAction(
        ActionType.IFRAME, label, uri, text, width, height, null, null, null, null, List.of());
  }

  /** An ACTION_HOOK action: HubSpot sends a signed {@code method} request to {@code uri}. */
  public static CardAction actionHook(String label, HttpMethod method, URI uri) {
    checkLabel(label);
    notNull(method, "httpMethod of action " + quote(label));
    String text = checkUri(uri, label);
    return new CardAction(
        ActionType.ACTION_HOOK, label, uri, text, 0, 0, method, null, null, null, List.of());
  }

  /**
   * A CONFIRMATION_ACTION_HOOK action: like {@link #actionHook}, after the user answers {@code
   * confirmationMessage} with the confirm button. All texts must be non-blank.
   */
  public static CardAction confirmationActionHook(
      String label,
      HttpMethod method,
      URI uri,
      String confirmationMessage,
      String confirmButtonText,
      String cancelButtonText) {
    checkLabel(label);
    notNull(method, "httpMethod of action " + quote(label));
    String text = checkUri(uri, label);
    notBlank(confirmationMessage, "confirmationMessage of action " + quote(label));
    notBlank(confirmButtonText, "confirmButtonText of action " + quote(label));
    notBlank(cancelButtonText, "cancelButtonText of action " + quote(label));
    return new CardAction(
        ActionType.CONFIRMATION_ACTION_HOOK,
        label,
        uri,
        text,
        0,
        0,
        method,
        confirmationMessage,
        confirmButtonText,
        cancelButtonText,
        List.of());
  }

  /**
   * A CONFIRMATION_ACTION_HOOK action with the buttons {@value #DEFAULT_CONFIRM_BUTTON_TEXT} and
   * {@value #DEFAULT_CANCEL_BUTTON_TEXT}.
   */
  public static CardAction confirmationActionHook(
      String label, HttpMethod method, URI uri, String confirmationMessage) {
    return confirmationActionHook(
        label,
        method,
        uri,
        confirmationMessage,
        DEFAULT_CONFIRM_BUTTON_TEXT,
        DEFAULT_CANCEL_BUTTON_TEXT);
  }

  /**
   * A copy of this action whose {@code associatedObjectProperties} are {@code names} (replacing
   * any earlier ones): the record's HubSpot properties HubSpot sends along with a hook request or
   * appends to an iframe's URL, in this order.
   *
   * @throws IllegalArgumentException if a name is blank
   */
  public CardAction withAssociatedObjectProperties(String... names) {
    notNull(names, "associatedObjectProperties of action " + quote(label));
    for (int i = 0; i < names.length; i++) {
      notBlank(names[i], "associatedObjectProperties[" + i + "] of action " + quote(label));
    }
    return new CardAction(
        type,
        label,
        uri,
        uriText,
        width,
        height,
        httpMethod,
        confirmationMessage,
        confirmButtonText,
        cancelButtonText,
        List.of(names));
  }

  private static void checkLabel(String label) {
    notBlank(label, "action label");
  }

  private static String checkUri(URI uri, String label) {
    return ResponseChecks.httpUri(uri, "uri of action " + quote(label));
  }

  // ---------------------------------------------------------------------------------------------
  // Accessors

  /** What the button does. */
  public ActionType type() {
    return type;
  }

  /** The button's text. */
  public String label() {
    return label;
  }

  /** The iframe's or hook's URI; it is sent as {@link URI#toString()}. */
  public URI uri() {
    return uri;
  }

  /** The modal's width in pixels for IFRAME; 0 for hooks. */
  public int width() {
    return width;
  }

  /** The modal's height in pixels for IFRAME; 0 for hooks. */
  public int height() {
    return height;
  }

  /** The hook's HTTP method; empty for IFRAME. */
  public Optional<HttpMethod> httpMethod() {
    return Optional.ofNullable(httpMethod);
  }

  /** The question of a CONFIRMATION_ACTION_HOOK; empty for other types. */
  public Optional<String> confirmationMessage() {
    return Optional.ofNullable(confirmationMessage);
  }

  /** The confirm button text of a CONFIRMATION_ACTION_HOOK; empty for other types. */
  public Optional<String> confirmButtonText() {
    return Optional.ofNullable(confirmButtonText);
  }

  /** The cancel button text of a CONFIRMATION_ACTION_HOOK; empty for other types. */
  public Optional<String> cancelButtonText() {
    return Optional.ofNullable(cancelButtonText);
  }

  /** The record properties HubSpot sends along; immutable, empty unless set. */
  public List<String> associatedObjectProperties() {
    return associatedObjectProperties;
  }

  // ---------------------------------------------------------------------------------------------
  // JSON

  /**
   * Writes this action as a JSON object with the keys in the order of HubSpot's documented
   * example ({@code associatedObjectProperties} is always written, {@code []} when empty):
   *
   * <pre>{@code
   * {"type":"IFRAME","width":890,"height":748,"uri":"…","label":"…","associatedObjectProperties":[]}
   * {"type":"ACTION_HOOK","httpMethod":"PUT","associatedObjectProperties":[],"uri":"…","label":"…"}
   * {"type":"CONFIRMATION_ACTION_HOOK","confirmationMessage":"…","confirmButtonText":"…",
   *  "cancelButtonText":"…","httpMethod":"DELETE","associatedObjectProperties":[],"uri":"…","label":"…"}
   * }</pre>
   *
   * Copies pre-encoded bytes; allocates nothing.
   */
  public void writeTo(JsonOutput out) {
    out.raw(json);
  }

  /** The JSON {@link #writeTo(JsonOutput)} writes. */
  public String toJson() {
    JsonOutput out = new JsonOutput(json.length);
    out.raw(json);
    return out.toString();
  }

  private byte[] encode() {
    JsonOutput out = new JsonOutput(160 + label.length() + uriText.length());
    out.raw(JsonOutput.utf8("{\"type\":\"" + type.name() + "\","));
    if (type == ActionType.IFRAME) {
      out.raw(JsonOutput.utf8("\"width\":"));
      out.number(width);
      out.raw(JsonOutput.utf8(",\"height\":"));
      out.number(height);
      out.rawByte(',');
      writeUriAndLabel(out);
      out.rawByte(',');
      writeAssociatedObjectProperties(out);
    } else {
      if (type == ActionType.CONFIRMATION_ACTION_HOOK) {
        out.raw(JsonOutput.utf8("\"confirmationMessage\":"));
        out.string(confirmationMessage);
        out.raw(JsonOutput.utf8(",\"confirmButtonText\":"));
        out.string(confirmButtonText);
        out.raw(JsonOutput.utf8(",\"cancelButtonText\":"));
        out.string(cancelButtonText);
        out.rawByte(',');
      }
      out.raw(JsonOutput.utf8("\"httpMethod\":\"" + httpMethod.name() + "\","));
      writeAssociatedObjectProperties(out);
      out.rawByte(',');
      writeUriAndLabel(out);
    }
    out.rawByte('}');
    return out.toByteArray();
  }

  private void writeUriAndLabel(JsonOutput out) {
    out.raw(JsonOutput.utf8("\"uri\":"));
    out.string(uriText);
    out.raw(JsonOutput.utf8(",\"label\":"));
    out.string(label);
  }

  private void writeAssociatedObjectProperties(JsonOutput out) {
    out.raw(JsonOutput.utf8("\"associatedObjectProperties\":["));
    for (int i = 0; i < associatedObjectProperties.size(); i++) {
      if (i > 0) {
        out.rawByte(',');
      }
      out.string(associatedObjectProperties.get(i));
    }
    out.rawByte(']');
  }

  // ---------------------------------------------------------------------------------------------

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CardAction)) {
      return false;
    }
    CardAction that = (CardAction) o;
    return type == that.type
        && width == that.width
        && height == that.height
        && httpMethod == that.httpMethod
        && label.equals(that.label)
        && uriText.equals(that.uriText)
        && Objects.equals(confirmationMessage, that.confirmationMessage)
        && Objects.equals(confirmButtonText, that.confirmButtonText)
        && Objects.equals(cancelButtonText, that.cancelButtonText)
        && associatedObjectProperties.equals(that.associatedObjectProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        type,
        label,
        uriText,
        width,
        height,
        httpMethod,
        confirmationMessage,
        confirmButtonText,
        cancelButtonText,
        associatedObjectProperties);
  }

  /** For example {@code CardAction[ACTION_HOOK PUT "Resolve" https://example.com/tickets/245/resolve]}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(64 + label.length() + uriText.length());
    sb.append("CardAction[").append(type);
    if (httpMethod != null) {
      sb.append(' ').append(httpMethod);
    }
    sb.append(' ').append(quote(label)).append(' ').append(uriText);
    if (type == ActionType.IFRAME) {
      sb.append(' ').append(width).append('x').append(height);
    }
    if (!associatedObjectProperties.isEmpty()) {
      sb.append(", associatedObjectProperties=").append(associatedObjectProperties);
    }
    return sb.append(']').toString();
  }
}
