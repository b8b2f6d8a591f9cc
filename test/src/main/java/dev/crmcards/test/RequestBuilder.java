package dev.crmcards.test;

import dev.crmcards.CrmObjectType;
import dev.crmcards.HttpMethod;
import dev.crmcards.core.RawRequest;
import dev.crmcards.http.PercentEncoding;
import dev.crmcards.json.JsonOutput;
import dev.crmcards.rules.ActionShapes;
import dev.crmcards.rules.CardViews;
import dev.crmcards.rules.RequestParameterNames;
import dev.crmcards.signature.SignatureVerifier;
import dev.crmcards.signature.SignatureVersion;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One request as HubSpot would send it, built up and then {@link #send() sent} through the
 * tester. By default: the five default parameters HubSpot always sends ({@code userId}, {@code
 * userEmail}, {@code associatedObjectId}, {@code associatedObjectType}, {@code portalId}), signed
 * v3 and v2 with the tester's secret at the tester's clock. Not thread-safe; send it once.
 */
public final class RequestBuilder {
  /** How a hook's parameters travel with POST, PUT and PATCH. */
  private enum BodyStyle {
    /** Legacy cards: a form-urlencoded body. */
    FORM,
    /** HubSpot's app-card converter: the query and a JSON body. */
    JSON
  }

  private final CardTester tester;
  private final HttpMethod method;
  private final String url;
  private final boolean hook;
  private long userId = 12345;
  private String userEmail = "user@example.com";
  private long objectId = 1;
  private String objectType;
  private long portalId = 987654;
  private Long appId;
  private final Map<String, String> properties = new LinkedHashMap<>();
  private final Map<String, String> headers = new LinkedHashMap<>();
  private BodyStyle bodyStyle = BodyStyle.FORM;
  private SignatureVersion[] versions = {SignatureVersion.V2, SignatureVersion.V3};
  private boolean signed = true;
  private String signingSecret;
  private Instant timestamp;
  private byte[] form;

  RequestBuilder(CardTester tester, HttpMethod method, String url, boolean hook) {
    Objects.requireNonNull(url, "url");
    if (url.contains("?") || url.contains("#")) {
      throw new IllegalArgumentException(
          "pass the URL without query (" + url + "): the request's parameters are added by the tester; "
              + "use property(name, value) for more");
    }
    this.tester = tester;
    this.method = method;
    this.url = url;
    this.hook = hook;
  }

  /** The record's type (default: the card's first object type). */
  public RequestBuilder objectType(CrmObjectType type) {
    return objectType(type.requestName());
  }

  /**
   * The record's type as sent in {@code associatedObjectType}, e.g. a custom object's.
   *
   * @throws IllegalArgumentException for a fetch, if the card does not show on that type: HubSpot
   *     never asks it for such a record, and {@code check} refuses to play one
   */
  public RequestBuilder objectType(String associatedObjectType) {
    Objects.requireNonNull(associatedObjectType, "associatedObjectType");
    if (!hook) {
      tester.definitions().objectTypeRefusal(url, associatedObjectType).ifPresent(why -> {
        throw new IllegalArgumentException(why);
      });
    }
    this.objectType = associatedObjectType;
    return this;
  }

  /** The record's id ({@code associatedObjectId}; default 1). */
  public RequestBuilder objectId(long id) {
    this.objectId = id;
    return this;
  }

  /** The HubSpot user who opened the record ({@code userId}, {@code userEmail}). */
  public RequestBuilder user(long userId, String userEmail) {
    this.userId = userId;
    this.userEmail = Objects.requireNonNull(userEmail, "userEmail");
    return this;
  }

  /** The HubSpot account ({@code portalId}; default 987654). */
  public RequestBuilder portalId(long portalId) {
    this.portalId = portalId;
    return this;
  }

  /**
   * A record property: for a fetch one of the object type's {@code propertiesToSend}, for a hook
   * one of the action's {@code associatedObjectProperties}. Later values replace earlier ones.
   */
  public RequestBuilder property(String name, String value) {
    properties.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
    return this;
  }

  /**
   * A TABLE card's page, as crmcards' card UI asks for it: {@code page} (1-based) and {@code
   * pageSize} in the query.
   */
  public RequestBuilder page(int page, int pageSize) {
    return property(CardViews.PAGE, Integer.toString(page)).property(CardViews.PAGE_SIZE, Integer.toString(pageSize));
  }

  /** A TABLE card's order: {@code sort=<property>}, or {@code sort=-<property>} when descending. */
  public RequestBuilder sort(String property, boolean descending) {
    Objects.requireNonNull(property, "sort's property is null; leave sort(...) out for the card's own order");
    return property(CardViews.SORT, (descending ? CardViews.DESCENDING : "") + property);
  }

  /** A TABLE card's search text: {@code q}. */
  public RequestBuilder search(String text) {
    Objects.requireNonNull(text, "search text is null; leave search(...) out for no search");
    return property(CardViews.SEARCH, text);
  }

  /**
   * As HubSpot's legacy-card converter app card sends it: with {@code appId} in the query and, for
   * a POST, PUT or PATCH hook, the parameters in the query and in a JSON body.
   */
  public RequestBuilder converter(long appId) {
    this.appId = appId;
    this.bodyStyle = BodyStyle.JSON;
    return this;
  }

  /** A hook's parameters as the converter sends them (query and JSON body), without {@code appId}. */
  public RequestBuilder jsonBody() {
    requireNoForm("jsonBody()");
    this.bodyStyle = BodyStyle.JSON;
    return this;
  }

  /** A hook's parameters as legacy cards send them: a form-urlencoded body (the default). */
  public RequestBuilder formBody() {
    requireNoForm("formBody()");
    this.bodyStyle = BodyStyle.FORM;
    return this;
  }

  /** A form's submission has one body, the form: another body style would drop it unsaid. */
  private void requireNoForm(String call) {
    if (form != null) {
      throw new IllegalStateException(call + " after form(...): a form's submission sends the form as its body");
    }
  }

  /**
   * A FORM action's submission as crmcards' card UI sends it: the usual parameters in the query,
   * {@code json} (the form, an object keyed by member name) as an {@code application/json} body.
   */
  public RequestBuilder form(String json) {
    if (!sendsBody()) {
      throw new IllegalStateException(
          "a form is sent as the body of a POST, PUT or PATCH hook, not of " + (hook ? method + " " : "a fetch ") + url);
    }
    this.form = CardTester.utf8(Objects.requireNonNull(json, "json"));
    return this;
  }

  /** Whether the request has a body: a POST, PUT or PATCH hook, the methods a form may use. */
  private boolean sendsBody() {
    return hook && ActionShapes.FORM_METHODS.contains(method.name());
  }

  /** A further request header. */
  public RequestBuilder header(String name, String value) {
    headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
    return this;
  }

  /**
   * Signed with only these versions, e.g. {@code signedWith(SignatureVersion.V2)} for v2 only,
   * which the card refuses unless its settings say {@code requireV3(false)}.
   */
  public RequestBuilder signedWith(SignatureVersion... versions) {
    if (versions.length == 0) {
      throw new IllegalArgumentException("no signature version: use unsigned() for none");
    }
    this.versions = versions.clone();
    return this;
  }

  /** Signed with another secret than the tester's: the card must answer 401. */
  public RequestBuilder signedWithSecret(String secret) {
    this.signingSecret = Objects.requireNonNull(secret, "secret");
    return this;
  }

  /** Signed at this time instead of the tester's clock: outside the v3 window, 401. */
  public RequestBuilder signedAt(Instant timestamp) {
    this.timestamp = Objects.requireNonNull(timestamp, "timestamp");
    return this;
  }

  /** Without any signature header: the card must answer 401. */
  public RequestBuilder unsigned() {
    this.signed = false;
    return this;
  }

  /**
   * Builds, signs and sends the request; the card's answer. For a TABLE card's data fetch whose
   * page comes back full while the card would offer the next, that next page is sent too, signed
   * the same way, and judged beside it, as {@code check} does: the handler is called twice.
   *
   * @throws IllegalStateException for a hook on a form's URL without {@link #form(String)}: the
   *     card UI always sends the form, and the server would only refuse the body
   */
  public CardTester.Answer send() {
    if (hook && form == null) {
      tester.definitions().form(method.name(), url).ifPresent(f -> {
        throw new IllegalStateException(
            method + " " + url + " submits form '" + f.id() + "' (inputs " + f.inputs() + "): send the form with"
                + " form(json), a JSON object keyed by input name, as crmcards' card UI does; tester.send(...) sends"
                + " any other body");
      });
    }
    Map<String, String> parameters = parameters();
    RawRequest request = request(parameters);
    if (hook) {
      return tester.send(request, false, url);
    }
    return tester.fetch(request, url, pageAsked(parameters));
  }

  /** The request with these parameters, carried and signed as the builder says. */
  private RawRequest request(Map<String, String> parameters) {
    String query = encode(parameters);
    boolean bodyCarries = sendsBody();
    byte[] body = new byte[0];
    Map<String, String> sent = new LinkedHashMap<>();
    String requestUrl = url + "?" + query;
    if (bodyCarries && form != null) {
      // The form, whatever converter(...) set: crmcards' card UI sends the form as the body.
      body = form;
      sent.put("Content-Type", "application/json");
    } else if (bodyCarries && bodyStyle == BodyStyle.FORM) {
      requestUrl = url;
      body = CardTester.utf8(query);
      sent.put("Content-Type", "application/x-www-form-urlencoded");
    } else if (bodyCarries) {
      body = json(parameters);
      sent.put("Content-Type", "application/json");
    }
    if (signed) {
      long millis = timestamp != null ? timestamp.toEpochMilli() : tester.clock().millis();
      String secret = signingSecret != null ? signingSecret : tester.clientSecret();
      sent.putAll(SignatureVerifier.signedHeaders(secret, method.name(), requestUrl, body, millis, versions));
    }
    sent.putAll(headers);
    return RawRequest.of(method.name(), requestUrl, sent, body);
  }

  /**
   * The page a TABLE card's data fetch asks for, as the card reads it: {@code page} and {@code
   * pageSize}, else page 1 of the card's own page size. Empty for another card, or for a page the
   * card refuses with 400: then there is no page to judge.
   */
  private Optional<PageAsked> pageAsked(Map<String, String> parameters) {
    return tester.definitions().tableView(url).flatMap(view -> {
      OptionalInt page = whole(parameters.get(CardViews.PAGE), 1);
      OptionalInt pageSize = whole(parameters.get(CardViews.PAGE_SIZE), view.pageSize());
      if (page.isEmpty() || pageSize.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new PageAsked(page.getAsInt(), pageSize.getAsInt(), other -> {
        Map<String, String> onPage = new LinkedHashMap<>(parameters);
        onPage.put(CardViews.PAGE, Integer.toString(other));
        return request(onPage);
      }));
    });
  }

  /** A parameter's whole number, {@code absent} when it is not sent; empty when it is no number. */
  private static OptionalInt whole(String value, int absent) {
    if (value == null) {
      return OptionalInt.of(absent);
    }
    try {
      return OptionalInt.of(Integer.parseInt(value));
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }

  private Map<String, String> parameters() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put(RequestParameterNames.USER_ID, Long.toString(userId));
    p.put(RequestParameterNames.USER_EMAIL, userEmail);
    p.put(RequestParameterNames.ASSOCIATED_OBJECT_ID, Long.toString(objectId));
    p.put(
        RequestParameterNames.ASSOCIATED_OBJECT_TYPE,
        objectType != null ? objectType : tester.definitions().defaultObjectType(url));
    p.put(RequestParameterNames.PORTAL_ID, Long.toString(portalId));
    p.putAll(properties);
    if (appId != null) {
      p.put(RequestParameterNames.APP_ID, Long.toString(appId));
    }
    return p;
  }

  /** {@code name=value&…}, percent-encoded as browsers and HubSpot do ({@code %40}, {@code %20}). */
  private static String encode(Map<String, String> parameters) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, String> e : parameters.entrySet()) {
      if (sb.length() > 0) {
        sb.append('&');
      }
      sb.append(component(e.getKey())).append('=').append(component(e.getValue()));
    }
    return sb.toString();
  }

  private static String component(String s) {
    return PercentEncoding.FORM_SPACE_AS_HEX.encode(s);
  }

  /** The converter's body: every parameter as a JSON string. */
  private static byte[] json(Map<String, String> parameters) {
    JsonOutput out = new JsonOutput(256);
    char separator = '{';
    for (Map.Entry<String, String> e : parameters.entrySet()) {
      out.raw(separator);
      out.string(e.getKey());
      out.raw(':');
      out.string(e.getValue());
      separator = ',';
    }
    out.raw('}'); // never empty: the five defaults are always there
    return out.toByteArray();
  }
}
