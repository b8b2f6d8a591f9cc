package dev.crmcards.servlet;

import dev.crmcards.ActionRequest;
import dev.crmcards.ActionResult;
import dev.crmcards.CardRequest;
import dev.crmcards.FetchRequest;
import dev.crmcards.HttpMethod;
import dev.crmcards.InvalidRequestException;
import dev.crmcards.signature.SignatureException;
import dev.crmcards.signature.SignatureVerifier;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.Arrays;
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
 *   <li>The route is called, under the {@linkplain CardSettings#handlerTimeout() deadline} (see
 *       below). A fetch answers 200 {@code application/json;charset=UTF-8} with the route's JSON; a
 *       hook answers {@code {"message": "..."}} with the {@link ActionResult}'s status. If the route
 *       throws, the answer is 500 with a fixed message; the exception is logged, never sent.
 * </ol>
 *
 * <p>Every error body is {@code {"message": "..."}}. Logging goes through {@link System.Logger}
 * (logger name {@code dev.crmcards.servlet.CardServlet}) and never includes secrets, signatures or
 * bodies.
 *
 * <h2>The handler deadline</h2>
 *
 * HubSpot waits five seconds for a card. So that a slow handler yields a clean answer rather than
 * HubSpot's timeout, handlers (the route, including writing its JSON) run on an executor under a
 * deadline, 4 seconds by default ({@link CardSettings.Builder#handlerTimeout(java.time.Duration)}):
 *
 * <ul>
 *   <li>Steps 1 to 4 run on the container's request thread, which then puts the request in
 *       asynchronous mode ({@code startAsync()}), arms the deadline, hands the handler to the
 *       executor and returns to the container at once.
 *   <li>Fast path: once a route's handler has answered quickly (under 10 ms) 16 times in a row,
 *       its calls run on the request thread itself, still in asynchronous mode under the same
 *       deadline, which saves the hand-over between threads (most of the deadline's cost). At most
 *       {@code max(2, 2 × processors)} calls per route run this way at once, so a handler that
 *       suddenly hangs holds only that many container threads, each until the deadline answers
 *       for it and interrupts it; a slow call or a missed deadline sends the route's calls back to
 *       the executor.
 *   <li>When the handler answers in time, its thread sends the answer and completes the request.
 *   <li>When the deadline passes first, the servlet's timer thread sends 503 {@code {"message":
 *       "the card did not answer in time"}}, completes the request and interrupts the handler's
 *       thread. Whatever the handler returns or throws afterwards is dropped and logged at debug
 *       level only: the response is never written twice.
 *   <li>When the executor refuses the work (the default pool has {@code max(16, 8 × processors)}
 *       threads and 1,000 places in its queue), the answer is 503 {@code {"message": "too many
 *       requests in progress"}} at once. A request whose deadline passes while it waits in the
 *       queue is answered 503 and its handler never called.
 * </ul>
 *
 * <p><b>Register the servlet async-supported</b> ({@code ServletHolder.setAsyncSupported(true)} on
 * Jetty, {@code Wrapper.setAsyncSupported(true)} on Tomcat, {@code asyncSupported = true} on
 * {@code @WebServlet}, {@code <async-supported>} in {@code web.xml}), and every filter in front of
 * it. If the container says a request cannot go asynchronous, the servlet does not fail: it still
 * runs the handler on the executor and still answers by the deadline, but the container's thread
 * waits for it in the meantime. That is logged once, at warning level. Whether a request may go
 * asynchronous is only known per request (a filter can forbid it), so this cannot be checked at
 * {@code init}.
 *
 * <p>{@code handlerTimeout(Duration.ZERO)} turns the deadline off: the handler then runs on the
 * request thread, as a plain synchronous servlet, for as long as it takes.
 *
 * <p>The servlet makes its own handler pool and timer thread on first use and stops them in
 * {@link #destroy()}.
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
 * <p>Instances are safe for concurrent requests; their only state is the handler pool.
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
  static final String TIMED_OUT = "the card did not answer in time";
  static final String BUSY = "too many requests in progress";

  private static final byte[] EMPTY = new byte[0];
  private static final byte[] TIMED_OUT_BODY = JsonMessage.of(TIMED_OUT);
  private static final byte[] BUSY_BODY = JsonMessage.of(BUSY);

  /**
   * Added to the handler deadline for the container's own async timeout, which only backs up the
   * servlet's timer.
   */
  static final long CONTAINER_TIMEOUT_MARGIN_MILLIS = 10_000;

  private final transient RouteTable routes;
  private final transient CardSettings settings;
  private final transient SignatureVerifier verifier;
  private final transient long timeoutMillis;
  private final transient Object poolLock = new Object();
  private transient volatile HandlerPool pool;
  private transient boolean destroyed;
  /** Benign race: at worst the warning is logged a few times. */
  private transient volatile boolean warnedNotAsync;

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
    this.timeoutMillis = settings.handlerTimeout().toMillis();
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
    // Every answer has these; set here, on the container's thread, so that a handler thread
    // answering later has less to do on the response (each call takes the container's lock).
    response.setContentType(JSON);
    response.setHeader("Cache-Control", "no-store");
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

    CardRequest cardRequest;
    try {
      cardRequest =
          route.fetch != null
              ? FetchRequest.parse(request.getQueryString())
              : ActionRequest.parse(
                  HttpMethod.valueOf(method), request.getQueryString(), request.getContentType(),
                  body);
    } catch (InvalidRequestException e) {
      LOG.log(Level.INFO, () -> describe(route) + ": bad request: " + e.getMessage());
      send(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
      return;
    }

    if (timeoutMillis == 0) {
      Outcome outcome = invoke(route, lookup.parameters, cardRequest, false);
      report(route, outcome);
      write(response, outcome);
      if (outcome.failure instanceof Error) {
        response.flushBuffer();
        throw (Error) outcome.failure;
      }
      return;
    }

    HandlerPool pool;
    try {
      pool = pool();
    } catch (IllegalStateException e) {
      logBusy(route);
      write(response, busy());
      return;
    }
    if (request.isAsyncSupported()) {
      HandlerCall call =
          new HandlerCall(this, route, lookup.parameters, cardRequest, response, timeoutMillis, false);
      if (route.mayRunInline()) {
        try {
          call.runInline(request, pool);
        } finally {
          route.inlineDone();
        }
      } else {
        call.startAsync(request, pool);
      }
    } else {
      if (!warnedNotAsync) {
        warnedNotAsync = true;
        LOG.log(Level.WARNING, () -> "the servlet for " + cardNames() + " is not async-supported"
            + " (or a filter in front of it is not): each request keeps a container thread"
            + " until its handler answers or the " + timeoutMillis + " ms deadline passes."
            + " Register the servlet and its filters with asyncSupported=true"
            + " (ServletHolder.setAsyncSupported(true), Wrapper.setAsyncSupported(true),"
            + " <async-supported>true</async-supported>)");
      }
      new HandlerCall(this, route, lookup.parameters, cardRequest, response, timeoutMillis, true)
          .runAndWait(pool.executor);
    }
  }

  /** The status and bytes to send, and what went wrong if the handler failed. */
  static final class Outcome {
    final int status;
    final byte[] content;
    final int length;
    /** The handler's exception; {@code null} if it answered. */
    final Throwable failure;

    Outcome(int status, byte[] content, int length, Throwable failure) {
      this.status = status;
      this.content = content;
      this.length = length;
      this.failure = failure;
    }

    Outcome(int status, byte[] content) {
      this(status, content, content.length, null);
    }
  }

  /**
   * Calls the route and turns what it returns or throws into the answer. Never throws.
   *
   * @param copy whether the answer must not use this thread's reusable buffer, because another
   *     thread sends it
   */
  Outcome invoke(Route route, PathParameters parameters, CardRequest request, boolean copy) {
    try {
      if (route.fetch != null) {
        JsonBody json = route.fetch.handle((FetchRequest) request);
        if (json == null) {
          throw new IllegalStateException("the fetch route returned no JSON body");
        }
        ResponseBuffer buffer = ResponseBuffer.forThisThread();
        json.writeTo(buffer);
        byte[] content = copy ? Arrays.copyOf(buffer.array(), buffer.size()) : buffer.array();
        return new Outcome(HttpServletResponse.SC_OK, content, buffer.size(), null);
      }
      ActionResult result = route.hook.handle((ActionRequest) request, parameters);
      if (result == null) {
        throw new IllegalStateException("the hook route returned no ActionResult");
      }
      return new Outcome(result.status(), JsonMessage.of(result.message()));
    } catch (InvalidRequestException e) {
      byte[] content = JsonMessage.of(e.getMessage());
      return new Outcome(HttpServletResponse.SC_BAD_REQUEST, content, content.length, e);
    } catch (Exception | Error e) {
      byte[] content = JsonMessage.of(FAILED);
      return new Outcome(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, content, content.length, e);
    }
  }

  /** Logs a failed handler call that is about to be answered. */
  void report(Route route, Outcome outcome) {
    Throwable failure = outcome.failure;
    if (failure == null) {
      return;
    }
    if (failure instanceof InvalidRequestException) {
      LOG.log(Level.INFO, () -> describe(route) + ": bad request: " + failure.getMessage());
    } else {
      LOG.log(Level.ERROR, describe(route) + " failed", failure);
    }
  }

  void logTimeout(Route route, long millis) {
    LOG.log(Level.WARNING, () -> describe(route) + ": no answer within " + millis
        + " ms; answered 503 and interrupted the handler");
  }

  void logBusy(Route route) {
    LOG.log(Level.WARNING, () -> describe(route) + ": no handler thread free; answered 503");
  }

  static Outcome timedOut() {
    return new Outcome(HttpServletResponse.SC_SERVICE_UNAVAILABLE, TIMED_OUT_BODY);
  }

  static Outcome busy() {
    return new Outcome(HttpServletResponse.SC_SERVICE_UNAVAILABLE, BUSY_BODY);
  }

  /** This servlet's handler threads, made on first use. */
  private HandlerPool pool() {
    HandlerPool current = pool;
    if (current == null) {
      synchronized (poolLock) {
        current = pool;
        if (current == null) {
          if (destroyed) {
            throw new IllegalStateException("the servlet has been destroyed");
          }
          current = new HandlerPool(settings);
          pool = current;
        }
      }
    }
    return current;
  }

  /**
   * Stops the handler threads this servlet made: handlers still running get until their deadline
   * to finish, then are interrupted. An executor from {@link CardSettings.Builder#handlerExecutor}
   * is left running.
   */
  @Override
  public void destroy() {
    HandlerPool current;
    synchronized (poolLock) {
      destroyed = true;
      current = pool;
      pool = null;
    }
    if (current != null) {
      current.shutdown(timeoutMillis);
    }
    super.destroy();
  }

  private String cardNames() {
    StringJoiner names = new StringJoiner(", ", "cards ", "");
    for (CardRoutes card : routes.cards()) {
      names.add(card.cardName());
    }
    return names.toString();
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
    String publicBase = settings.publicBaseUrl().orElse(null);
    if (publicBase != null) {
      String base = publicBase + pathWithinContext(request);
      return query == null ? base : base + "?" + query;
    }
    StringBuffer url = request.getRequestURL();
    return query == null ? url.toString() : url.append('?').append(query).toString();
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
    long length = request.getContentLengthLong();
    if (length > max) {
      return null;
    }
    if (length == 0 || (length < 0 && request.getHeader("Transfer-Encoding") == null)) {
      // No body (a data fetch): nothing to read, no buffer to allocate.
      return EMPTY;
    }
    if (length > 0) {
      byte[] body = new byte[(int) length];
      int read = request.getInputStream().readNBytes(body, 0, body.length);
      return read == body.length ? body : Arrays.copyOf(body, read);
    }
    byte[] body = request.getInputStream().readNBytes(max + 1);
    return body.length > max ? null : body;
  }

  static String describe(Route route) {
    return "card '" + route.card + "' " + route;
  }

  private static void send(HttpServletResponse response, int status, String message)
      throws IOException {
    write(response, new Outcome(status, JsonMessage.of(message)));
  }

  /** Sends an answer; the content type and cache header were set when the request came in. */
  static void write(HttpServletResponse response, Outcome outcome) throws IOException {
    if (outcome.status != HttpServletResponse.SC_OK) {
      response.setStatus(outcome.status);
    }
    response.setContentLength(outcome.length);
    response.getOutputStream().write(outcome.content, 0, outcome.length);
  }
}
