package dev.crmcards.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmcards.spring.boot.InvalidPropertyException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A crmcards property with a value crmcards refuses stops the start with a report naming it. */
@ExtendWith(OutputCaptureExtension.class)
class InvalidPropertyTest {

  @Test
  void theStartupReportNamesThePropertyAndWhereToChangeIt(CapturedOutput output) {
    SpringApplicationBuilder application =
        new SpringApplicationBuilder(InvoicesApplication.class)
            .properties("server.port=0");

    // As arguments, which outrank the example's application.properties.
    assertThatThrownBy(() -> application.run("--crmcards.client-secret=s3cret", "--crmcards.max-body-size=-1MB"))
        .satisfies(failure -> assertThat(causes(failure))
            .anySatisfy(cause -> assertThat(cause)
                .isInstanceOf(InvalidPropertyException.class)
                .hasMessage("crmcards.max-body-size: maxBodyBytes must be between 1 and 1073741824, not -1048576")));
    assertThat(output)
        .contains("APPLICATION FAILED TO START")
        .contains("The property crmcards.max-body-size holds a value crmcards cannot use: ")
        .contains("Change crmcards.max-body-size where it is set (application.properties or .yml, the"
            + " environment variable CRMCARDS_MAXBODYSIZE, or a --crmcards.max-body-size= argument)");
  }

  private static java.util.List<Throwable> causes(Throwable failure) {
    java.util.List<Throwable> chain = new java.util.ArrayList<>();
    for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
      chain.add(t);
    }
    return chain;
  }
}
