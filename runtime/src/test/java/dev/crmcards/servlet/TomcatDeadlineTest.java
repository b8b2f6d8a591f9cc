package dev.crmcards.servlet;

/** The handler deadline on embedded Tomcat, servlets registered async-supported. */
class TomcatDeadlineTest extends DeadlineContract {
  @Override
  ServletContainer newContainer() {
    return new TomcatContainer(true);
  }

  @Override
  boolean asyncSupported() {
    return true;
  }
}
