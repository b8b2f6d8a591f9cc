package dev.crmcards.servlet;

import dev.crmcards.core.HandlerGuard;
import dev.crmcards.core.RequestObserver;
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
 * How a {@link CardServlet} checks and reads requests: the app's client secret(s), the public base
 * URL when HubSpot reaches the servlet through a proxy, the accepted signature versions, the v3
 * timestamp tolerance and clock, the body size limit, and the deadline and executor of the card's
 * handlers. Immutable; {@link #toString()} never shows secrets.
 *
 * <pre>{@code
 * CardSettings settings = CardSettings.builder()
 *     .clientSecret(System.getenv("HUBSPOT_CLIENT_SECRET"))
 *     .publicBaseUrl("https://cards.example.com")
 *     .build();
 * }</pre>
 */
public final class CardSettings {

  /** The client secret(s) of the HubSpot app, separated by commas while rotating. */
  public static final String CLIENT_SECRET_VARIABLE = "HUBSPOT_CLIENT_SECRET";

  /** The optional public base URL, see {@link Builder#publicBaseUrl(String)}. */
  public static final String PUBLIC_BASE_URL_VARIABLE = "PUBLIC_BASE_URL";

  /** The default body size limit: 1 MiB. */
  public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

  /**
   * The default handler deadline in seconds: 4, below the five seconds after which HubSpot gives up
   * on a data fetch, so that the card gets the servlet's answer rather than HubSpot's timeout.
   */
  public static final int DEFAULT_HANDLER_TIMEOUT_SECONDS = 4;

  /** {@value #DEFAULT_HANDLER_TIMEOUT_SECONDS} seconds: the default handler deadline. */
  public static final Duration DEFAULT_HANDLER_TIMEOUT =
      Duration.ofSeconds(DEFAULT_HANDLER_TIMEOUT_SECONDS);

  /** The longest handler deadline accepted. */
  static final Duration MAX_HANDLER_TIMEOUT = Duration.ofHours(1);

  private final SignatureVerifier verifier;
  private final String publicBaseUrl;
  private final int maxBodyBytes;
  private final Duration handlerTimeout;
  private final Executor handlerExecutor;
  private final RequestObserver observer;
  private final HandlerGuard handlerGuard;

  private CardSettings(Builder builder) {
    if (!builder.hasSecret) {
      throw new IllegalStateException(
          "no client secret: set the HubSpot app's client secret with clientSecret(...), or the "
              + CLIENT_SECRET_VARIABLE + " environment variable with fromEnvironment()");
    }
    this.verifier = builder.signatures.build();
    this.publicBaseUrl = builder.publicBaseUrl;
    this.maxBodyBytes = builder.maxBodyBytes;
    this.handlerTimeout = builder.handlerTimeout;
    this.handlerExecutor = builder.handlerExecutor;
    this.observer = builder.observer;
    this.handlerGuard = builder.handlerGuard;
  }

  /** Starts settings; a client secret is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Settings from the environment: {@value #CLIENT_SECRET_VARIABLE} (required; several secrets
   * separated by commas while rotating) and {@value #PUBLIC_BASE_URL_VARIABLE} (optional).
   * Everything else has its default.
   *
   * @throws IllegalStateException if {@value #CLIENT_SECRET_VARIABLE} is not set
   * @throws IllegalArgumentException if a value is invalid
   */
  public static CardSettings fromEnvironment() {
    return fromEnvironment(System::getenv);
  }

  static CardSettings fromEnvironment(Function<String, String> environment) {
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
    Builder builder = builder().clientSecrets(list.toArray(new String[0]));
    String base = environment.apply(PUBLIC_BASE_URL_VARIABLE);
    if (base != null && !base.isBlank()) {
      builder.publicBaseUrl(base.strip());
    }
    return builder.build();
  }

  /** The verifier these settings configure. */
  public SignatureVerifier signatureVerifier() {
    return verifier;
  }

  /** The public base URL, without trailing slash, if configured. */
  public Optional<String> publicBaseUrl() {
    return Optional.ofNullable(publicBaseUrl);
  }

  /** The largest accepted request body, in bytes. */
  public int maxBodyBytes() {
    return maxBodyBytes;
  }

  /**
   * How long a handler may take before the servlet answers 503 in its place; {@link Duration#ZERO}
   * if handlers run on the request thread without a deadline.
   */
  public Duration handlerTimeout() {
    return handlerTimeout;
  }

  /**
   * The executor handlers run on, if one was configured; otherwise each servlet makes its own
   * bounded pool (see {@link Builder#handlerExecutor(Executor)}).
   */
  public Optional<Executor> handlerExecutor() {
    return Optional.ofNullable(handlerExecutor);
  }

  /** What hears of every request and signature failure; {@link RequestObserver#NONE} by default. */
  public RequestObserver observer() {
    return observer;
  }

  /**
   * The step between verification and the handler; {@link HandlerGuard#NONE} by default.
   */
  public HandlerGuard handlerGuard() {
    return handlerGuard;
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
    return "CardSettings[secrets=" + verifier.secretCount()
        + ", publicBaseUrl=" + publicBaseUrl
        + ", acceptV1=" + acceptV1()
        + ", requireV3=" + requireV3()
        + ", timestampTolerance=" + timestampTolerance()
        + ", maxBodyBytes=" + maxBodyBytes
        + ", handlerTimeout=" + handlerTimeout
        + ", handlerExecutor=" + (handlerExecutor == null ? "default" : "custom")
        + ", observer=" + (observer == RequestObserver.NONE ? "none" : "custom")
        + ", handlerGuard=" + (handlerGuard == HandlerGuard.NONE ? "none" : "custom") + "]";
  }

  /** Builds {@link CardSettings}. Not thread-safe. */
  public static final class Builder {
    /** The signature options are the verifier's own; its builder checks them. */
    private final SignatureVerifier.Builder signatures = SignatureVerifier.builder();
    private boolean hasSecret;
    private String publicBaseUrl;
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private Duration handlerTimeout = DEFAULT_HANDLER_TIMEOUT;
    private Executor handlerExecutor;
    private RequestObserver observer = RequestObserver.NONE;
    private HandlerGuard handlerGuard = HandlerGuard.NONE;

    private Builder() {}

    /** The HubSpot app's client secret (the app's Auth settings). Replaces earlier secrets. */
    public Builder clientSecret(String secret) {
      return clientSecrets(Objects.requireNonNull(secret, "secret"));
    }

    /**
     * Several client secrets, any of which may sign a request: the old and the new one while
     * rotating. Replaces earlier secrets.
     *
     * @throws IllegalArgumentException if a secret is blank or has surrounding whitespace
     */
    public Builder clientSecrets(String... secrets) {
      signatures.secrets(secrets);
      hasSecret = secrets.length > 0;
      return this;
    }

    /**
     * The scheme, host and path prefix under which HubSpot calls this servlet's context, when the
     * path HubSpot calls differs from the one the server sees (a proxy that rewrites paths):
     * {@code https://cards.example.com} or {@code https://example.com/hubspot}. The signed URL is
     * then this base, the request path within the context and the raw query; and routes are
     * matched against the path of that URL.
     *
     * <p>Without it, a request is verified against the origin the card declares for its route
     * (its {@code targetUrl}, the action's {@code uri}), the request's path and raw query; see
     * {@link dev.crmcards.core.CardPipeline}. Forwarded and X-Forwarded-* headers are never
     * trusted by this library.
     *
     * @param url an absolute http or https URL without query, fragment or user info; a trailing
     *     slash is dropped; {@code null} to unset
     * @throws IllegalArgumentException if the URL is not of that form
     */
    public Builder publicBaseUrl(String url) {
      if (url == null) {
        this.publicBaseUrl = null;
        return this;
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
      return this;
    }

    /** Whether v1 signatures, which do not cover method or URL, are accepted. Default: no. */
    public Builder acceptV1(boolean acceptV1) {
      signatures.acceptV1(acceptV1);
      return this;
    }

    /** Whether only v3 signatures are accepted. Default: no, v2 is accepted without v3. */
    public Builder requireV3(boolean requireV3) {
      signatures.requireV3(requireV3);
      return this;
    }

    /**
     * How far a v3 timestamp may lie from the clock, in the past or in the future. Default: five
     * minutes.
     */
    public Builder timestampTolerance(Duration tolerance) {
      signatures.tolerance(tolerance);
      return this;
    }

    /** The clock v3 timestamps are checked against. Default: the system clock. */
    public Builder clock(Clock clock) {
      signatures.clock(clock);
      return this;
    }

    /**
     * The largest request body accepted, in bytes; larger ones get 413. Default: 1 MiB.
     *
     * @throws IllegalArgumentException if not positive, or larger than 1 GiB
     */
    public Builder maxBodyBytes(int maxBodyBytes) {
      if (maxBodyBytes <= 0 || maxBodyBytes > 1 << 30) {
        throw new IllegalArgumentException(
            "maxBodyBytes must be between 1 and 1073741824, not " + maxBodyBytes);
      }
      this.maxBodyBytes = maxBodyBytes;
      return this;
    }

    /**
     * How long the card's handler (the fetch or an action hook, including writing its JSON) may
     * take. A handler still running at the deadline is interrupted and its request answered 503
     * with {@code {"message": ...}}; whatever it returns or throws afterwards is dropped (logged at
     * debug level only). HubSpot waits five seconds for a card's answer. Default: {@value
     * #DEFAULT_HANDLER_TIMEOUT_SECONDS} seconds.
     *
     * <p>With a deadline, handlers run on the {@linkplain #handlerExecutor(Executor) handler
     * executor}, and the servlet uses asynchronous processing so that the container's thread is
     * free while a handler works; see {@link CardServlet} for what happens when the servlet or a
     * filter in front of it is not registered as async-supported. {@link Duration#ZERO} turns the
     * deadline off: handlers then run on the container's request thread for as long as they take.
     *
     * @param timeout positive, at most one hour; or zero for no deadline
     * @throws IllegalArgumentException if negative or longer than an hour
     */
    public Builder handlerTimeout(Duration timeout) {
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
      return this;
    }

    /**
     * Where handlers run when there is a {@linkplain #handlerTimeout(Duration) deadline}. The
     * executor stays the caller's: servlets never shut it down. It should be bounded (a full
     * executor that throws {@link java.util.concurrent.RejectedExecutionException} makes the
     * servlet answer 503 at once) and, because late handlers are interrupted, should clear a
     * thread's interrupt status between tasks, as {@link java.util.concurrent.ThreadPoolExecutor}
     * does.
     *
     * <p>Default ({@code null}): each servlet makes its own pool on first use, of {@code max(16, 8
     * × available processors)} daemon threads with a queue of 1,000 waiting requests, and shuts it
     * down when the container destroys the servlet.
     */
    public Builder handlerExecutor(Executor executor) {
      this.handlerExecutor = executor;
      return this;
    }

    /**
     * What hears how each request ended and of each signature failure, for metrics. Default:
     * {@link RequestObserver#NONE}.
     */
    public Builder observer(RequestObserver observer) {
      this.observer = Objects.requireNonNull(observer, "observer");
      return this;
    }

    /**
     * The step that sees each verified, routed request before its handler and may answer instead
     * (a replay store, for example). Default: {@link HandlerGuard#NONE}.
     */
    public Builder handlerGuard(HandlerGuard guard) {
      this.handlerGuard = Objects.requireNonNull(guard, "guard");
      return this;
    }

    /**
     * The settings.
     *
     * @throws IllegalStateException if no client secret was set, or v1 is accepted while v3 is
     *     required
     */
    public CardSettings build() {
      return new CardSettings(this);
    }
  }
}
