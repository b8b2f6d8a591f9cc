package dev.crmcards.servlet;

/** The servlet on embedded Jetty 12 (ee10). */
class JettyCardServletTest extends CardServletContract {
  @Override
  ServletContainer newContainer() {
    return new JettyContainer();
  }
}
