package dev.crmcards.examples;

import dev.crmcards.servlet.JettyContainer;
import dev.crmcards.servlet.ServletContainer;

/** The orders card's paging, sorting, search and 400s on embedded Jetty. */
class JettyOrdersCardTest extends OrdersCardContract {
  @Override
  ServletContainer newContainer() {
    return new JettyContainer();
  }
}
