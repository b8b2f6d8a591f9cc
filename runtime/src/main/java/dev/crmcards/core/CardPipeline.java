package dev.crmcards.core;

import dev.crmcards.ActionRequest;
import dev.crmcards.CardRequest;
import dev.crmcards.FetchRequest;
import dev.crmcards.HttpMethod;
import dev.crmcards.InvalidRequestException;
import dev.crmcards.json.JsonOutput;
import dev.crmcards.signature.SignatureException;
import dev.crmcards.signature.SignatureException.Reason;
import dev.crmcards.signature.SignatureVerifier;
import dev.crmcards.signature.SignatureVersion;
import dev.crmcards.signature.VerifiedSignature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Serves the signed requests HubSpot sends to cards, on neutral types: the whole pipeline from a
 * {@link RawRequest} to an {@link Answer}, for any server. The servlet ({@code
 * dev.crmcards.servlet.CardServlet}) is one adapter onto it; a test can call it directly:
 *
 * <pre>{@code
 * CardPipeline cards = CardPipeline.create(settings, InvoiceCrmCard.routes(handler));
 * Answer answer = cards.handle(RawRequest.of("GET", signedUrl, signedHeaders, new byte[0]));
 * }</pre>
 *
 * <h2>The pipeline</h2>
 *
 * <ol>
 *   <li><b>Route.</b> The route is looked up by method and path, but nothing of it is revealed
 *       yet.
 *   <li><b>Any signature at all.</b> A request without a signature header is not HubSpot's: 401
 *       before its body is read (the body is discarded as an oversized one is).
 *   <li><b>Size limit.</b> The body is read once, as raw bytes, up to {@link
 *       PipelineSettings#maxBodyBytes()}: 413 beyond.
 *   <li><b>Signed URL.</b> The URL HubSpot signed is the origin the card declares for the route
 *       (its {@code targetUrl}, the action's {@code uri}) with the request's raw path and query; or,
 *       with a {@linkplain PipelineSettings#publicBaseUrl() public base URL}, that base, the path below
 *       the {@linkplain RawRequest#contextPath() mount point} and the query. A route given as a
 *       bare path is verified against the URL the request arrived at. With {@linkplain
 *       PipelineSettings#acceptLocalProxy() local proxy signatures} accepted, a signature made for
 *       the URL the request arrived at (for v3 also over that URL exactly as sent) is accepted as
 *       well.
 *   <li><b>Signature.</b> Verified over the method, that URL and the raw body bytes, before anything
 *       parses them: 401 if missing or invalid, whatever the path and method. Only a signed request
 *       learns that there is no such route (404) or that its method is wrong (405 with {@code
 *       Allow}); such a request is verified against each origin the cards declare.
 *   <li><b>Guard.</b> The {@link HandlerGuard} (none by default) may answer in the handler's place.
 *   <li><b>Parsing.</b> The {@link FetchRequest} or {@link ActionRequest} from the raw query and the
 *       same bytes: 400 naming the parameter if a default is missing or malformed. A form's body
 *       is the form: it must be {@code application/json} (400 otherwise), and its route reads it
 *       (400 with field errors when a value breaks its input's rules); the request's parameters
 *       come from the query alone.
 *   <li><b>Handler under its deadline.</b> A fetch answers 200 with the route's JSON; a hook
 *       {@code {"message": "..."}} with its {@link dev.crmcards.ActionResult}'s status; a handler
 *       that throws gives 500 with a fixed message (the exception is logged, never sent); an
 *       {@link InvalidRequestException} gives 400 with its message.
 * </ol>
 *
 * <p>Every answer is JSON; every error {@code {"message": "..."}}. Logging goes through {@link
 * System.Logger} and never includes secrets, signatures or bodies. The {@link RequestObserver}
 * hears of every request and every signature failure.
 *
 * <h2>The handler deadline</h2>
 *
 * HubSpot waits five seconds for a card. A handler still running at the {@linkplain
 * PipelineSettings#handlerTimeout() deadline} (4 s by default) is interrupted and its request
 * answered 503 {@code {"message": "the card did not answer in time"}} in time; whatever it returns
 * or throws later is not sent (logged at debug level only; the {@link HandlerGuard} learns it), and
 * nothing is sent twice.
 *
 * <ul>
 *   <li>Common path: a route whose handler has answered quickly (within a quarter of the
 *       deadline) 16 times in a row runs on the calling thread. One watch thread per pipeline
 *       checks the running calls every twentieth of the deadline (at most 50 ms) and, for one past
 *       its deadline, sends the 503 through the {@link Responder} from its own thread. About
 *       {@code max(16, 8 × processors)} calls per route at most run this way at once (the watch
 *       counts them on each look), and four times that over all routes (a power of two), so a
 *       handler that suddenly hangs holds only that many request threads. The deadline counts
 *       from the request's start.
 *   <li>A route that has been slow (or is new) runs on the handler executor: detached, if the
 *       adapter {@linkplain Responder#detach agrees}, so that the request thread is free at once;
 *       otherwise with the calling thread waiting until the answer or the deadline, whichever
 *       comes first.
 *   <li>When the executor refuses the work (the default pool has {@code max(16, 8 × processors)}
 *       threads and 1,000 places in its queue), the answer is 503 {@code {"message": "too many
 *       requests in progress"}} at once.
 * </ul>
 *
 * <p>{@code handlerTimeout(Duration.ZERO)} turns the deadline off: handlers run on the calling
 * thread for as long as they take.
 *
 * <p>Safe for concurrent requests. {@link #close()} stops the threads the pipeline made.
 */
public final class CardPipeline implements AutoCloseable {

  /** At most one warning this often for requests refused for the same reason. */
  static final long REJECTION_WARNING_NANOS = TimeUnit.MINUTES.toNanos(1);

  /** Said once per pipeline: the replay store's guarantee has a gap while v2 alone verifies. */
  static final String REPLAY_STORE_WITHOUT_V3 =
      "a replay store is set, but requests signed v2 only are accepted: a copy of a hook request"
          + " with its v3 headers taken off verifies as v2, without a timestamp and under a replay"
          + " key of its own. HubSpot signs both ways; leave requireV3 at its default, true"
          + " (crmcards.require-v3).";

  private final RouteTable routes;
  private final PipelineSettings settings;
  private final SignatureVerifier verifier;
  private final boolean acceptLocalProxy;
  private final RequestObserver observer;
  private final HandlerGuard guard;
  private final long timeoutMillis;
  private final long timeoutNanos;
  private final String publicBase;
  /** The path of {@link #publicBase}, from its first '/'; "" if it has none. */
  private final String publicBasePath;
  private final System.Logger log;

  /** When the next request refused for each reason (by ordinal) may be a warning again. */
  private final AtomicLongArray nextRejectionWarning = nextRejectionWarnings();

  private final Object lock = new Object();
  private volatile DeadlineWatch watch;
  private volatile HandlerThreads threads;
  private boolean closed;

  private CardPipeline(RouteTable routes, PipelineSettings settings, String loggerName) {
    this.routes = routes;
    this.settings = Objects.requireNonNull(settings, "settings");
    this.verifier = settings.signatureVerifier();
    this.acceptLocalProxy = settings.acceptLocalProxy();
    this.observer = settings.observer();
    this.guard = settings.handlerGuard();
    this.timeoutMillis = settings.handlerTimeout().toMillis();
    this.timeoutNanos = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    this.publicBase = settings.publicBaseUrl().orElse(null);
    // A base without a path ("https://cards.example.com") adds nothing before the request's path.
    this.publicBasePath = publicBase == null || pathOf(publicBase).equals("/")
        ? "" : pathOf(publicBase);
    this.log = System.getLogger(Objects.requireNonNull(loggerName, "loggerName"));
    if (settings.replayStore().isPresent() && !settings.requireV3()) {
      log.log(Level.WARNING, REPLAY_STORE_WITHOUT_V3);
    }
  }

  /**
   * A pipeline for one or more cards.
   *
   * @throws IllegalArgumentException if there is no card, two cards have the same name, or two
   *     cards have routes that answer the same requests (the message names both cards)
   */
  public static CardPipeline create(PipelineSettings settings, Collection<CardRoutes> cards) {
    return create(settings, cards, CardPipeline.class.getName());
  }

  /** Like {@link #create(PipelineSettings, Collection)}. */
  public static CardPipeline create(PipelineSettings settings, CardRoutes... cards) {
    return create(settings, Arrays.asList(cards));
  }

  /**
   * Like {@link #create(PipelineSettings, Collection)}, logging under the given {@link System.Logger}
   * name: an adapter can keep its users' logs where they were.
   */
  public static CardPipeline create(
      PipelineSettings settings, Collection<CardRoutes> cards, String loggerName) {
    return new CardPipeline(new RouteTable(cards), settings, loggerName);
  }

  /** The settings. */
  public PipelineSettings settings() {
    return settings;
  }

  /** The cards served, in the order given. */
  public List<CardRoutes> cards() {
    return routes.cards();
  }

  /**
   * Runs one request through the pipeline and returns its answer: the one obvious call for tests
   * and simple adapters. When the handler misses its deadline, the answer is the 503, returned
   * once the interrupted handler has returned.
   *
   * <p>A fetch answer's body may lie in this thread's JSON writer ({@link
   * JsonOutput#forThisThread()}): use it before this thread handles another request or uses that
   * writer, or keep {@link Answer#copy()}.
   *
   * @throws UncheckedIOException if the request's body cannot be read
   */
  public Answer handle(RawRequest request) {
    Collector collector = new Collector();
    try {
      handle(request, collector);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return collector.answer;
  }

  /**
   * Runs one request through the pipeline, sending its answer to {@code responder} (see there for
   * which thread sends it when). Returns when the answer has been sent, or once the request is
   * {@linkplain Responder#detach detached}.
   *
   * @throws IOException if the body cannot be read (nothing has been sent then)
   */
  public void handle(RawRequest request, Responder responder) throws IOException {
    Exchange exchange = new Exchange(this, responder, System.nanoTime());
    String method = request.method();
    Target target = new Target(request);
    RouteTable.Lookup lookup;
    try {
      lookup = routes.find(method, target.routingPath);
    } catch (InvalidRequestException e) {
      lookup = null;
    }
    Route route = lookup == null ? null : lookup.route;
    Optional<Reason> refusal = verifier.refusalOnHeaders(request.headers());
    if (refusal.isPresent()) {
      exchange.route = route;
      request.body().discard();
      reject(exchange, refusal.get(), route, request, SignatureVerifier.refusalMessage(refusal.get()));
      return;
    }
    byte[] body = request.body().read(settings.maxBodyBytes());
    exchange.body = body;
    if (body == null) {
      log.log(Level.INFO, () -> request + ": body larger than " + settings.maxBodyBytes()
          + " bytes");
      finish(exchange, Answers.TOO_LARGE_RESULT);
      return;
    }
    if (route != null) {
      exchange.route = route;
    }

    VerifiedSignature signature;
    try {
      signature = verify(method, target, route, body, request);
    } catch (SignatureException e) {
      reject(exchange, e.reason(), route, request, e.getMessage());
      return;
    }

    if (route == null) {
      if (lookup == null) {
        finish(exchange, Answers.badRequest("malformed percent-encoding in the path", null));
      } else if (lookup.allowed.isEmpty()) {
        log.log(Level.DEBUG, () -> "no route for " + request);
        finish(exchange, Answers.NOT_FOUND_RESULT);
      } else {
        finish(exchange, Answers.wrongMethod(lookup.allowed));
      }
      return;
    }

    if (guard != HandlerGuard.NONE && !admit(exchange, route, method, target.verifiedUrl, body,
        signature, request)) {
      return;
    }

    CardRequest cardRequest;
    try {
      if (route.fetch != null) {
        cardRequest = FetchRequest.parse(target.query, route.table);
      } else if (route.form != null) {
        // The body is the form, read by the route; the usual parameters come in the query.
        FormBodies.checkContentType(request.header("Content-Type"));
        cardRequest = ActionRequest.parse(HttpMethod.valueOf(method), target.query, null, null);
      } else {
        cardRequest = ActionRequest.parse(
            HttpMethod.valueOf(method), target.query, request.header("Content-Type"), body);
      }
    } catch (InvalidRequestException e) {
      finish(exchange, Answers.badRequest(e.getMessage(), e));
      return;
    }
    dispatch(exchange, route, lookup.parameters, cardRequest);
  }

  /**
   * Answers 401 to a request whose signature is missing or wrong, and says why in the log, naming
   * its route if it has one (described only if the line is written).
   */
  private void reject(Exchange exchange, Reason reason, Route route, RawRequest request, String why)
      throws IOException {
    safely(() -> observer.signatureRejected(reason));
    log.log(rejectionLevel(reason, exchange.startNanos),
        () -> (route == null ? request.toString() : describe(route)) + ": request rejected (" + reason + "): " + why);
    finish(exchange, Answers.UNAUTHORIZED_RESULT);
  }

  /**
   * The first request in a minute refused for a reason is a warning: a secret or clock to fix, a
   * local proxy started without its secret, or someone tampering. The others of that minute go to
   * debug level, so that anyone sending requests cannot fill the log; the observer counts them all.
   */
  private Level rejectionLevel(Reason reason, long nowNanos) {
    int i = reason.ordinal();
    long next = nextRejectionWarning.get(i);
    if (nowNanos - next >= 0 && nextRejectionWarning.compareAndSet(i, next, nowNanos + REJECTION_WARNING_NANOS)) {
      return Level.WARNING;
    }
    return Level.DEBUG;
  }

  private static AtomicLongArray nextRejectionWarnings() {
    AtomicLongArray next = new AtomicLongArray(Reason.values().length);
    long now = System.nanoTime();
    for (int i = 0; i < next.length(); i++) {
      next.set(i, now);
    }
    return next;
  }

  /** Runs the route's handler, under the deadline if there is one. */
  private void dispatch(
      Exchange exchange, Route route, PathParameters parameters, CardRequest request) {
    if (timeoutMillis == 0) {
      Result result = route.call(parameters, request, exchange.body, false);
      finish(exchange, result);
      if (result.failure instanceof Error) {
        throw (Error) result.failure;
      }
      return;
    }
    DeadlineWatch watch;
    HandlerThreads pool;
    try {
      watch = watch();
      // The deadline counts from the request's start, as HubSpot's own wait does.
      HandlerCall call =
          new HandlerCall(route, parameters, request, exchange, exchange.startNanos + timeoutNanos);
      if (route.placement.mayRunInline() && call.tryRunHere(watch)) {
        return;
      }
      pool = threads();
      if (exchange.responder.detach(() -> call.abandon(watch))) {
        call.detach(watch, pool);
      } else {
        call.runAndWait(pool);
      }
    } catch (IllegalStateException e) {
      // closed
      ended(exchange, Exchange.End.BUSY, null);
    }
  }

  /** Asks the guard; returns whether the handler is to run. */
  private boolean admit(
      Exchange exchange,
      Route route,
      String method,
      String signedUrl,
      byte[] body,
      VerifiedSignature signature,
      RawRequest request) {
    String value =
        request.header(
            signature.version() == SignatureVersion.V3
                ? SignatureVerifier.SIGNATURE_V3_HEADER
                : SignatureVerifier.SIGNATURE_HEADER);
    HandlerGuard.Admission admission;
    try {
      admission =
          guard.admit(new VerifiedCall(route.card, route.name, route.isHook(), method, signedUrl,
              body, signature, value == null ? "" : value.strip()));
      Objects.requireNonNull(admission, "the handler guard returned no admission");
    } catch (Exception e) {
      finish(exchange, Answers.failed(e));
      return false;
    }
    if (admission.answer != null) {
      finish(exchange, new Result(admission.answer, RequestOutcome.GUARDED));
      return false;
    }
    exchange.outcome = admission.outcome;
    return true;
  }

  /**
   * Verifies the request's signature against the URL HubSpot signed for it, and, with local proxy
   * signatures accepted, against the URL it arrived at; keeps the URL that verified in {@code
   * target}.
   *
   * @throws SignatureException the failure against the URL HubSpot signed
   */
  private VerifiedSignature verify(
      String method, Target target, Route route, byte[] body, RawRequest request)
      throws SignatureException {
    try {
      if (route != null || publicBase != null) {
        String url = target.signedUrl(route);
        VerifiedSignature signature = verifier.verify(method, url, body, request.headers());
        target.verifiedUrl = url;
        return signature;
      }
      return verifyAgainstEveryOrigin(method, target, body, request);
    } catch (SignatureException e) {
      // Only a signature that matches no secret may have been made for another URL: a stale or
      // malformed one is refused as it is.
      if (!acceptLocalProxy || e.reason() != Reason.MISMATCH) {
        throw e;
      }
      String arrived = target.url();
      VerifiedSignature local = verifyLocal(method, arrived, body, request);
      if (local == null) {
        throw e;
      }
      target.verifiedUrl = arrived;
      return local;
    }
  }

  /**
   * The signature as HubSpot's local development proxy makes it, for the URL the request arrived
   * at; {@code null} if it is not one.
   */
  private VerifiedSignature verifyLocal(
      String method, String arrived, byte[] body, RawRequest request) {
    try {
      return verifier.verify(method, arrived, body, request.headers());
    } catch (SignatureException e) {
      // then as sent
    }
    if (arrived.indexOf('%') < 0 || request.header(SignatureVerifier.SIGNATURE_V3_HEADER) == null) {
      return null; // nothing that v3 decodes: it would be the same check again
    }
    try {
      return verifier.verifyAsSent(method, arrived, body, request.headers());
    } catch (SignatureException e) {
      return null;
    }
  }

  /** For a request that matched no route: signed for any of the cards' origins? */
  private VerifiedSignature verifyAgainstEveryOrigin(
      String method, Target target, byte[] body, RawRequest request) throws SignatureException {
    List<String> urls = new ArrayList<>(routes.origins().size() + 1);
    for (String origin : routes.origins()) {
      urls.add(target.at(origin));
    }
    if (routes.anyBarePath()) {
      urls.add(target.url());
    }
    SignatureException last = null;
    for (String url : urls) {
      try {
        VerifiedSignature signature = verifier.verify(method, url, body, request.headers());
        target.verifiedUrl = url;
        return signature;
      } catch (SignatureException e) {
        last = e;
      }
    }
    throw last;
  }

  /** How a handler call ended, from wherever it ran: see {@link Exchange.End}. */
  void ended(Exchange exchange, Exchange.End end, Result result) {
    Route route = exchange.route;
    switch (end) {
      case ANSWERED:
        finish(exchange, result);
        break;
      case TIMED_OUT:
        log.log(Level.WARNING, () -> describe(route) + ": no answer within " + timeoutMillis
            + " ms; answered 503 and interrupted the handler");
        // The handler runs on: its own answer, or that it never ran, comes to the guard later.
        send(exchange, Answers.TIMED_OUT_RESULT);
        break;
      case BUSY:
        log.log(Level.WARNING, () -> describe(route) + ": no handler thread free; answered 503");
        send(exchange, Answers.BUSY_RESULT);
        unanswered(exchange);
        break;
      case LATE:
        log.log(Level.DEBUG, () -> describe(route) + ": answer after the deadline dropped"
            + (result.failure == null ? "" : " (it failed: " + result.failure + ")"));
        HandlerGuard.Outcome outcome = exchange.outcome;
        if (outcome != null) {
          safely(() -> outcome.answered(result.answer));
        }
        break;
      case NOT_RUN:
        unanswered(exchange);
        break;
      case ABANDONED:
        log.log(Level.DEBUG, () -> describe(route) + ": request ended by the client or container");
        break;
      default:
        throw new AssertionError(end);
    }
  }

  private void unanswered(Exchange exchange) {
    HandlerGuard.Outcome outcome = exchange.outcome;
    if (outcome != null) {
      safely(outcome::unanswered);
    }
  }


  /** Sends the request's own answer: logs a failure, tells the guard, sends, tells the observer. */
  private void finish(Exchange exchange, Result result) {
    Route route = exchange.route;
    Throwable failure = result.failure;
    if (failure != null && route != null) {
      if (failure instanceof InvalidRequestException) {
        log.log(Level.INFO, () -> describe(route) + ": bad request: " + failure.getMessage());
      } else {
        log.log(Level.ERROR, describe(route) + " failed", failure);
      }
    }
    HandlerGuard.Outcome outcome = exchange.outcome;
    if (outcome != null) {
      // Before sending, so that a copy sent as soon as the answer arrives finds it kept.
      safely(() -> outcome.answered(result.answer));
    }
    send(exchange, result);
  }

  /** Sends an answer and tells the observer. */
  private void send(Exchange exchange, Result result) {
    Route route = exchange.route;
    try {
      exchange.responder.send(result.answer);
    } catch (IOException | RuntimeException e) {
      log.log(Level.DEBUG, () -> (route == null ? "request" : describe(route))
          + ": could not send the answer: " + e);
    }
    if (observer == RequestObserver.NONE) {
      return; // nobody to tell; spares a clock read
    }
    long nanos = System.nanoTime() - exchange.startNanos;
    String card = route == null ? RequestObserver.UNMATCHED : route.card;
    String name = route == null ? RequestObserver.UNMATCHED : route.name;
    safely(() -> observer.requestHandled(card, name, result.outcome, nanos));
  }

  private void safely(Runnable hook) {
    try {
      hook.run();
    } catch (RuntimeException e) {
      log.log(Level.WARNING, "a request observer or guard failed", e);
    }
  }

  static String describe(Route route) {
    return "card '" + route.card + "' " + route;
  }

  private DeadlineWatch watch() {
    DeadlineWatch current = watch;
    if (current == null) {
      synchronized (lock) {
        current = watch;
        if (current == null) {
          checkOpen();
          current = new DeadlineWatch(DeadlineWatch.tickFor(timeoutMillis));
          watch = current;
        }
      }
    }
    return current;
  }

  private HandlerThreads threads() {
    HandlerThreads current = threads;
    if (current == null) {
      synchronized (lock) {
        current = threads;
        if (current == null) {
          checkOpen();
          current = new HandlerThreads(settings.handlerExecutor().orElse(null));
          threads = current;
        }
      }
    }
    return current;
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("the card pipeline has been closed");
    }
  }

  /**
   * Stops the threads the pipeline made: handlers still running get until their deadline to
   * finish, then are interrupted. An executor from {@link
   * PipelineSettings.Builder#handlerExecutor(java.util.concurrent.Executor)} is left running. Requests
   * after this are answered 503.
   */
  @Override
  public void close() {
    HandlerThreads pool;
    DeadlineWatch deadlines;
    synchronized (lock) {
      closed = true;
      pool = threads;
      deadlines = watch;
      threads = null;
      watch = null;
    }
    if (pool != null) {
      pool.shutdown(timeoutMillis);
    }
    if (deadlines != null) {
      deadlines.stop(timeoutMillis + 1000);
    }
  }

  /** The raw path of an absolute URL, without query or fragment; {@code /} if it has none. */
  static String pathOf(String url) {
    return RawRequest.of("GET", url, name -> null, RawRequest.Body.EMPTY).path();
  }

  /** Where a request was sent, and what URL was signed for it. */
  private final class Target {
    private final RawRequest request;
    /** The raw path as received, from the first '/'. */
    private final String path;
    /** The raw query, {@code null} if none. */
    final String query;
    /** The path routes are matched against. */
    final String routingPath;
    /** The path below the mount point, with the query: what follows a public base URL. */
    private final String belowMount;
    /** The URL the signature was verified against, once it was. */
    String verifiedUrl;

    Target(RawRequest request) {
      this.request = request;
      path = request.path();
      query = request.query();
      if (publicBase == null) {
        routingPath = path;
        belowMount = null;
      } else {
        String context = request.contextPath();
        String within = path.startsWith(context) ? path.substring(context.length()) : path;
        belowMount = within + (query == null ? "" : "?" + query);
        String routed = publicBasePath + within;
        routingPath = routed.isEmpty() ? "/" : routed;
      }
    }

    /** The URL the request arrived at. */
    String url() {
      return request.url();
    }

    /** The URL HubSpot signed for a request on {@code route} ({@code null}: any route). */
    String signedUrl(Route route) {
      if (publicBase != null) {
        return publicBase + belowMount;
      }
      return route.origin == null ? url() : at(route.origin);
    }

    /** This request's raw path and query at {@code origin}, in one concatenation. */
    String at(String origin) {
      return query == null ? origin + path : origin + path + '?' + query;
    }
  }

  /** The answer of a synchronous {@link #handle(RawRequest)}. */
  private static final class Collector implements Responder {
    volatile Answer answer;

    @Override
    public void send(Answer answer) {
      this.answer = answer;
    }
  }
}
