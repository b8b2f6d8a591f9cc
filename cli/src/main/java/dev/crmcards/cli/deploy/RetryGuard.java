package dev.crmcards.cli.deploy;

import java.io.IOException;

/**
 * Asked before a request that is not idempotent (a POST) is sent again after an answer that
 * leaves it unknown whether it took effect (a 5xx, a broken connection).
 */
@FunctionalInterface
interface RetryGuard {
  /** Safe requests: retry without asking. */
  RetryGuard IDEMPOTENT = () -> false;

  /** Whether the earlier attempt took effect after all, so that sending again would repeat it. */
  boolean tookEffect() throws IOException;
}
