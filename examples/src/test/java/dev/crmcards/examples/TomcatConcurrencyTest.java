package dev.crmcards.examples;

import dev.crmcards.servlet.TomcatContainer;
import dev.crmcards.servlet.ServletContainer;

/** Concurrent fetches and hooks on embedded Tomcat. */
class TomcatConcurrencyTest extends ConcurrencyContract {
  @Override
  ServletContainer newContainer() {
    return new TomcatContainer();
  }
}
