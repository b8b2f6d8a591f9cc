package dev.crmcards.servlet;

import java.lang.System.Logger.Level;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads of one servlet: the executor its handlers run on (its own bounded pool, or the one
 * from the settings) and the single timer thread that enforces the deadlines.
 */
final class HandlerPool {
  private static final System.Logger LOG = System.getLogger(CardServlet.class.getName());

  /** Requests that may wait for a handler thread of the default pool. */
  static final int DEFAULT_QUEUE = 1000;

  private static final AtomicInteger POOLS = new AtomicInteger();

  final Executor executor;
  final ScheduledThreadPoolExecutor timer;
  /** The threads this pool started that have not ended yet. */
  private final Set<Thread> live = ConcurrentHashMap.newKeySet();
  /** The executor if this pool made it, and so shuts it down; {@code null} if it is the user's. */
  private final ExecutorService owned;

  HandlerPool(CardSettings settings) {
    int pool = POOLS.incrementAndGet();
    timer = new ScheduledThreadPoolExecutor(1, daemonThreads("crmcards-deadline-" + pool + "-"));
    timer.setRemoveOnCancelPolicy(true);
    Executor configured = settings.handlerExecutor().orElse(null);
    if (configured != null) {
      executor = configured;
      owned = null;
    } else {
      int threads = defaultThreads();
      ThreadPoolExecutor threadPool =
          new ThreadPoolExecutor(
              threads, threads, 60, TimeUnit.SECONDS,
              new LinkedBlockingQueue<>(DEFAULT_QUEUE),
              daemonThreads("crmcards-handler-" + pool + "-"));
      threadPool.allowCoreThreadTimeOut(true);
      executor = threadPool;
      owned = threadPool;
    }
  }

  /** The size of the default pool: {@code max(16, 8 × available processors)}. */
  static int defaultThreads() {
    return Math.max(16, 8 * Runtime.getRuntime().availableProcessors());
  }

  /**
   * Lets running handlers finish for up to {@code grace} milliseconds, then interrupts them; stops
   * the timer after the deadlines still pending have fired.
   */
  void shutdown(long graceMillis) {
    if (owned != null) {
      owned.shutdown();
      try {
        if (!owned.awaitTermination(graceMillis, TimeUnit.MILLISECONDS)) {
          LOG.log(Level.WARNING, "handlers still running on destroy; interrupting them");
          owned.shutdownNow();
        }
      } catch (InterruptedException e) {
        owned.shutdownNow();
        Thread.currentThread().interrupt();
      }
    }
    // Deadlines already scheduled still fire (the default policy of ScheduledThreadPoolExecutor),
    // so that no request started before destroy is left without an answer. Once the handlers
    // have ended, their deadlines are cancelled and the timer ends at once.
    timer.shutdown();
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(graceMillis + 1000);
    try {
      timer.awaitTermination(graceMillis + 1000, TimeUnit.MILLISECONDS);
      // A terminated pool's threads may still be on their way out; a container checking for
      // threads left behind by the application should not find them.
      for (Thread thread : live) {
        long left = end - System.nanoTime();
        if (left > 0) {
          thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private ThreadFactory daemonThreads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread =
          new Thread(
              () -> {
                try {
                  runnable.run();
                } finally {
                  live.remove(Thread.currentThread());
                }
              },
              prefix + count.incrementAndGet());
      thread.setDaemon(true);
      live.add(thread);
      return thread;
    };
  }
}
