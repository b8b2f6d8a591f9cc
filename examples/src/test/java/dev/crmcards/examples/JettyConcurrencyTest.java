package dev.crmcards.examples;

import dev.crmcards.servlet.JettyContainer;
import dev.crmcards.servlet.ServletContainer;

/** Concurrent fetches and hooks on embedded Jetty. */
class JettyConcurrencyTest extends ConcurrencyContract {
  @Override
  ServletContainer newContainer() {
    return new JettyContainer();
  }
}
