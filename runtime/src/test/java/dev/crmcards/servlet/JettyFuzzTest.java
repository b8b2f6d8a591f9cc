package dev.crmcards.servlet;

/** Malformed requests against the servlet on embedded Jetty. */
class JettyFuzzTest extends FuzzContract {
  @Override
  ServletContainer newContainer() {
    return new JettyContainer();
  }

  @Override
  String name() {
    return "Jetty";
  }
}
