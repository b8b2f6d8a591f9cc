package dev.crmcards.examples.spring;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmcards.spring.boot.MissingClientSecretException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Without a client secret the application does not start, and says which property to set. */
class MissingClientSecretTest {

  @Test
  void startupFailsNamingTheProperty() {
    SpringApplicationBuilder application =
        new SpringApplicationBuilder(InvoicesApplication.class)
            .properties("server.port=0", "crmcards.client-secret=");

    assertThatThrownBy(application::run)
        .rootCause()
        .isInstanceOf(MissingClientSecretException.class)
        .hasMessageContaining("crmcards.client-secret")
        .hasMessageContaining("[invoices]");
  }
}
