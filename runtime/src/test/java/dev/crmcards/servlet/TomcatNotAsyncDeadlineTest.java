package dev.crmcards.servlet;

/** The handler deadline on embedded Tomcat, servlets registered without async support: the fallback. */
class TomcatNotAsyncDeadlineTest extends DeadlineContract {
  @Override
  ServletContainer newContainer() {
    return new TomcatContainer(false);
  }

  @Override
  boolean asyncSupported() {
    return false;
  }
}
