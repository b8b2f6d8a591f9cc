package dev.crmcards.servlet;

import java.lang.System.Logger.Level;

/**
 * How a servlet's requests go asynchronous when the pipeline detaches them: the container's own
 * async timeout (a backstop behind the pipeline's deadline), and the warning, logged once per
 * servlet, when the container says a request cannot.
 */
final class AsyncMode {
  private static final System.Logger LOG = System.getLogger(CardServlet.class.getName());

  /**
   * Added to the handler deadline for the container's own async timeout, which only backs up the
   * pipeline's deadline.
   */
  static final long CONTAINER_TIMEOUT_MARGIN_MILLIS = 10_000;

  /** The container's async timeout for detached requests. */
  final long timeoutMillis;
  private final long deadlineMillis;
  private final String cards;
  /** Benign race: at worst the warning is logged a few times. */
  private volatile boolean warned;

  /**
   * @param deadlineMillis the handler deadline
   * @param cards names the servlet's cards, for the warning
   */
  AsyncMode(long deadlineMillis, String cards) {
    this.deadlineMillis = deadlineMillis;
    this.timeoutMillis = deadlineMillis + CONTAINER_TIMEOUT_MARGIN_MILLIS;
    this.cards = cards;
  }

  /** Logs once that requests cannot go asynchronous. */
  void warnNotSupported() {
    if (!warned) {
      warned = true;
      LOG.log(Level.WARNING, () -> "the servlet for " + cards + " is not async-supported"
          + " (or a filter in front of it is not): a request whose handler has been slow keeps a"
          + " container thread until the handler answers or the " + deadlineMillis
          + " ms deadline passes."
          + " Register the servlet and its filters with asyncSupported=true"
          + " (ServletHolder.setAsyncSupported(true), Wrapper.setAsyncSupported(true),"
          + " <async-supported>true</async-supported>)");
    }
  }
}
