package dev.crmcards.cli.deploy;

import java.time.Duration;

/**
 * How the command line waits between attempts: the real thread sleep, or, in tests, something that
 * records the wait and returns at once, so that no test depends on how busy the machine is.
 */
@FunctionalInterface
public interface Sleeper {
  /** {@link Thread#sleep}. */
  Sleeper SYSTEM = delay -> Thread.sleep(delay.toMillis());

  void sleep(Duration delay) throws InterruptedException;
}
