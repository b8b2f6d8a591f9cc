package dev.crmcards.servlet;

/** Malformed requests against the servlet on embedded Tomcat. */
class TomcatFuzzTest extends FuzzContract {
  @Override
  ServletContainer newContainer() {
    return new TomcatContainer();
  }

  @Override
  String name() {
    return "Tomcat";
  }
}
