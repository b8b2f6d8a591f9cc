package dev.crmcards.servlet;

/** The handler deadline on embedded Jetty, servlets registered without async support: the fallback. */
class JettyNotAsyncDeadlineTest extends DeadlineContract {
  @Override
  ServletContainer newContainer() {
    return new JettyContainer(false);
  }

  @Override
  boolean asyncSupported() {
    return false;
  }
}
