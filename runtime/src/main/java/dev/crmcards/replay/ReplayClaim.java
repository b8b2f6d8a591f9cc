package dev.crmcards.replay;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link ReplayStore#claim} found: the key is now the caller's, someone is handling it, or
 * it was handled and here is the answer. Immutable.
 */
public final class ReplayClaim {

  /** Who holds the key. */
  public enum State {
    /** Nobody had it: the caller holds it now and must complete or release it. */
    CLAIMED,
    /** Someone claimed it and has not completed it yet. */
    IN_PROGRESS,
    /** It was handled; {@link #answer()} is the first answer. */
    DONE
  }

  private final State state;
  private final String key;
  private final String token;
  private final ReplayAnswer answer;

  private ReplayClaim(State state, String key, String token, ReplayAnswer answer) {
    this.state = state;
    this.key = Objects.requireNonNull(key, "key");
    this.token = token;
    this.answer = answer;
  }

  /**
   * The key is the caller's.
   *
   * @param token tells this claim from a later claim of the same key once this one has expired
   */
  public static ReplayClaim claimed(String key, String token) {
    return new ReplayClaim(State.CLAIMED, key, Objects.requireNonNull(token, "token"), null);
  }

  /** Someone else is handling the key. */
  public static ReplayClaim inProgress(String key) {
    return new ReplayClaim(State.IN_PROGRESS, key, null, null);
  }

  /** The key was handled with this answer. */
  public static ReplayClaim done(String key, ReplayAnswer answer) {
    return new ReplayClaim(State.DONE, key, null, Objects.requireNonNull(answer, "answer"));
  }

  public State state() {
    return state;
  }

  public String key() {
    return key;
  }

  /** The claim's token; only for {@link State#CLAIMED}, for the store that made it. */
  public String token() {
    if (token == null) {
      throw new IllegalStateException("only a CLAIMED claim has a token; this one is " + state);
    }
    return token;
  }

  /** The first answer, for {@link State#DONE}. */
  public Optional<ReplayAnswer> answer() {
    return Optional.ofNullable(answer);
  }

  /** The state only: keys and tokens stay out of logs. */
  @Override
  public String toString() {
    return "ReplayClaim[" + state + "]";
  }
}
