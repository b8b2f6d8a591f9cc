package dev.crmcards.replay;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * {@link ReplayStore#inMemory()}: a concurrent map bounded in keys and in answer bytes, whose
 * expired keys are swept out when a bound is reached. Time is the monotonic clock, so a change of
 * the wall clock neither revives nor drops a key.
 */
final class InMemoryReplayStore implements ReplayStore {

  /** Enough for over 300 hooks a second, every second of a five-minute window. */
  static final int DEFAULT_MAX_ENTRIES = 100_000;

  /** 16 MiB. */
  static final long DEFAULT_MAX_ANSWER_BYTES = 16L * 1024 * 1024;

  /** A full store sweeps at most this often, so that a burst of claims does not scan it each. */
  private static final long SWEEP_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

  private final int maxEntries;
  private final long maxAnswerBytes;
  private final LongSupplier nanoTime;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicInteger size = new AtomicInteger();
  private final AtomicLong answerBytes = new AtomicLong();
  private final AtomicLong tokens = new AtomicLong();
  private final AtomicLong lastSweep;

  InMemoryReplayStore(int maxEntries, long maxAnswerBytes, LongSupplier nanoTime) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be at least 1, not " + maxEntries);
    }
    if (maxAnswerBytes < 0) {
      throw new IllegalArgumentException("maxAnswerBytes must not be negative");
    }
    this.maxEntries = maxEntries;
    this.maxAnswerBytes = maxAnswerBytes;
    this.nanoTime = nanoTime;
    this.lastSweep = new AtomicLong(nanoTime.getAsLong() - SWEEP_INTERVAL_NANOS);
  }

  /** One key: pending (with its claim's token) or done (with its answer). */
  private static final class Entry {
    final String token;
    final ReplayAnswer answer;
    final long expiresAt;

    Entry(String token, ReplayAnswer answer, long expiresAt) {
      this.token = token;
      this.answer = answer;
      this.expiresAt = expiresAt;
    }

    boolean expired(long now) {
      return expiresAt - now <= 0;
    }

    /** The bytes this entry counts against the answer bound. */
    long bytes() {
      return answer == null ? 0 : answer.keptBytes();
    }
  }

  @Override
  public ReplayClaim claim(String key, Duration window) {
    long now = nanoTime.getAsLong();
    Entry found = entries.get(key);
    if (found != null && !found.expired(now)) {
      return describe(key, found);
    }
    reserve(now);
    String token = Long.toString(tokens.incrementAndGet());
    Entry mine = new Entry(token, null, now + window.toNanos());
    Entry[] existing = new Entry[1];
    entries.compute(key, (k, current) -> {
      if (current != null && !current.expired(now)) {
        existing[0] = current;
        return current;
      }
      if (current != null) {
        // An expired key taken over: it gives back what it counted.
        size.decrementAndGet();
        answerBytes.addAndGet(-current.bytes());
      }
      return mine;
    });
    if (existing[0] != null) {
      size.decrementAndGet();
      return describe(key, existing[0]);
    }
    return ReplayClaim.claimed(key, token);
  }

  private static ReplayClaim describe(String key, Entry entry) {
    return entry.answer == null
        ? ReplayClaim.inProgress(key)
        : ReplayClaim.done(key, entry.answer);
  }

  /** Counts one more key, sweeping expired ones if the store is full; fails if it stays full. */
  private void reserve(long now) {
    if (size.incrementAndGet() <= maxEntries) {
      return;
    }
    size.decrementAndGet();
    sweep(now);
    if (size.incrementAndGet() <= maxEntries) {
      return;
    }
    size.decrementAndGet();
    throw new ReplayStoreException(
        "the in-memory replay store holds " + maxEntries + " keys that have not expired");
  }

  /** Removes expired keys, at most once per {@link #SWEEP_INTERVAL_NANOS}. */
  private void sweep(long now) {
    long last = lastSweep.get();
    if (now - last < SWEEP_INTERVAL_NANOS || !lastSweep.compareAndSet(last, now)) {
      return;
    }
    for (Map.Entry<String, Entry> each : entries.entrySet()) {
      Entry entry = each.getValue();
      if (entry.expired(now) && entries.remove(each.getKey(), entry)) {
        size.decrementAndGet();
        answerBytes.addAndGet(-entry.bytes());
      }
    }
  }

  @Override
  public void complete(ReplayClaim claim, ReplayAnswer answer) {
    String token = claim.token();
    long bytes = answer.keptBytes();
    ReplayAnswer kept = answer;
    if (bytes > 0 && !reserveBytes(bytes)) {
      kept = answer.withoutBody();
      bytes = 0;
    }
    ReplayAnswer done = kept;
    boolean[] recorded = new boolean[1];
    entries.computeIfPresent(claim.key(), (k, current) -> {
      if (!token.equals(current.token) || current.answer != null) {
        return current;
      }
      recorded[0] = true;
      return new Entry(token, done, current.expiresAt);
    });
    if (!recorded[0]) {
      answerBytes.addAndGet(-bytes);
    }
  }

  /** Counts answer bytes, sweeping expired keys if over the bound; false if it stays over. */
  private boolean reserveBytes(long bytes) {
    if (answerBytes.addAndGet(bytes) <= maxAnswerBytes) {
      return true;
    }
    answerBytes.addAndGet(-bytes);
    sweep(nanoTime.getAsLong());
    if (answerBytes.addAndGet(bytes) <= maxAnswerBytes) {
      return true;
    }
    answerBytes.addAndGet(-bytes);
    return false;
  }

  @Override
  public void release(ReplayClaim claim) {
    String token = claim.token();
    Entry current = entries.get(claim.key());
    if (current != null
        && current.answer == null
        && token.equals(current.token)
        && entries.remove(claim.key(), current)) {
      size.decrementAndGet();
    }
  }

  /** The number of keys held, expired or not; for tests. */
  int size() {
    return size.get();
  }

  @Override
  public String toString() {
    return "in-memory replay store (" + size.get() + " of " + maxEntries + " keys)";
  }
}
