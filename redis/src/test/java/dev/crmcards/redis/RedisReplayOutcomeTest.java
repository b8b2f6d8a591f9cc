package dev.crmcards.redis;

import dev.crmcards.core.ReplayOutcomeContract;
import dev.crmcards.replay.ReplayStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** {@link ReplayOutcomeContract} with the store on a real redis-server. */
class RedisReplayOutcomeTest extends ReplayOutcomeContract {

  private static RedisServer redis;

  @BeforeAll
  static void startRedis() throws Exception {
    redis = RedisServer.start();
  }

  @AfterAll
  static void stopRedis() throws Exception {
    if (redis != null) {
      redis.close();
    }
  }

  @Override
  protected ReplayStore newStore() {
    return RedisReplayStore.create(redis.uri());
  }
}
