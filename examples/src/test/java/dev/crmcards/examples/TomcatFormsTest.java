package dev.crmcards.examples;

import dev.crmcards.servlet.TomcatContainer;
import dev.crmcards.servlet.ServletContainer;

/** The forms over HTTP on embedded Tomcat. */
class TomcatFormsTest extends FormsContract {
  @Override
  ServletContainer newContainer() {
    return new TomcatContainer();
  }
}
