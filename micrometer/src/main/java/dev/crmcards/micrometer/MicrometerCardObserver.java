package dev.crmcards.micrometer;

import dev.crmcards.core.RequestObserver;
import dev.crmcards.core.RequestOutcome;
import dev.crmcards.signature.SignatureException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Records crmcards requests in a Micrometer {@link MeterRegistry}:
 *
 * <ul>
 *   <li>timer {@value #REQUESTS}, tags {@code card} (the card's name), {@code route} (method and
 *       path template, e.g. {@code PUT /hubspot/bugs/{id}/resolve}) and {@code outcome} (a {@link
 *       RequestOutcome} name, e.g. {@code SUCCESS}, {@code UNAUTHORIZED}); requests that match no
 *       route have card and route {@value RequestObserver#UNMATCHED};
 *   <li>counter {@value #SIGNATURE_FAILURES}, tag {@code reason} (a {@link
 *       SignatureException.Reason} name, e.g. {@code MISMATCH}), registered for every reason at
 *       zero so that a rate can be read before the first failure.
 * </ul>
 *
 * <p>Tags come from fixed sets and the cards' own declarations: never a concrete URL, query, body,
 * signature or secret. Without Spring:
 *
 * <pre>{@code
 * CardSettings settings = CardSettings.builder()
 *     .clientSecret(secret)
 *     .observer(new MicrometerCardObserver(registry))
 *     .build();
 * }</pre>
 *
 * The Spring Boot starter sets it up by itself when the application has a {@code MeterRegistry}.
 * Thread-safe; meters are looked up once per card, route and outcome and then kept.
 */
public final class MicrometerCardObserver implements RequestObserver {

  /** The request timer's name. */
  public static final String REQUESTS = "crmcards.requests";

  /** The name of the counter of requests rejected for their signature. */
  public static final String SIGNATURE_FAILURES = "crmcards.signature.failures";

  private static final RequestOutcome[] OUTCOMES = RequestOutcome.values();

  private final MeterRegistry registry;
  /** Card name, then route name, to one timer per outcome (filled as they occur). */
  private final ConcurrentMap<String, ConcurrentMap<String, AtomicReferenceArray<Timer>>> timers =
      new ConcurrentHashMap<>();
  private final Map<SignatureException.Reason, Counter> failures =
      new EnumMap<>(SignatureException.Reason.class);

  /** An observer recording into {@code registry}. */
  public MicrometerCardObserver(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
    for (SignatureException.Reason reason : SignatureException.Reason.values()) {
      failures.put(
          reason,
          Counter.builder(SIGNATURE_FAILURES)
              .description("crmcards requests rejected for a missing or invalid signature")
              .tag("reason", reason.name())
              .register(registry));
    }
  }

  @Override
  public void requestHandled(String card, String route, RequestOutcome outcome, long nanos) {
    AtomicReferenceArray<Timer> byOutcome =
        timers
            .computeIfAbsent(card, name -> new ConcurrentHashMap<>())
            .computeIfAbsent(route, name -> new AtomicReferenceArray<>(OUTCOMES.length));
    int index = outcome.ordinal();
    Timer timer = byOutcome.get(index);
    if (timer == null) {
      // Registering twice is harmless: the registry answers the same meter.
      timer =
          Timer.builder(REQUESTS)
              .description("crmcards requests, from arrival to the answer being sent")
              .tag("card", card)
              .tag("route", route)
              .tag("outcome", outcome.name())
              .register(registry);
      byOutcome.set(index, timer);
    }
    timer.record(nanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public void signatureRejected(SignatureException.Reason reason) {
    failures.get(reason).increment();
  }
}
