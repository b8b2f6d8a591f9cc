package dev.crmcards.replay;

import java.time.Duration;

/**
 * What has been handled: the memory that lets a signed action hook run once even when it is sent
 * again within the signature window, whether by a replaying attacker or by HubSpot retrying after
 * a failure in transit.
 *
 * <p>A request is first {@linkplain #claim claimed} under its key. The one caller that gets {@link
 * ReplayClaim.State#CLAIMED} runs the handler and then either {@linkplain #complete completes} the
 * claim with the answer it sent, which later copies of the request get again, or {@linkplain
 * #release releases} it, after which a copy runs again. Everyone else sees the claim {@link
 * ReplayClaim.State#IN_PROGRESS} or {@link ReplayClaim.State#DONE}. Every key expires after the
 * window given with its claim, completed or not.
 *
 * <p>Implementations are safe for concurrent use, and {@code claim} is atomic across everyone
 * sharing the store: of two concurrent claims of one key, exactly one is {@code CLAIMED}. {@link
 * #inMemory()} shares within one process; {@code dev.crmcards.redis.RedisReplayStore} (artifact
 * {@code crmcards-redis}) across instances.
 */
public interface ReplayStore extends AutoCloseable {

  /**
   * Claims a key, or tells who has it.
   *
   * @param key the request's key, at most a few hundred characters, from {@link ReplayKeys}
   * @param window how long the key is kept, counted from now, completed or not
   * @return {@code CLAIMED} (the caller must later complete or release it), {@code IN_PROGRESS}
   *     or {@code DONE} with the first answer
   * @throws ReplayStoreException if the store cannot tell (for example Redis is unreachable); the
   *     request must then not be handled
   */
  ReplayClaim claim(String key, Duration window);

  /**
   * Records the answer of a claim this caller holds; the key keeps its expiry. Does nothing if the
   * claim has expired and someone else holds the key now.
   *
   * @throws ReplayStoreException if the store could not record it
   */
  void complete(ReplayClaim claim, ReplayAnswer answer);

  /**
   * Gives up a claim this caller holds, so that the request may run again. Does nothing if the
   * claim has expired and someone else holds the key now.
   *
   * @throws ReplayStoreException if the store could not remove it
   */
  void release(ReplayClaim claim);

  /** Frees what the store holds open (connections, threads); the in-memory store has none. */
  @Override
  default void close() {}

  /**
   * A store in this process's memory, for one instance: at most {@value
   * InMemoryReplayStore#DEFAULT_MAX_ENTRIES} keys and {@value
   * InMemoryReplayStore#DEFAULT_MAX_ANSWER_BYTES} bytes of answers.
   */
  static ReplayStore inMemory() {
    return inMemory(
        InMemoryReplayStore.DEFAULT_MAX_ENTRIES, InMemoryReplayStore.DEFAULT_MAX_ANSWER_BYTES);
  }

  /**
   * A store in this process's memory with other bounds. When it holds {@code maxEntries} keys that
   * have not expired, a new claim fails (the hook is answered 503) rather than forgetting what was
   * handled; when its answers take {@code maxAnswerBytes}, a further answer is kept without its
   * body (its copies get the same status and a short fixed message).
   *
   * @param maxEntries the most keys held at once, at least 1
   * @param maxAnswerBytes the most bytes of answer bodies held at once, at least 0
   */
  static ReplayStore inMemory(int maxEntries, long maxAnswerBytes) {
    return new InMemoryReplayStore(maxEntries, maxAnswerBytes, System::nanoTime);
  }
}
