package dev.crmcards.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A billing application with a HubSpot card. After {@code mvn -B package -DskipTests} at the
 * repository's root, run it with {@code HUBSPOT_CLIENT_SECRET=... java -jar
 * examples/spring-boot/target/crmcards-examples-spring-boot-0.1.0-SNAPSHOT.jar}: the card answers
 * at {@code /hubspot/invoices}, the application's API at {@code /api/invoices}, the card's metrics
 * at {@code /actuator/metrics/crmcards.requests}.
 */
@SpringBootApplication
public class InvoicesApplication {
  public static void main(String[] args) {
    SpringApplication.run(InvoicesApplication.class, args);
  }
}
