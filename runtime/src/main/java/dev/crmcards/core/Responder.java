package dev.crmcards.core;

import java.io.IOException;

/**
 * The adapter's side of one request in {@link CardPipeline#handle(RawRequest, Responder)}: where
 * the answer goes.
 *
 * <p>{@link #send(Answer)} is called exactly once per request. Usually on the thread that called
 * {@code handle}, before {@code handle} returns. When the handler misses its deadline, it is called
 * from the pipeline's deadline thread while the calling thread is still inside the handler; the
 * calling thread is then interrupted and {@code handle} returns once the answer has been sent, so
 * the adapter must not end the exchange before {@code handle} returns.
 */
public interface Responder {

  /** Sends the answer (status, headers, body) to the client. */
  void send(Answer answer) throws IOException;

  /**
   * Lets the request finish after {@code handle} returns, from another thread: the pipeline asks
   * for this only to run a handler that has recently been slow on its executor, so that the
   * calling thread (a container's request thread) is not held. If the adapter agrees, {@link
   * #send(Answer)} then comes later, from another thread, and must also end the exchange (for a
   * servlet: {@code AsyncContext.complete()}).
   *
   * @param abandon for the adapter to call if the client or the container ends the exchange first
   *     (the pipeline then sends nothing)
   * @return whether the adapter agreed; the default, {@code false}, keeps the calling thread
   *     waiting for the handler instead
   */
  default boolean detach(Runnable abandon) {
    return false;
  }
}
