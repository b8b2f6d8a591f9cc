package dev.crmcards.examples;

import dev.crmcards.servlet.ServletContainer;
import dev.crmcards.servlet.TomcatContainer;

/** The orders card's paging, sorting, search and 400s on embedded Tomcat. */
class TomcatOrdersCardTest extends OrdersCardContract {
  @Override
  ServletContainer newContainer() {
    return new TomcatContainer();
  }
}
