package dev.crmcards.core;

import dev.crmcards.replay.ReplayStore;
import dev.crmcards.rules.Limits;
import dev.crmcards.signature.SignatureVerifier;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * How a {@link CardPipeline} checks and reads requests: the app's client secret(s), the URLs a
 * signature may be made for, the accepted signature versions, the v3 timestamp tolerance and
 * clock, the body size limit, the deadline and executor of the card's handlers, and what observes
 * and guards them. Immutable; {@link #toString()} never shows secrets.
 *
 * <p>The options are written once, here, for every adapter; an adapter's own settings extend this
 * class and its {@link Builder} (the servlet's {@code CardSettings} does), so that its users set
 * them on a builder of its own type.
 */
public abstract class PipelineSettings {

  /** The client secret(s) of the HubSpot app, separated by commas while rotating. */
  public static final String CLIENT_SECRET_VARIABLE = "HUBSPOT_CLIENT_SECRET";

  /** The optional public base URL, see {@link Builder#publicBaseUrl(String)}. */
  public static final String PUBLIC_BASE_URL_VARIABLE = "PUBLIC_BASE_URL";

  /** The default body size limit: 1 MiB, the most hubspot.fetch carries. */
  public static final int DEFAULT_MAX_BODY_BYTES = Limits.FETCH_BODY_BYTES;

  /** The largest body size limit that can be set: 1 GiB. */
  public static final int LARGEST_MAX_BODY_BYTES = 1 << 30;

  /**
   * The default handler deadline in seconds: 4, below the five seconds after which HubSpot gives up
   * on a data fetch, so that the card gets the pipeline's answer rather than HubSpot's timeout.
   */
  public static final int DEFAULT_HANDLER_TIMEOUT_SECONDS = 4;

  /** {@value #DEFAULT_HANDLER_TIMEOUT_SECONDS} seconds: the default handler deadline. */
  public static final Duration DEFAULT_HANDLER_TIMEOUT =
      Duration.ofSeconds(DEFAULT_HANDLER_TIMEOUT_SECONDS);

  /** The longest handler deadline accepted. */
  static final Duration MAX_HANDLER_TIMEOUT = Duration.ofHours(1);

  private final SignatureVerifier verifier;
  private final String publicBaseUrl;
  private final boolean acceptLocalProxy;
  private final int maxBodyBytes;
  private final Duration handlerTimeout;
  private final Executor handlerExecutor;
  private final RequestObserver observer;
  private final HandlerGuard handlerGuard;
  private final ReplayStore replayStore;

  protected PipelineSettings(Builder<?> builder) {
    if (!builder.hasSecret) {
      throw new IllegalStateException(
          "no client secret: set the HubSpot app's client secret with clientSecret(...), or the "
              + CLIENT_SECRET_VARIABLE + " environment variable with fromEnvironment()");
    }
    this.verifier = builder.signatures.build();
    this.publicBaseUrl = builder.publicBaseUrl;
    this.acceptLocalProxy = builder.acceptLocalProxy;
    this.maxBodyBytes = builder.maxBodyBytes;
    this.handlerTimeout = builder.handlerTimeout;
    this.handlerExecutor = builder.handlerExecutor;
    this.observer = builder.observer;
    if (builder.replayStore != null && builder.handlerGuard != HandlerGuard.NONE) {
      throw new IllegalStateException(
          "both replayStore(...) and handlerGuard(...) are set: the replay store is a handler"
              + " guard of its own; set one of them");
    }
    this.replayStore = builder.replayStore;
    this.handlerGuard = builder.replayStore == null
        ? builder.handlerGuard
        : new ReplayGuard(builder.replayStore, verifier.tolerance(), verifier.clock());
  }

  /** The verifier these settings configure. */
  public SignatureVerifier signatureVerifier() {
    return verifier;
  }

  /** The public base URL, without trailing slash, if configured. */
  public Optional<String> publicBaseUrl() {
    return Optional.ofNullable(publicBaseUrl);
  }

  /**
   * Whether a signature made for the URL as the request arrived is also accepted, as HubSpot's
   * local development proxy makes it; see {@link Builder#acceptLocalProxy(boolean)}.
   */
  public boolean acceptLocalProxy() {
    return acceptLocalProxy;
  }

  /** The largest accepted request body, in bytes. */
  public int maxBodyBytes() {
    return maxBodyBytes;
  }

  /**
   * How long a handler may take before the pipeline answers 503 in its place; {@link
   * Duration#ZERO} if handlers run on the request thread without a deadline.
   */
  public Duration handlerTimeout() {
    return handlerTimeout;
  }

  /**
   * The executor handlers run on, if one was configured; otherwise each pipeline makes its own
   * bounded pool (see {@link Builder#handlerExecutor(Executor)}).
   */
  public Optional<Executor> handlerExecutor() {
    return Optional.ofNullable(handlerExecutor);
  }

  /** What hears of every request and signature failure; {@link RequestObserver#NONE} by default. */
  public RequestObserver observer() {
    return observer;
  }

  /** The step between verification and the handler; {@link HandlerGuard#NONE} by default. */
  public HandlerGuard handlerGuard() {
    return handlerGuard;
  }

  /** Where handled action hooks are remembered, if anywhere. */
  public Optional<ReplayStore> replayStore() {
    return Optional.ofNullable(replayStore);
  }

  /** Whether v1 signatures are accepted. */
  public boolean acceptV1() {
    return verifier.acceptsV1();
  }

  /** Whether only v3 signatures are accepted. */
  public boolean requireV3() {
    return verifier.requiresV3();
  }

  /** How far a v3 timestamp may be from the clock, either way. */
  public Duration timestampTolerance() {
    return verifier.tolerance();
  }

  /** The clock v3 timestamps are checked against. */
  public Clock clock() {
    return verifier.clock();
  }

  /** The configuration, with secrets only counted. */
  @Override
  public String toString() {
    return getClass().getSimpleName() + "[secrets=" + verifier.secretCount()
        + ", publicBaseUrl=" + publicBaseUrl
        + ", acceptLocalProxy=" + acceptLocalProxy
        + ", acceptV1=" + acceptV1()
        + ", requireV3=" + requireV3()
        + ", timestampTolerance=" + timestampTolerance()
        + ", maxBodyBytes=" + maxBodyBytes
        + ", handlerTimeout=" + handlerTimeout
        + ", handlerExecutor=" + (handlerExecutor == null ? "default" : "custom")
        + ", observer=" + (observer == RequestObserver.NONE ? "none" : "custom")
        + ", handlerGuard=" + (handlerGuard == HandlerGuard.NONE ? "none" : "custom")
        + ", replayStore=" + (replayStore == null ? "none" : replayStore) + "]";
  }

  /**
   * The options, for the builder of an adapter's settings: each returns that builder ({@code B}),
   * so that calls chain on it. Not thread-safe.
   *
   * @param <B> the adapter's builder
   */
  public abstract static class Builder<B extends Builder<B>> {
    /** The signature options are the verifier's own; its builder checks them. */
    private final SignatureVerifier.Builder signatures = SignatureVerifier.builder();
    private boolean hasSecret;
    private String publicBaseUrl;
    private boolean acceptLocalProxy;
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private Duration handlerTimeout = DEFAULT_HANDLER_TIMEOUT;
    private Executor handlerExecutor;
    private RequestObserver observer = RequestObserver.NONE;
    private HandlerGuard handlerGuard = HandlerGuard.NONE;
    private ReplayStore replayStore;

    protected Builder() {}

    /** This builder, as its own type. */
    protected abstract B self();

    /** The settings. */
    public abstract PipelineSettings build();

    /** The HubSpot app's client secret (the app's Auth settings). Replaces earlier secrets. */
    public B clientSecret(String secret) {
      return clientSecrets(Objects.requireNonNull(secret, "secret"));
    }

    /**
     * Several client secrets, any of which may sign a request: the old and the new one while
     * rotating. Replaces earlier secrets.
     *
     * @throws IllegalArgumentException if a secret is blank or has surrounding whitespace
     */
    public B clientSecrets(String... secrets) {
      signatures.secrets(secrets);
      hasSecret = secrets.length > 0;
      return self();
    }

    /**
     * Takes the options the environment sets: {@value #CLIENT_SECRET_VARIABLE} (required; several
     * secrets separated by commas while rotating) and {@value #PUBLIC_BASE_URL_VARIABLE}
     * (optional).
     *
     * @param environment looks up a variable, {@code null} when unset ({@code System::getenv})
     * @throws IllegalStateException if {@value #CLIENT_SECRET_VARIABLE} is not set
     * @throws IllegalArgumentException if a value is invalid
     */
    public B environment(Function<String, String> environment) {
      String secrets = environment.apply(CLIENT_SECRET_VARIABLE);
      List<String> list = new ArrayList<>();
      if (secrets != null) {
        for (String secret : secrets.split(",")) {
          if (!secret.isBlank()) {
            list.add(secret.strip());
          }
        }
      }
      if (list.isEmpty()) {
        throw new IllegalStateException(
            "the environment variable " + CLIENT_SECRET_VARIABLE + " is not set; it must hold the"
                + " HubSpot app's client secret (several separated by commas while rotating)");
      }
      clientSecrets(list.toArray(new String[0]));
      String base = environment.apply(PUBLIC_BASE_URL_VARIABLE);
      if (base != null && !base.isBlank()) {
        publicBaseUrl(base.strip());
      }
      return self();
    }

    /**
     * The scheme, host and path prefix under which HubSpot calls this server's mount point, when
     * the path HubSpot calls differs from the one the server sees (a proxy that rewrites paths):
     * {@code https://cards.example.com} or {@code https://example.com/hubspot}. The signed URL is
     * then this base, the request path below the mount point and the raw query; and routes are
     * matched against the path of that URL.
     *
     * <p>Without it, a request is verified against the origin the card declares for its route
     * (its {@code targetUrl}, the action's {@code uri}), the request's path and raw query; see
     * {@link CardPipeline}. Forwarded and X-Forwarded-* headers are never trusted by this library.
     *
     * @param url an absolute http or https URL without query, fragment or user info; a trailing
     *     slash is dropped; {@code null} to unset
     * @throws IllegalArgumentException if the URL is not of that form
     */
    public B publicBaseUrl(String url) {
      if (url == null) {
        this.publicBaseUrl = null;
        return self();
      }
      URI uri;
      try {
        uri = new URI(url);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("publicBaseUrl is not a valid URL: " + url);
      }
      String scheme = uri.getScheme();
      if (scheme == null
          || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          || uri.getRawAuthority() == null
          || uri.getHost() == null
          || uri.getRawUserInfo() != null
          || uri.getRawQuery() != null
          || uri.getRawFragment() != null) {
        throw new IllegalArgumentException(
            "publicBaseUrl must be an absolute http(s) URL with a host and no query, fragment or"
                + " user info, like https://cards.example.com/prefix: " + url);
      }
      String normalized = url;
      while (normalized.endsWith("/")) {
        normalized = normalized.substring(0, normalized.length() - 1);
      }
      this.publicBaseUrl = normalized;
      return self();
    }

    /**
     * Whether to also accept a signature made for the URL as the request arrived, as HubSpot's
     * local development proxy ({@code hs project dev}) makes it: it forwards the card's {@code
     * hubspot.fetch} to the local URL that {@code src/app/local.json} maps the card's origin to
     * and signs that local URL (the scheme as received, the {@code Host} header, the raw path and
     * query), for v3 exactly as sent, without v3's decoding of {@code %40} and the other escapes.
     * Both forms are then accepted beside the URL HubSpot itself signs.
     *
     * <p>Default: off. Anyone who can reach the server under some host name can then make a
     * signature for it, but only with the app's client secret: the timestamp window, the
     * constant-time comparisons and the 401 before anything is revealed stay as they are. Turn it
     * on for a development server on a loopback address, not for one HubSpot calls.
     */
    public B acceptLocalProxy(boolean accept) {
      this.acceptLocalProxy = accept;
      return self();
    }

    /**
     * Whether v1 signatures, which do not cover method or URL, are accepted. Default: no. Only with
     * {@code requireV3(false)}.
     */
    public B acceptV1(boolean acceptV1) {
      signatures.acceptV1(acceptV1);
      return self();
    }

    /**
     * Whether only v3 signatures are accepted. Default: yes, so that every request carries a
     * timestamp inside the window. {@code requireV3(false)} also accepts v2 alone, which never
     * expires: for clients that sign v2 only.
     */
    public B requireV3(boolean requireV3) {
      signatures.requireV3(requireV3);
      return self();
    }

    /**
     * How far a v3 timestamp may lie from the clock, in the past or in the future. Default: five
     * minutes.
     */
    public B timestampTolerance(Duration tolerance) {
      signatures.tolerance(tolerance);
      return self();
    }

    /**
     * The clock v3 timestamps are checked against, and replay keys expire by. Default: the system
     * clock.
     */
    public B clock(Clock clock) {
      signatures.clock(clock);
      return self();
    }

    /**
     * The largest request body accepted, in bytes; larger ones get 413. Default: 1 MiB.
     *
     * @throws IllegalArgumentException if not positive, or larger than 1 GiB
     */
    public B maxBodyBytes(int maxBodyBytes) {
      if (maxBodyBytes <= 0 || maxBodyBytes > LARGEST_MAX_BODY_BYTES) {
        throw new IllegalArgumentException(
            "maxBodyBytes must be between 1 and " + LARGEST_MAX_BODY_BYTES + ", not " + maxBodyBytes);
      }
      this.maxBodyBytes = maxBodyBytes;
      return self();
    }

    /**
     * How long the card's handler (the fetch or an action hook, including writing its JSON) may
     * take. A handler still running at the deadline is interrupted and its request answered 503
     * with {@code {"message": ...}}; whatever it returns or throws afterwards is not sent (a
     * {@linkplain #replayStore replay store} still learns it). HubSpot waits five seconds for a
     * card's answer. Default: {@value PipelineSettings#DEFAULT_HANDLER_TIMEOUT_SECONDS} seconds.
     *
     * <p>With a deadline, handlers that have been slow run on the {@linkplain
     * #handlerExecutor(Executor) handler executor}, and the servlet uses asynchronous processing so
     * that the container's thread is free while a handler works; see the servlet's {@code
     * CardServlet} for what happens when it or a filter in front of it is not registered as
     * async-supported. {@link Duration#ZERO} turns the deadline off: handlers then run on the
     * container's request thread for as long as they take.
     *
     * @param timeout positive, at most one hour; or zero for no deadline
     * @throws IllegalArgumentException if negative or longer than an hour
     */
    public B handlerTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isNegative() || timeout.compareTo(MAX_HANDLER_TIMEOUT) > 0) {
        throw new IllegalArgumentException(
            "the handler timeout must be zero (none) or positive and at most one hour, not "
                + timeout);
      }
      if (!timeout.isZero() && timeout.toMillis() == 0) {
        throw new IllegalArgumentException(
            "the handler timeout must be at least one millisecond, not " + timeout);
      }
      this.handlerTimeout = timeout;
      return self();
    }

    /**
     * Where handlers run when there is a {@linkplain #handlerTimeout(Duration) deadline}. The
     * executor stays the caller's: pipelines never shut it down. It should be bounded (a full
     * executor that throws {@link java.util.concurrent.RejectedExecutionException} makes the
     * pipeline answer 503 at once) and, because late handlers are interrupted, should clear a
     * thread's interrupt status between tasks, as {@link java.util.concurrent.ThreadPoolExecutor}
     * does.
     *
     * <p>Default ({@code null}): each pipeline makes its own pool on first use, of {@code max(16,
     * 8 × available processors)} daemon threads with a queue of 1,000 waiting requests, and shuts
     * it down when it is closed (for a servlet: when the container destroys it).
     */
    public B handlerExecutor(Executor executor) {
      this.handlerExecutor = executor;
      return self();
    }

    /**
     * What hears how each request ended and of each signature failure, for metrics. Default:
     * {@link RequestObserver#NONE}.
     */
    public B observer(RequestObserver observer) {
      this.observer = Objects.requireNonNull(observer, "observer");
      return self();
    }

    /**
     * The step that sees each verified, routed request before its handler and may answer instead
     * (a replay store, for example). Default: {@link HandlerGuard#NONE}.
     */
    public B handlerGuard(HandlerGuard guard) {
      this.handlerGuard = Objects.requireNonNull(guard, "guard");
      return self();
    }

    /**
     * Remembers handled action hooks, so that each signed hook request runs once within the
     * signature window, even when sent again: {@link ReplayStore#inMemory()} for one instance,
     * {@code dev.crmcards.redis.RedisReplayStore} for several. A copy gets the first answer again
     * (409 while the first still runs); data fetches are never held back. See {@link ReplayGuard}
     * for what is kept and for how long. Default: none (every hook request runs). {@code null}
     * removes it.
     */
    public B replayStore(ReplayStore store) {
      this.replayStore = store;
      return self();
    }
  }
}
