package dev.crmcards.spring.boot;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a {@link MissingClientSecretException} in Spring Boot's startup failure report. */
final class MissingClientSecretFailureAnalyzer
    extends AbstractFailureAnalyzer<MissingClientSecretException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, MissingClientSecretException cause) {
    return new FailureAnalysis(
        "The cards " + cause.cards() + " are served, but " + CrmCardsProperties.CLIENT_SECRET
            + " is not set: without it no request from HubSpot can be verified.",
        "Set " + CrmCardsProperties.CLIENT_SECRET + " to the client secret in your HubSpot app's"
            + " Auth settings, for example crmcards.client-secret=${HUBSPOT_CLIENT_SECRET:} in"
            + " application.properties (several separated by commas while rotating).",
        cause);
  }
}
