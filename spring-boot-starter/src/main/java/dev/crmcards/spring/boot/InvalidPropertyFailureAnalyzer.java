package dev.crmcards.spring.boot;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains an {@link InvalidPropertyException} in Spring Boot's startup failure report, rather than
 * at the end of a chain of "Caused by".
 */
final class InvalidPropertyFailureAnalyzer extends AbstractFailureAnalyzer<InvalidPropertyException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, InvalidPropertyException cause) {
    return new FailureAnalysis(
        "The property " + cause.property() + " holds a value crmcards cannot use: " + cause.reason() + ".",
        "Change " + cause.property() + " where it is set (application.properties or .yml, the environment"
            + " variable " + cause.environmentVariable() + ", or a --" + cause.property() + "= argument), or"
            + " leave it out for its default.",
        cause);
  }
}
