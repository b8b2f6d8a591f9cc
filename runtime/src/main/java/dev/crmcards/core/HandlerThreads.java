package dev.crmcards.core;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The executor that handlers run on once they have been slow: the pipeline's own bounded pool, or
 * the one from the settings (which the pipeline never shuts down).
 */
final class HandlerThreads {
  /** Requests that may wait for a handler thread of the default pool. */
  static final int DEFAULT_QUEUE = 1000;

  private static final AtomicInteger POOLS = new AtomicInteger();

  final Executor executor;
  /** The executor if this made it, and so shuts it down; {@code null} if it is the user's. */
  private final ExecutorService owned;
  /** The threads this pool started that have not ended yet. */
  private final Set<Thread> live = ConcurrentHashMap.newKeySet();

  HandlerThreads(Executor configured) {
    if (configured != null) {
      executor = configured;
      owned = null;
    } else {
      int threads = defaultThreads();
      ThreadPoolExecutor pool =
          new ThreadPoolExecutor(
              threads, threads, 60, TimeUnit.SECONDS,
              new LinkedBlockingQueue<>(DEFAULT_QUEUE),
              daemonThreads("crmcards-handler-" + POOLS.incrementAndGet() + "-", live));
      pool.allowCoreThreadTimeOut(true);
      executor = pool;
      owned = pool;
    }
  }

  /** The size of the default pool: {@code max(16, 8 × available processors)}. */
  static int defaultThreads() {
    return Math.max(16, 8 * Runtime.getRuntime().availableProcessors());
  }

  /**
   * Lets running handlers finish for up to {@code graceMillis}, then interrupts them, and waits
   * for the pool's threads to end.
   */
  void shutdown(long graceMillis) {
    if (owned == null) {
      return;
    }
    owned.shutdown();
    try {
      if (!owned.awaitTermination(graceMillis, TimeUnit.MILLISECONDS)) {
        for (Runnable queued : owned.shutdownNow()) {
          if (queued instanceof HandlerCall) {
            ((HandlerCall) queued).dropped();
          }
        }
      }
      // A terminated pool's threads may still be on their way out; a container checking for
      // threads left behind by the application should not find them.
      for (Thread thread : live) {
        thread.join(1000);
      }
    } catch (InterruptedException e) {
      owned.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  /** Daemon threads named {@code prefix + n}, tracked in {@code live} while they run. */
  static ThreadFactory daemonThreads(String prefix, Set<Thread> live) {
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
