package dev.crmcards.servlet;

/** The servlet on embedded Tomcat 11. */
class TomcatCardServletTest extends CardServletContract {
  @Override
  ServletContainer newContainer() {
    return new TomcatContainer();
  }
}
