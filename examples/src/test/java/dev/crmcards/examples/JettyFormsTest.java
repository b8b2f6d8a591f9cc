package dev.crmcards.examples;

import dev.crmcards.servlet.JettyContainer;
import dev.crmcards.servlet.ServletContainer;

/** The forms over HTTP on embedded Jetty. */
class JettyFormsTest extends FormsContract {
  @Override
  ServletContainer newContainer() {
    return new JettyContainer();
  }
}
