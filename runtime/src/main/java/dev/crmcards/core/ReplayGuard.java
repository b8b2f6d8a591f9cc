package dev.crmcards.core;

import dev.crmcards.replay.ReplayAnswer;
import dev.crmcards.replay.ReplayClaim;
import dev.crmcards.replay.ReplayKeys;
import dev.crmcards.replay.ReplayStore;
import dev.crmcards.replay.ReplayStoreException;
import dev.crmcards.signature.VerifiedSignature;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The replay step of the request pipeline, set with {@link
 * PipelineSettings.Builder#replayStore(ReplayStore)}. For action hooks only (data fetches always go
 * through), right after the signature is verified and the route found:
 *
 * <ol>
 *   <li>The request's {@linkplain ReplayKeys key} is claimed. A first copy runs its handler; a copy
 *       whose first is done gets the first answer again (same status, same body); a copy whose
 *       first is still running gets 409; if the store cannot tell (Redis unreachable, the
 *       in-memory store full), 503, and the handler does not run.
 *   <li>The claim ends with the request's own answer: kept for the copies, unless it is a 5xx. A
 *       handler that failed (500) or answered a 5xx of its own has its claim released, so that
 *       HubSpot's one retry after a 5xx, or the user's next click, runs the hook again rather than
 *       getting the failure again.
 *   <li>A handler that misses its deadline keeps its claim while it runs on: the 503 goes out in
 *       its place, copies meanwhile get 409 (it is still being handled, and must not run twice at
 *       once), and its answer, when it comes after all, ends the claim as above: a late success is
 *       what the next copy gets, a handler that gave up on its interrupt (500) is released. A
 *       handler that never started (the deadline passed, or the client went away, while it waited
 *       for a thread; no thread was free) has its claim released at once.
 * </ol>
 *
 * <p>Keys are kept for the rest of the signature window: a v3 request until its timestamp plus
 * the tolerance (after which it is refused as stale, whatever the store says), plus {@link
 * #CLOCK_MARGIN} for instances whose clocks differ a little. A v1 or v2 request, accepted only
 * with {@code requireV3(false)}, has no timestamp, so nothing ends its validity: its key is kept
 * for the tolerance (five minutes by default), after which the same request would run again. The
 * default, v3 required, has no such gap. A handler that never
 * returns at all holds its claim until the key expires.
 *
 * <p>Store failures are logged once per episode (at warning level when the store fails, at info
 * level when it works again), with the store's message, never a key, a signature or a body.
 */
public final class ReplayGuard implements HandlerGuard {

  private static final System.Logger LOG = System.getLogger(ReplayGuard.class.getName());

  /** Added to a v3 key's life, for instances whose clocks differ by up to this much. */
  public static final Duration CLOCK_MARGIN = Duration.ofSeconds(30);

  /** The message of the 409 for a copy whose first is still running. */
  public static final String IN_PROGRESS = "this action is already being handled";

  /** The message of the 503 when the store cannot tell whether the hook was handled. */
  public static final String UNAVAILABLE =
      "the action cannot be checked against earlier requests right now; try again";

  private static final Answer IN_PROGRESS_ANSWER = Answer.message(409, IN_PROGRESS);
  private static final Answer UNAVAILABLE_ANSWER = Answer.message(503, UNAVAILABLE);

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

  @Override
  public Admission admit(VerifiedCall call) {
    if (!call.hook()) {
      return Admission.PROCEED;
    }
    String key =
        ReplayKeys.of(call.method(), call.signedUrl(), call.body(), call.signature(),
            call.signatureValue());
    ReplayClaim claim;
    try {
      claim = store.claim(key, window(call.signature()));
    } catch (ReplayStoreException e) {
      failed(e);
      return Admission.answer(UNAVAILABLE_ANSWER);
    }
    switch (claim.state()) {
      case CLAIMED:
        // Only a new key shows the store works again: a full store still finds the keys it has.
        works();
        return Admission.proceed(new Outcome() {
          @Override
          public void answered(Answer answer) {
            finish(claim, answer);
          }

          @Override
          public void unanswered() {
            release(claim);
          }
        });
      case IN_PROGRESS:
        return Admission.answer(IN_PROGRESS_ANSWER);
      default:
        ReplayAnswer first = claim.answer().orElseThrow();
        return Admission.answer(Answer.json(first.status(), first.body()));
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

  /** Keeps the request's answer for its copies, or releases the claim after a 5xx. */
  private void finish(ReplayClaim claim, Answer answer) {
    if (answer.status() >= 500) {
      release(claim);
      return;
    }
    try {
      store.complete(claim, ReplayAnswer.of(answer.status(), answer.bodyArray(),
          answer.bodyLength()));
      works();
    } catch (ReplayStoreException e) {
      failed(e);
    }
  }

  private void release(ReplayClaim claim) {
    try {
      store.release(claim);
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
}
