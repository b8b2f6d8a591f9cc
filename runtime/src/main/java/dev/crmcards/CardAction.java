package dev.crmcards;

import static dev.crmcards.ResponseChecks.notBlank;
import static dev.crmcards.ResponseChecks.notNull;
import static dev.crmcards.ResponseChecks.quote;

import dev.crmcards.json.ActionJson;
import dev.crmcards.json.JsonOutput;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An action button chosen at request time, for the cases {@link Action @Action} cannot express:
 * a response's top-level actions ({@link CardResponse.Builder#primaryAction(CardAction)} and
 * friends) or extra actions of one object ({@link CardResponse.Builder#addObjectAction(Object,
 * CardAction)}).
 *
 * <p>One record per kind: {@link Iframe}, {@link Hook} (ACTION_HOOK) and {@link ConfirmationHook}
 * (CONFIRMATION_ACTION_HOOK), so a {@code switch} or {@code instanceof} sees exactly the fields
 * the kind has. Build them with the factories ({@link #iframe}, {@link #actionHook}, {@link
 * #confirmationActionHook}) or the records' constructors; both check their input ({@link
 * NullPointerException} for a missing argument, {@link IllegalArgumentException} for an invalid
 * one). The URI must be an absolute http or https URI; HubSpot also requires it to start with one
 * of the card's {@code actions.baseUrls}, which cannot be checked here.
 *
 * <p>Immutable. Two actions are equal when they are of the same kind and write the same JSON: URLs
 * are compared by their text, not by {@link URI#equals}, which ignores the case of scheme and host.
 * Each factory takes the URL as a {@link URI} or as its text; the text is checked in one pass.
 */
public sealed interface CardAction
    permits CardAction.Iframe, CardAction.Hook, CardAction.ConfirmationHook {

  /** The confirm button text of {@link #confirmationActionHook(String, HttpMethod, URI, String)}. */
  String DEFAULT_CONFIRM_BUTTON_TEXT = "Yes";

  /** The cancel button text of {@link #confirmationActionHook(String, HttpMethod, URI, String)}. */
  String DEFAULT_CANCEL_BUTTON_TEXT = "No";

  // ---------------------------------------------------------------------------------------------
  // Factories

  /**
   * An IFRAME action: HubSpot opens {@code uri} in a modal of {@code width} x {@code height}
   * pixels. Iframe requests are not signed.
   *
   * @throws IllegalArgumentException if the label is blank, the URI is not absolute http(s), or a
   *     size is not positive
   */
  static CardAction iframe(String label, URI uri, int width, int height) {
    return new Iframe(label, uri, width, height, List.of());
  }

  /**
   * An IFRAME action from the URL's text, sent as it is: for URLs a handler has as text, which
   * this checks in one pass instead of parsing a {@link URI} for each. The same rules as {@link
   * #iframe(String, URI, int, int)}.
   */
  static CardAction iframe(String label, String uri, int width, int height) {
    return new Iframe(label, uri, width, height, List.of());
  }

  /** An ACTION_HOOK action: HubSpot sends a signed {@code method} request to {@code uri}. */
  static CardAction actionHook(String label, HttpMethod method, URI uri) {
    return new Hook(label, method, uri, List.of());
  }

  /** {@link #actionHook(String, HttpMethod, URI)} from the URL's text, sent as it is. */
  static CardAction actionHook(String label, HttpMethod method, String uri) {
    return new Hook(label, method, uri, List.of());
  }

  /**
   * A CONFIRMATION_ACTION_HOOK action: like {@link #actionHook}, after the user answers {@code
   * confirmationMessage} with the confirm button. All texts must be non-blank.
   */
  static CardAction confirmationActionHook(
      String label,
      HttpMethod method,
      URI uri,
      String confirmationMessage,
      String confirmButtonText,
      String cancelButtonText) {
    return confirmationActionHook(
        label, method, textOf(uri), confirmationMessage, confirmButtonText, cancelButtonText);
  }

  /** {@link #confirmationActionHook(String, HttpMethod, URI, String, String, String)} from the URL's text. */
  static CardAction confirmationActionHook(
      String label,
      HttpMethod method,
      String uri,
      String confirmationMessage,
      String confirmButtonText,
      String cancelButtonText) {
    return new ConfirmationHook(
        label, method, uri, confirmationMessage, confirmButtonText, cancelButtonText, List.of());
  }

  /** {@link #confirmationActionHook(String, HttpMethod, URI, String)} from the URL's text. */
  static CardAction confirmationActionHook(
      String label, HttpMethod method, String uri, String confirmationMessage) {
    return confirmationActionHook(
        label,
        method,
        uri,
        confirmationMessage,
        DEFAULT_CONFIRM_BUTTON_TEXT,
        DEFAULT_CANCEL_BUTTON_TEXT);
  }

  /**
   * A CONFIRMATION_ACTION_HOOK action with the buttons {@value #DEFAULT_CONFIRM_BUTTON_TEXT} and
   * {@value #DEFAULT_CANCEL_BUTTON_TEXT}.
   */
  static CardAction confirmationActionHook(
      String label, HttpMethod method, URI uri, String confirmationMessage) {
    return confirmationActionHook(label, method, textOf(uri), confirmationMessage);
  }

  /**
   * A copy of this action whose {@code associatedObjectProperties} are {@code names} (replacing
   * any earlier ones): the record's HubSpot properties HubSpot sends along with a hook request or
   * appends to an iframe's URL, in this order.
   *
   * @throws IllegalArgumentException if a name is blank
   */
  CardAction withAssociatedObjectProperties(String... names);

  // ---------------------------------------------------------------------------------------------
  // Accessors

  /** What the button does. */
  ActionType type();

  /** The button's text. */
  String label();

  /** The iframe's or hook's URL as it is sent: the text given, or {@link URI#toString()}. */
  String uriText();

  /** The iframe's or hook's URL as a {@link URI}, parsed on each call. */
  default URI uri() {
    return URI.create(uriText());
  }

  /** The modal's width in pixels for IFRAME; 0 for hooks. */
  default int width() {
    return 0;
  }

  /** The modal's height in pixels for IFRAME; 0 for hooks. */
  default int height() {
    return 0;
  }

  /** The hook's HTTP method; empty for IFRAME. */
  default Optional<HttpMethod> httpMethod() {
    return Optional.empty();
  }

  /** The question of a CONFIRMATION_ACTION_HOOK; empty for other types. */
  default Optional<String> confirmationMessage() {
    return Optional.empty();
  }

  /** The confirm button text of a CONFIRMATION_ACTION_HOOK; empty for other types. */
  default Optional<String> confirmButtonText() {
    return Optional.empty();
  }

  /** The cancel button text of a CONFIRMATION_ACTION_HOOK; empty for other types. */
  default Optional<String> cancelButtonText() {
    return Optional.empty();
  }

  /** The record properties HubSpot sends along; immutable, empty unless set. */
  List<String> associatedObjectProperties();

  // ---------------------------------------------------------------------------------------------
  // JSON

  /**
   * Writes this action as a JSON object in HubSpot's key order (see {@link ActionJson}), for
   * example {@code
   * {"type":"ACTION_HOOK","httpMethod":"PUT","associatedObjectProperties":[],"uri":"…","label":"…"}}.
   * Allocates nothing.
   */
  void writeTo(JsonOutput out);

  /** The JSON {@link #writeTo(JsonOutput)} writes. */
  default String toJson() {
    JsonOutput out = new JsonOutput(256);
    writeTo(out);
    return out.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // The kinds

  /**
   * An IFRAME action: HubSpot opens {@code uri} in a modal of {@code width} x {@code height}
   * pixels and appends the {@code associatedObjectProperties} to its URL.
   */
  record Iframe(
      String label, String uriText, int width, int height, List<String> associatedObjectProperties)
      implements CardAction {

    /**
     * @throws IllegalArgumentException if the label is blank, the URI is not absolute http(s), a
     *     size is not positive or a property name is blank
     */
    public Iframe {
      checkLabel(label);
      checkUri(uriText, label);
      if (width <= 0 || height <= 0) {
        throw new IllegalArgumentException(
            "iframe action "
                + quote(label)
                + " needs a positive width and height in pixels, got "
                + width
                + " x "
                + height);
      }
      associatedObjectProperties = checkNames(associatedObjectProperties, label);
    }

    /** An iframe action on {@code uri}, sent as {@link URI#toString()}. */
    public Iframe(String label, URI uri, int width, int height, List<String> associatedObjectProperties) {
      this(label, textOf(uri), width, height, associatedObjectProperties);
    }

    @Override
    public ActionType type() {
      return ActionType.IFRAME;
    }

    @Override
    public Iframe withAssociatedObjectProperties(String... names) {
      return new Iframe(label, uriText, width, height, namesOf(names, label));
    }

    @Override
    public void writeTo(JsonOutput out) {
      ActionJson.writeIframe(out, label, width, height, associatedObjectProperties, uriText);
    }

    /** For example {@code CardAction[IFRAME "Edit" https://example.com/edit 890x748]}. */
    @Override
    public String toString() {
      return describe(this, " " + width + "x" + height);
    }
  }

  /** An ACTION_HOOK action: HubSpot sends a signed {@code method} request to {@code uri}. */
  record Hook(String label, HttpMethod method, String uriText, List<String> associatedObjectProperties)
      implements CardAction {

    /**
     * @throws IllegalArgumentException if the label is blank, the URI is not absolute http(s) or
     *     a property name is blank
     */
    public Hook {
      checkLabel(label);
      checkMethod(method, label);
      checkUri(uriText, label);
      associatedObjectProperties = checkNames(associatedObjectProperties, label);
    }

    /** A hook on {@code uri}, sent as {@link URI#toString()}. */
    public Hook(String label, HttpMethod method, URI uri, List<String> associatedObjectProperties) {
      this(label, method, textOf(uri), associatedObjectProperties);
    }

    @Override
    public ActionType type() {
      return ActionType.ACTION_HOOK;
    }

    @Override
    public Optional<HttpMethod> httpMethod() {
      return Optional.of(method);
    }

    @Override
    public Hook withAssociatedObjectProperties(String... names) {
      return new Hook(label, method, uriText, namesOf(names, label));
    }

    @Override
    public void writeTo(JsonOutput out) {
      ActionJson.writeActionHook(out, label, method, associatedObjectProperties, uriText);
    }

    /** For example {@code CardAction[ACTION_HOOK PUT "Resolve" https://example.com/resolve]}. */
    @Override
    public String toString() {
      return describe(this, "");
    }
  }

  /**
   * A CONFIRMATION_ACTION_HOOK action: an ACTION_HOOK sent after the user answers {@code message}
   * with the button labelled {@code confirmLabel}; {@code cancelLabel} labels the other button.
   */
  record ConfirmationHook(
      String label,
      HttpMethod method,
      String uriText,
      String message,
      String confirmLabel,
      String cancelLabel,
      List<String> associatedObjectProperties)
      implements CardAction {

    /**
     * @throws IllegalArgumentException if the label or a text is blank, the URI is not absolute
     *     http(s) or a property name is blank
     */
    public ConfirmationHook {
      checkLabel(label);
      checkMethod(method, label);
      checkUri(uriText, label);
      notBlank(message, "confirmationMessage of action ", label);
      notBlank(confirmLabel, "confirmButtonText of action ", label);
      notBlank(cancelLabel, "cancelButtonText of action ", label);
      associatedObjectProperties = checkNames(associatedObjectProperties, label);
    }

    /** A confirmation hook on {@code uri}, sent as {@link URI#toString()}. */
    public ConfirmationHook(
        String label,
        HttpMethod method,
        URI uri,
        String message,
        String confirmLabel,
        String cancelLabel,
        List<String> associatedObjectProperties) {
      this(label, method, textOf(uri), message, confirmLabel, cancelLabel, associatedObjectProperties);
    }

    @Override
    public ActionType type() {
      return ActionType.CONFIRMATION_ACTION_HOOK;
    }

    @Override
    public Optional<HttpMethod> httpMethod() {
      return Optional.of(method);
    }

    @Override
    public Optional<String> confirmationMessage() {
      return Optional.of(message);
    }

    @Override
    public Optional<String> confirmButtonText() {
      return Optional.of(confirmLabel);
    }

    @Override
    public Optional<String> cancelButtonText() {
      return Optional.of(cancelLabel);
    }

    @Override
    public ConfirmationHook withAssociatedObjectProperties(String... names) {
      return new ConfirmationHook(
          label, method, uriText, message, confirmLabel, cancelLabel, namesOf(names, label));
    }

    @Override
    public void writeTo(JsonOutput out) {
      ActionJson.writeConfirmationActionHook(
          out,
          label,
          method,
          message,
          confirmLabel,
          cancelLabel,
          associatedObjectProperties,
          uriText);
    }

    /** For example {@code CardAction[CONFIRMATION_ACTION_HOOK DELETE "Delete" https://…]}. */
    @Override
    public String toString() {
      return describe(this, "");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Checks and text shared by the kinds

  private static void checkLabel(String label) {
    notBlank(label, "action label");
  }

  private static void checkMethod(HttpMethod method, String label) {
    notNull(method, "httpMethod of action ", label);
  }

  private static void checkUri(String uriText, String label) {
    ResponseChecks.httpUri(uriText, "uri of action ", label);
  }

  /** The text a URI is sent as; null stays null, for the canonical constructor to report. */
  private static String textOf(URI uri) {
    return uri == null ? null : uri.toString();
  }

  /** {@code names} as given to {@link #withAssociatedObjectProperties}, before their check. */
  private static List<String> namesOf(String[] names, String label) {
    notNull(names, "associatedObjectProperties of action ", label);
    return Arrays.asList(names);
  }

  /** An immutable copy of {@code names}, each of which must be non-blank. */
  private static List<String> checkNames(List<String> names, String label) {
    notNull(names, "associatedObjectProperties of action ", label);
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (name == null || name.isBlank()) {
        notBlank(name, "associatedObjectProperties[" + i + "] of action " + quote(label));
      }
    }
    return List.copyOf(names);
  }

  /** {@code CardAction[TYPE [METHOD] "label" uri<size>[, associatedObjectProperties=[…]]]}. */
  private static String describe(CardAction action, String size) {
    StringBuilder sb = new StringBuilder(64).append("CardAction[").append(action.type());
    action.httpMethod().ifPresent(method -> sb.append(' ').append(method));
    sb.append(' ').append(quote(action.label())).append(' ').append(action.uriText()).append(size);
    if (!action.associatedObjectProperties().isEmpty()) {
      sb.append(", associatedObjectProperties=").append(action.associatedObjectProperties());
    }
    return sb.append(']').toString();
  }
}
