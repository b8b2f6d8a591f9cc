package dev.crmcards.core;

import dev.crmcards.signature.SignatureException;

/**
 * Hears how requests end, for metrics. Called on request threads (and the deadline thread), so it
 * must be quick and thread-safe, and must not throw. Receives nothing a metric tag should not
 * hold: no URL, query, body, signature or secret.
 *
 * <p>Set with {@link PipelineSettings.Builder#observer(RequestObserver)}.
 */
public interface RequestObserver {

  /** Observes nothing: the default. */
  RequestObserver NONE = new RequestObserver() {};

  /** The card and route names of a request that matched no route (or whose method did not). */
  String UNMATCHED = "none";

  /**
   * Called once per request, when its answer has been sent (or handed to the adapter).
   *
   * @param card the card's name, or {@link #UNMATCHED}
   * @param route the route's method and path template, e.g. {@code PUT /tickets/{id}/resolve},
   *     never the concrete URL; or {@link #UNMATCHED}
   * @param outcome how it ended
   * @param nanos from the pipeline receiving the request to the answer being sent
   */
  default void requestHandled(String card, String route, RequestOutcome outcome, long nanos) {}

  /**
   * Called once per request whose signature is missing or invalid (before its {@link
   * #requestHandled} with {@link RequestOutcome#UNAUTHORIZED}).
   *
   * @param reason why, from a fixed set
   */
  default void signatureRejected(SignatureException.Reason reason) {}
}
