package dev.crmcards.spring.boot;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.DurationUnit;
import org.springframework.util.unit.DataSize;

/**
 * The {@code crmcards.*} properties of the Spring Boot starter.
 *
 * <pre>
 * crmcards.client-secret=${HUBSPOT_CLIENT_SECRET:}
 * crmcards.public-base-url=https://cards.example.com
 * crmcards.accept-local-proxy=false
 * crmcards.handler-timeout=4s
 * crmcards.max-body-size=1MB
 * crmcards.path=/hubspot/*
 * </pre>
 */
// A misspelt key (crmcards.hander-timeout) fails the start, naming it, rather than leaving a
// security setting at its default unnoticed.
@ConfigurationProperties(prefix = CrmCardsProperties.PREFIX, ignoreUnknownFields = false)
public class CrmCardsProperties {

  /** The prefix of these properties. */
  public static final String PREFIX = "crmcards";

  /** The full name of the client secret property, for messages. */
  public static final String CLIENT_SECRET = PREFIX + ".client-secret";

  /** Whether the generated cards whose Handler is a bean are served. */
  private boolean enabled = true;

  /**
   * The HubSpot app's client secret, which signs every request HubSpot sends to the cards; several
   * separated by commas while rotating. Required as soon as a card is served.
   */
  private String clientSecret;

  /**
   * The public scheme, host and path prefix under which HubSpot reaches this application, when a
   * proxy makes it differ from what the server sees, e.g. https://cards.example.com. Without it, a
   * request is verified against the URL its card declares.
   */
  private String publicBaseUrl;

  /**
   * Whether to also accept a signature made for the URL as the request arrived, as HubSpot's local
   * development proxy (hs project dev) signs the card's hubspot.fetch for the local URL it calls.
   * For a development server on a loopback address; off for a server HubSpot calls.
   */
  private boolean acceptLocalProxy;

  /**
   * Whether to accept v3 signatures only (the default). HubSpot signs every card request v3 as well;
   * false also accepts v2 alone, which has no timestamp: a copy of a request without its v3 headers
   * would verify at any later time.
   */
  private boolean requireV3 = true;

  /**
   * How long a card's handler may take before the request is answered 503 in its place; 0 for no
   * deadline. HubSpot waits five seconds for a card.
   */
  @DurationUnit(ChronoUnit.SECONDS)
  private Duration handlerTimeout = Duration.ofSeconds(4);

  /** The largest request body accepted; larger ones are answered 413. */
  private DataSize maxBodySize = DataSize.ofMegabytes(1);

  /**
   * The servlet URL patterns the cards are served at, e.g. /hubspot/*. By default, patterns derived
   * from the cards' own URLs: each route's path up to its first placeholder.
   */
  private List<String> path = new ArrayList<>();

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String getClientSecret() {
    return clientSecret;
  }

  public void setClientSecret(String clientSecret) {
    this.clientSecret = clientSecret;
  }

  public String getPublicBaseUrl() {
    return publicBaseUrl;
  }

  public void setPublicBaseUrl(String publicBaseUrl) {
    this.publicBaseUrl = publicBaseUrl;
  }

  public boolean isAcceptLocalProxy() {
    return acceptLocalProxy;
  }

  public void setAcceptLocalProxy(boolean acceptLocalProxy) {
    this.acceptLocalProxy = acceptLocalProxy;
  }

  public boolean isRequireV3() {
    return requireV3;
  }

  public void setRequireV3(boolean requireV3) {
    this.requireV3 = requireV3;
  }

  public Duration getHandlerTimeout() {
    return handlerTimeout;
  }

  public void setHandlerTimeout(Duration handlerTimeout) {
    this.handlerTimeout = handlerTimeout;
  }

  public DataSize getMaxBodySize() {
    return maxBodySize;
  }

  public void setMaxBodySize(DataSize maxBodySize) {
    this.maxBodySize = maxBodySize;
  }

  public List<String> getPath() {
    return path;
  }

  public void setPath(List<String> path) {
    this.path = path;
  }

  /** The client secret(s), without blanks; empty if none is set. */
  List<String> clientSecrets() {
    List<String> secrets = new ArrayList<>();
    if (clientSecret != null) {
      for (String secret : clientSecret.split(",")) {
        if (!secret.isBlank()) {
          secrets.add(secret.strip());
        }
      }
    }
    return secrets;
  }

  /** The configuration, with secrets only counted. */
  @Override
  public String toString() {
    return "CrmCardsProperties[enabled=" + enabled
        + ", clientSecrets=" + clientSecrets().size()
        + ", publicBaseUrl=" + publicBaseUrl
        + ", acceptLocalProxy=" + acceptLocalProxy
        + ", handlerTimeout=" + handlerTimeout
        + ", maxBodySize=" + maxBodySize
        + ", path=" + path + "]";
  }
}
