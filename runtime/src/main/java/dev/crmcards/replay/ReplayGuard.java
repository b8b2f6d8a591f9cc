package dev.crmcards.replay;

import dev.crmcards.signature.SignatureVerifier;
import dev.crmcards.signature.SignatureVersion;
import dev.crmcards.signature.VerifiedSignature;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * The replay step of the request pipeline, for action hooks only, right after the signature is
 * verified and the route found:
 *
 * <ol>
 *   <li>{@link #admit} claims the request's {@linkplain ReplayKeys key}. A first copy is let
 *       through; a copy whose first is done gets the first answer again (same status, same body); a
 *       copy whose first is still running gets 409; if the store cannot tell, 503.
 *   <li>When the handler has answered, {@link #finish} keeps the answer, unless it is a 5xx: a
 *       failed or overloaded handler has its claim released, so that HubSpot's one retry after a
 *       5xx (or the user's next click) runs the hook again instead of getting the failure again.
 *       A handler that misses its deadline is finished when it finally returns, with what it
 *       returns: until then its copies get 409, afterwards its answer or, if it failed, a new run.
 *   <li>A request let through but never handed to its handler (the pool was full, the deadline
 *       passed in the queue) is {@link #abandon}ed: released.
 * </ol>
 *
 * <p>Keys are kept for the rest of the signature window: a v3 request until its timestamp plus
 * the tolerance (after which it is refused as stale anyway), plus {@link #CLOCK_MARGIN} for clocks
 * of several instances that disagree a little. A v1 or v2 request has no timestamp, so nothing
 * ends its validity: its key is kept for the tolerance (five minutes by default), after which the
 * same request would run again. Require v3 to close that gap.
 *
 * <p>Store failures are logged once per episode (at warning level when the store fails, at info
 * level when it works again), with the store's message, never a key, a signature or a body.
 */
public final class ReplayGuard {

  private static final System.Logger LOG = System.getLogger(ReplayGuard.class.getName());

  /** Added to a v3 key's life, for instances whose clocks differ by up to this much. */
  public static final Duration CLOCK_MARGIN = Duration.ofSeconds(30);

  /** The message of the 409 for a copy whose first is still running. */
  public static final String IN_PROGRESS = "this action is already being handled";

  /** The message of the 503 when the store cannot tell whether the hook was handled. */
  public static final String UNAVAILABLE =
      "the action cannot be checked against earlier requests right now; try again";

  private static final byte[] IN_PROGRESS_BODY = message(IN_PROGRESS);
  private static final byte[] UNAVAILABLE_BODY = message(UNAVAILABLE);

  private final ReplayStore store;
  private final long toleranceMillis;
  private final Clock clock;
  private final AtomicBoolean healthy = new AtomicBoolean(true);

  /**
   * @param store where claims are kept
   * @param tolerance the signature verifier's timestamp tolerance
   * @param clock the signature verifier's clock
   */
  public ReplayGuard(ReplayStore store, Duration tolerance, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.toleranceMillis = tolerance.toMillis();
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The store this guard uses. */
  public ReplayStore store() {
    return store;
  }

  /** What the pipeline does with a verified hook request. */
  public static final class Admission {
    private final ReplayClaim claim;
    private final int status;
    private final byte[] body;

    private Admission(ReplayClaim claim, int status, byte[] body) {
      this.claim = claim;
      this.status = status;
      this.body = body;
    }

    /** Whether the handler runs; if not, {@link #status()} and {@link #body()} are the answer. */
    public boolean handle() {
      return claim != null && claim.state() == ReplayClaim.State.CLAIMED;
    }

    /** The answer's status, when not handled: the first answer's, 409 or 503. */
    public int status() {
      return status;
    }

    /** The answer's JSON body, when not handled. */
    public byte[] body() {
      return body;
    }
  }

  /**
   * Claims a verified hook request.
   *
   * @param headers the request's headers, looked up by name, to read the verified signature from
   */
  public Admission admit(
      String method,
      String url,
      byte[] body,
      VerifiedSignature verified,
      Function<String, String> headers) {
    String signature = headers.apply(
        verified.version() == SignatureVersion.V3
            ? SignatureVerifier.SIGNATURE_V3_HEADER
            : SignatureVerifier.SIGNATURE_HEADER);
    String key = ReplayKeys.of(method, url, body, verified, signature == null ? "" : signature);
    ReplayClaim claim;
    try {
      claim = store.claim(key, window(verified));
    } catch (ReplayStoreException e) {
      failed(e);
      return new Admission(null, 503, UNAVAILABLE_BODY);
    }
    works();
    switch (claim.state()) {
      case CLAIMED:
        return new Admission(claim, 0, null);
      case IN_PROGRESS:
        return new Admission(claim, 409, IN_PROGRESS_BODY);
      default:
        ReplayAnswer first = claim.answer().orElseThrow();
        return new Admission(claim, first.status(), first.body());
    }
  }

  /** How long the request's key is kept. */
  Duration window(VerifiedSignature verified) {
    if (verified.timestampMillis().isEmpty()) {
      return Duration.ofMillis(toleranceMillis);
    }
    long left = verified.timestampMillis().getAsLong() + toleranceMillis - clock.millis();
    return Duration.ofMillis(Math.max(0, left)).plus(CLOCK_MARGIN);
  }

  /**
   * Records the handler's answer for a request {@link Admission#handle() let through}: kept for
   * its copies, or released if it is a 5xx.
   *
   * @param content holds the answer's body in its first {@code length} bytes
   */
  public void finish(Admission admission, int status, byte[] content, int length) {
    if (!admission.handle()) {
      return;
    }
    if (status >= 500) {
      abandon(admission);
      return;
    }
    try {
      store.complete(admission.claim, ReplayAnswer.of(status, content, length));
      works();
    } catch (ReplayStoreException e) {
      failed(e);
    }
  }

  /** Releases a request let through whose handler did not answer, so that it may run again. */
  public void abandon(Admission admission) {
    if (!admission.handle()) {
      return;
    }
    try {
      store.release(admission.claim);
      works();
    } catch (ReplayStoreException e) {
      failed(e);
    }
  }

  private void failed(ReplayStoreException e) {
    if (healthy.compareAndSet(true, false)) {
      LOG.log(Level.WARNING, () -> "replay store failing (" + e.getMessage() + "): action hooks"
          + " are answered 503 until it works again; data fetches are not affected");
    }
  }

  private void works() {
    if (!healthy.get() && healthy.compareAndSet(false, true)) {
      LOG.log(Level.INFO, () -> "replay store working again: " + store);
    }
  }

  private static byte[] message(String text) {
    return ("{\"message\":\"" + text + "\"}").getBytes(StandardCharsets.UTF_8);
  }
}
