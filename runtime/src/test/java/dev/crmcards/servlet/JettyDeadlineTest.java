package dev.crmcards.servlet;

/** The handler deadline on embedded Jetty, servlets registered async-supported. */
class JettyDeadlineTest extends DeadlineContract {
  @Override
  ServletContainer newContainer() {
    return new JettyContainer(true);
  }

  @Override
  boolean asyncSupported() {
    return true;
  }
}
