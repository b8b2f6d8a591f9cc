package dev.crmcards.core;

import dev.crmcards.replay.ReplayStore;

/** {@link ReplayOutcomeContract} with the in-memory store. */
class InMemoryReplayOutcomeTest extends ReplayOutcomeContract {
  @Override
  protected ReplayStore newStore() {
    return ReplayStore.inMemory();
  }
}
