package dev.crmcards.json;

import dev.crmcards.HttpMethod;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * HubSpot's JSON for an action button, the only place crmcards encodes it. {@link
 * dev.crmcards.CardAction} writes its actions here, and generated card classes build the bytes of
 * their declared {@code @Action}s here once, when the class loads. Public for generated code;
 * applications use {@link dev.crmcards.CardAction} instead.
 *
 * <p>The keys follow HubSpot's documented example ({@code associatedObjectProperties} is always
 * written, {@code []} when empty):
 *
 * <pre>{@code
 * {"type":"IFRAME","width":890,"height":748,"uri":"…","label":"…","associatedObjectProperties":[]}
 * {"type":"ACTION_HOOK","httpMethod":"PUT","associatedObjectProperties":[],"uri":"…","label":"…"}
 * {"type":"CONFIRMATION_ACTION_HOOK","confirmationMessage":"…","confirmButtonText":"…",
 *  "cancelButtonText":"…","httpMethod":"DELETE","associatedObjectProperties":[],"uri":"…","label":"…"}
 * }</pre>
 *
 * <p>Each kind of action comes in two forms:
 *
 * <ul>
 *   <li>{@code write…(out, …, uri)} writes a whole action into a writer, without allocating;
 *   <li>{@code iframe}, {@code actionHook} and {@code confirmationActionHook} return the action's
 *       bytes cut where the values of its uri's {@code {placeholders}} go. The uri is given as its
 *       literal stretches, one more than it has placeholders ({@code ".../orders/{number}"} is
 *       {@code ".../orders/", ""}); the caller writes fragment 0, the first placeholder's value
 *       with {@link JsonOutput#pathSegment(String)} (percent-encoded, so it never needs JSON
 *       escaping), fragment 1, and so on. A uri without placeholders gives one fragment: the whole
 *       action.
 * </ul>
 *
 * <p>Nothing is validated here (a null argument throws {@link NullPointerException}): {@link
 * dev.crmcards.CardAction} and the annotation processor check what they pass.
 */
public final class ActionJson {

  private static final byte[] IFRAME = JsonOutput.utf8("{\"type\":\"IFRAME\",\"width\":");
  private static final byte[] HEIGHT = JsonOutput.utf8(",\"height\":");
  private static final byte[] ACTION_HOOK = JsonOutput.utf8("{\"type\":\"ACTION_HOOK\"");
  private static final byte[] CONFIRMATION_ACTION_HOOK =
      JsonOutput.utf8("{\"type\":\"CONFIRMATION_ACTION_HOOK\",\"confirmationMessage\":");
  private static final byte[] CONFIRM_BUTTON_TEXT = JsonOutput.utf8(",\"confirmButtonText\":");
  private static final byte[] CANCEL_BUTTON_TEXT = JsonOutput.utf8(",\"cancelButtonText\":");
  private static final byte[] FORM = JsonOutput.utf8("{\"type\":\"FORM\",\"id\":");
  private static final byte[] HTTP_METHOD = JsonOutput.utf8(",\"httpMethod\":");
  private static final byte[] ASSOCIATED_OBJECT_PROPERTIES =
      JsonOutput.utf8(",\"associatedObjectProperties\":[");
  private static final byte[] URI = JsonOutput.utf8(",\"uri\":");
  private static final byte[] LABEL = JsonOutput.utf8(",\"label\":");

  private ActionJson() {}

  // ---------------------------------------------------------------------------------------------
  // Whole actions, written into a writer

  /** Writes an IFRAME action that opens {@code uri} in a {@code width} x {@code height} modal. */
  public static void writeIframe(
      JsonOutput out,
      String label,
      int width,
      int height,
      List<String> associatedObjectProperties,
      String uri) {
    iframeHead(out, width, height);
    out.string(uri);
    iframeTail(out, label, associatedObjectProperties);
  }

  /** Writes an ACTION_HOOK action: a signed {@code method} request to {@code uri}. */
  public static void writeActionHook(
      JsonOutput out,
      String label,
      HttpMethod method,
      List<String> associatedObjectProperties,
      String uri) {
    actionHookHead(out, method, associatedObjectProperties);
    out.string(uri);
    hookTail(out, label);
  }

  /** Writes a CONFIRMATION_ACTION_HOOK action: an ACTION_HOOK the user confirms first. */
  public static void writeConfirmationActionHook(
      JsonOutput out,
      String label,
      HttpMethod method,
      String confirmationMessage,
      String confirmButtonText,
      String cancelButtonText,
      List<String> associatedObjectProperties,
      String uri) {
    confirmationActionHookHead(
        out, method, confirmationMessage, confirmButtonText, cancelButtonText, associatedObjectProperties);
    out.string(uri);
    hookTail(out, label);
  }

  // ---------------------------------------------------------------------------------------------
  // Actions as fragments around their uri's placeholders, for generated code

  /**
   * The fragments of an IFRAME action whose uri consists of {@code uriParts} with a placeholder
   * between each two of them.
   *
   * @throws IllegalArgumentException if {@code uriParts} is empty
   */
  public static byte[][] iframe(
      String label, int width, int height, List<String> associatedObjectProperties, String... uriParts) {
    JsonOutput out = new JsonOutput(256);
    iframeHead(out, width, height);
    int[] cuts = uriInParts(out, uriParts);
    iframeTail(out, label, associatedObjectProperties);
    return split(out, cuts);
  }

  /**
   * The fragments of an ACTION_HOOK action whose uri consists of {@code uriParts} with a
   * placeholder between each two of them.
   *
   * @throws IllegalArgumentException if {@code uriParts} is empty
   */
  public static byte[][] actionHook(
      String label, HttpMethod method, List<String> associatedObjectProperties, String... uriParts) {
    JsonOutput out = new JsonOutput(256);
    actionHookHead(out, method, associatedObjectProperties);
    int[] cuts = uriInParts(out, uriParts);
    hookTail(out, label);
    return split(out, cuts);
  }

  /**
   * The fragments of a CONFIRMATION_ACTION_HOOK action whose uri consists of {@code uriParts} with
   * a placeholder between each two of them.
   *
   * @throws IllegalArgumentException if {@code uriParts} is empty
   */
  public static byte[][] confirmationActionHook(
      String label,
      HttpMethod method,
      String confirmationMessage,
      String confirmButtonText,
      String cancelButtonText,
      List<String> associatedObjectProperties,
      String... uriParts) {
    JsonOutput out = new JsonOutput(256);
    confirmationActionHookHead(
        out, method, confirmationMessage, confirmButtonText, cancelButtonText, associatedObjectProperties);
    int[] cuts = uriInParts(out, uriParts);
    hookTail(out, label);
    return split(out, cuts);
  }

  /**
   * The fragments of a FORM action (crmcards' card UI opens the form {@code id} of the card's
   * view) whose uri consists of {@code uriParts} with a placeholder between each two of them.
   * {@code associatedObjectProperties} are written only when there are some.
   *
   * @throws IllegalArgumentException if {@code uriParts} is empty
   */
  public static byte[][] form(
      String id, String label, HttpMethod method, List<String> associatedObjectProperties, String... uriParts) {
    JsonOutput out = new JsonOutput(256);
    out.raw(FORM);
    out.string(id);
    out.raw(HTTP_METHOD);
    out.string(method.name());
    if (!associatedObjectProperties.isEmpty()) {
      associatedObjectProperties(out, associatedObjectProperties);
    }
    out.raw(URI);
    int[] cuts = uriInParts(out, uriParts);
    hookTail(out, label);
    return split(out, cuts);
  }

  // ---------------------------------------------------------------------------------------------
  // What comes before the uri's value (up to and including the "uri" key) and after it

  private static void iframeHead(JsonOutput out, int width, int height) {
    out.raw(IFRAME);
    out.number(width);
    out.raw(HEIGHT);
    out.number(height);
    out.raw(URI);
  }

  private static void iframeTail(JsonOutput out, String label, List<String> associatedObjectProperties) {
    out.raw(LABEL);
    out.string(label);
    associatedObjectProperties(out, associatedObjectProperties);
    out.rawByte('}');
  }

  private static void actionHookHead(
      JsonOutput out, HttpMethod method, List<String> associatedObjectProperties) {
    out.raw(ACTION_HOOK);
    methodAndAssociatedObjectProperties(out, method, associatedObjectProperties);
  }

  private static void confirmationActionHookHead(
      JsonOutput out,
      HttpMethod method,
      String confirmationMessage,
      String confirmButtonText,
      String cancelButtonText,
      List<String> associatedObjectProperties) {
    out.raw(CONFIRMATION_ACTION_HOOK);
    out.string(confirmationMessage);
    out.raw(CONFIRM_BUTTON_TEXT);
    out.string(confirmButtonText);
    out.raw(CANCEL_BUTTON_TEXT);
    out.string(cancelButtonText);
    methodAndAssociatedObjectProperties(out, method, associatedObjectProperties);
  }

  private static void methodAndAssociatedObjectProperties(
      JsonOutput out, HttpMethod method, List<String> associatedObjectProperties) {
    out.raw(HTTP_METHOD);
    out.string(method.name());
    associatedObjectProperties(out, associatedObjectProperties);
    out.raw(URI);
  }

  private static void hookTail(JsonOutput out, String label) {
    out.raw(LABEL);
    out.string(label);
    out.rawByte('}');
  }

  private static void associatedObjectProperties(JsonOutput out, List<String> names) {
    out.raw(ASSOCIATED_OBJECT_PROPERTIES);
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) {
        out.rawByte(',');
      }
      out.string(names.get(i));
    }
    out.rawByte(']');
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * Writes the uri as one JSON string made of {@code parts}, and returns the positions between
   * them, where the placeholders' values go.
   */
  private static int[] uriInParts(JsonOutput out, String[] parts) {
    Objects.requireNonNull(parts, "uriParts");
    if (parts.length == 0) {
      throw new IllegalArgumentException("a uri has at least one part, even if it is empty");
    }
    int[] cuts = new int[parts.length - 1];
    out.rawByte('"');
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        cuts[i - 1] = out.size();
      }
      byte[] quoted = JsonOutput.jsonString(parts[i]);
      out.raw(Arrays.copyOfRange(quoted, 1, quoted.length - 1));
    }
    out.rawByte('"');
    return cuts;
  }

  private static byte[][] split(JsonOutput out, int[] cuts) {
    byte[] all = out.toByteArray();
    byte[][] fragments = new byte[cuts.length + 1][];
    int from = 0;
    for (int i = 0; i < cuts.length; i++) {
      fragments[i] = Arrays.copyOfRange(all, from, cuts[i]);
      from = cuts[i];
    }
    fragments[cuts.length] = Arrays.copyOfRange(all, from, all.length);
    return fragments;
  }
}
