package dev.crmcards.servlet;

import dev.crmcards.ActionRequest;
import dev.crmcards.ActionResult;
import dev.crmcards.FetchRequest;
import dev.crmcards.HttpMethod;
import dev.crmcards.InvalidRequestException;
import dev.crmcards.signature.SignatureException;
import dev.crmcards.signature.SignatureVerifier;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Serves the signed requests HubSpot sends to a card: the data fetch and the action hooks of a
 * {@link CardRoutes}. Mount it at {@code /*} of any context.
 *
 * <h2>Request handling</h2>
 *
 * <ol>
 *   <li>The route is chosen by method and by the path of the {@linkplain #signedUrl signed URL},
 *       segment by segment on the raw path, each segment percent-decoded once: 404 if no route has
 *       the path, 405 with {@code Allow} if none has it for this method.
 *   <li>The body is read once, as raw bytes, up to {@link CardSettings#maxBodyBytes()}: 413 if the
 *       {@code Content-Length} or the bytes read exceed it.
 *   <li>The signature is verified over the method, the signed URL and those bytes, before anything
 *       parses them: 401 if missing or invalid (the reason is logged, not sent).
 *   <li>The {@link FetchRequest} or {@link ActionRequest} is read from the raw query and the same
 *       bytes: 400 naming the parameter if a default is missing or malformed. A path parameter of
 *       the wrong form also gives 400.
 *   <li>The route is called. A fetch answers 200 {@code application/json;charset=UTF-8} with the
 *       route's JSON; a hook answers {@code {"message": "..."}} with the {@link ActionResult}'s
 *       status. If the route throws, the answer is 500 with a fixed message; the exception is
 *       logged, never sent.
 * </ol>
 *
 * <p>Every error body is {@code {"message": "..."}}. Logging goes through {@link System.Logger}
 * (logger name {@code dev.crmcards.servlet.CardServlet}) and never includes secrets, signatures or
 * bodies.
 *
 * <h2>The signed URL and proxies</h2>
 *
 * HubSpot signs the URL it calls. By default the servlet takes that to be the container's {@code
 * getRequestURL()}, {@code ?} and the raw {@code getQueryString()}. Behind a proxy or load balancer
 * that terminates TLS or rewrites host or path, either
 *
 * <ul>
 *   <li>set {@link CardSettings.Builder#publicBaseUrl(String)} to the public scheme, host and
 *       prefix that correspond to this servlet's context, or
 *   <li>make the container itself proxy-aware, so that {@code getRequestURL()} is already the
 *       public URL: Jetty's {@code ForwardedRequestCustomizer} on the connector's {@code
 *       HttpConfiguration}, Tomcat's {@code RemoteIpValve} (with {@code protocolHeader} and {@code
 *       hostHeader}), or Spring Boot's {@code server.forward-headers-strategy=native}. Configure
 *       them to trust only your proxy's addresses.
 * </ul>
 *
 * <p>This class never reads {@code Forwarded} or {@code X-Forwarded-*} headers itself: a client
 * could set them.
 *
 * <p>Instances hold no mutable state and are safe for concurrent requests.
 */
public class CardServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private static final System.Logger LOG = System.getLogger(CardServlet.class.getName());

  /** The content type of every response. */
  static final String JSON = "application/json;charset=UTF-8";

  static final String NO_ROUTE = "no such route";
  static final String WRONG_METHOD = "method not allowed";
  static final String TOO_LARGE = "request body too large";
  static final String BAD_SIGNATURE = "missing or invalid signature";
  static final String FAILED = "internal error";

  private final transient RouteTable routes;
  private final transient CardSettings settings;
  private final transient SignatureVerifier verifier;

  /**
   * A servlet for one card.
   *
   * @param routes the card's routes, e.g. from a generated {@code routes(handler)}
   * @param settings the secret(s) and options
   */
  public CardServlet(CardRoutes routes, CardSettings settings) {
    this(new RouteTable(List.of(Objects.requireNonNull(routes, "routes"))), settings);
  }

  CardServlet(RouteTable routes, CardSettings settings) {
    this.routes = routes;
    this.settings = Objects.requireNonNull(settings, "settings");
    this.verifier = settings.signatureVerifier();
  }

  /** The settings this servlet uses. */
  public final CardSettings settings() {
    return settings;
  }

  @Override
  public String getServletInfo() {
    StringJoiner names = new StringJoiner(", ", "crmcards servlet for ", "");
    for (CardRoutes card : routes.cards()) {
      names.add(card.cardName());
    }
    return names.toString();
  }

  @Override
  protected final void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String method = request.getMethod();
    String url = signedUrl(request);
    RouteTable.Lookup lookup;
    try {
      lookup = routes.find(method, pathOf(url));
    } catch (InvalidRequestException e) {
      send(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
      return;
    }
    Route route = lookup.route;
    if (route == null) {
      if (lookup.allowed.isEmpty()) {
        LOG.log(Level.DEBUG, () -> "no route for " + method + " " + pathOf(url));
        send(response, HttpServletResponse.SC_NOT_FOUND, NO_ROUTE);
      } else {
        StringJoiner allow = new StringJoiner(", ");
        lookup.allowed.forEach(m -> allow.add(m.name()));
        response.setHeader("Allow", allow.toString());
        send(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, WRONG_METHOD);
      }
      return;
    }

    byte[] body = readBody(request);
    if (body == null) {
      LOG.log(Level.INFO, () -> describe(route) + ": body larger than "
          + settings.maxBodyBytes() + " bytes");
      send(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, TOO_LARGE);
      return;
    }

    try {
      verifier.verify(method, url, body, request::getHeader);
    } catch (SignatureException e) {
      LOG.log(Level.WARNING, () -> describe(route) + ": request rejected (" + e.reason() + "): "
          + e.getMessage());
      send(response, HttpServletResponse.SC_UNAUTHORIZED, BAD_SIGNATURE);
      return;
    }

    int status;
    byte[] content;
    try {
      if (route.fetch != null) {
        JsonBody json = route.fetch.handle(FetchRequest.parse(request.getQueryString()));
        if (json == null) {
          throw new IllegalStateException("the fetch route returned no JSON body");
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(2048);
        json.writeTo(buffer);
        status = HttpServletResponse.SC_OK;
        content = buffer.toByteArray();
      } else {
        ActionRequest action =
            ActionRequest.parse(
                HttpMethod.valueOf(method), request.getQueryString(), request.getContentType(),
                body);
        ActionResult result = route.hook.handle(action, lookup.parameters);
        if (result == null) {
          throw new IllegalStateException("the hook route returned no ActionResult");
        }
        status = result.status();
        content = JsonMessage.of(result.message());
      }
    } catch (InvalidRequestException e) {
      LOG.log(Level.INFO, () -> describe(route) + ": bad request: " + e.getMessage());
      send(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
      return;
    } catch (Exception e) {
      LOG.log(Level.ERROR, describe(route) + " failed", e);
      send(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, FAILED);
      return;
    } catch (Error e) {
      LOG.log(Level.ERROR, describe(route) + " failed", e);
      send(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, FAILED);
      response.flushBuffer();
      throw e;
    }
    write(response, status, content);
  }

  /**
   * The URL HubSpot signed, and whose path selects the route: by default {@code
   * getRequestURL()}, or the {@linkplain CardSettings#publicBaseUrl() public base URL} followed by
   * the path within the context; then {@code ?} and the raw query string, if there is one.
   *
   * <p>Override only to reconstruct the public URL in a way the container cannot; never from
   * request headers a client can set without a trusted proxy removing them.
   *
   * @param request the request
   * @return scheme, host, optional port, raw path and raw query
   */
  protected String signedUrl(HttpServletRequest request) {
    String query = request.getQueryString();
    String base =
        settings.publicBaseUrl().isPresent()
            ? settings.publicBaseUrl().get() + pathWithinContext(request)
            : request.getRequestURL().toString();
    return query == null ? base : base + "?" + query;
  }

  private static String pathWithinContext(HttpServletRequest request) {
    String uri = request.getRequestURI();
    String context = request.getContextPath();
    return uri.startsWith(context) ? uri.substring(context.length()) : uri;
  }

  /** The raw path of an absolute URL, {@code /} if it has none. */
  static String pathOf(String url) {
    int scheme = url.indexOf("://");
    int start = url.indexOf('/', scheme < 0 ? 0 : scheme + 3);
    if (start < 0) {
      return "/";
    }
    int end = url.length();
    int query = url.indexOf('?', start);
    if (query >= 0) {
      end = query;
    }
    int fragment = url.indexOf('#', start);
    if (fragment >= 0 && fragment < end) {
      end = fragment;
    }
    return url.substring(start, end);
  }

  /** The body, or {@code null} if it is larger than allowed. */
  private byte[] readBody(HttpServletRequest request) throws IOException {
    int max = settings.maxBodyBytes();
    if (request.getContentLengthLong() > max) {
      return null;
    }
    byte[] body = request.getInputStream().readNBytes(max + 1);
    return body.length > max ? null : body;
  }

  private static String describe(Route route) {
    return "card '" + route.card + "' " + route;
  }

  private static void send(HttpServletResponse response, int status, String message)
      throws IOException {
    write(response, status, JsonMessage.of(message));
  }

  private static void write(HttpServletResponse response, int status, byte[] content)
      throws IOException {
    response.setStatus(status);
    response.setContentType(JSON);
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(content.length);
    response.getOutputStream().write(content);
  }
}
