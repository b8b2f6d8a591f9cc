package dev.crmcards.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A billing application with a HubSpot card. Run it with {@code
 * HUBSPOT_CLIENT_SECRET=... mvn spring-boot:run}; the card answers at {@code /hubspot/invoices},
 * its API at {@code /api/invoices}, its metrics at {@code /actuator/metrics/crmcards.requests}.
 */
@SpringBootApplication
public class InvoicesApplication {
  public static void main(String[] args) {
    SpringApplication.run(InvoicesApplication.class, args);
  }
}
