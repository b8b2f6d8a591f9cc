package dev.crmcards.cli.request;

import java.util.Map;

/**
 * Plausible values for the record properties a card asks HubSpot to send, so that a check or
 * preview exercises the card server with data shaped like a real record's. The contact is the
 * one of HubSpot's CRM cards guide.
 */
public final class SampleValues {
  private static final Map<String, String> KNOWN =
      Map.ofEntries(
          Map.entry("firstname", "Tim"),
          Map.entry("lastname", "Robinson"),
          Map.entry("email", "timrobinson@itysl.com"),
          Map.entry("phone", "+1 555 0100"),
          Map.entry("mobilephone", "+1 555 0101"),
          Map.entry("company", "ITYSL Inc."),
          Map.entry("jobtitle", "Support lead"),
          Map.entry("website", "https://itysl.com"),
          Map.entry("domain", "itysl.com"),
          Map.entry("name", "ITYSL Inc."),
          Map.entry("city", "Boston"),
          Map.entry("state", "MA"),
          Map.entry("country", "United States"),
          Map.entry("zip", "02110"),
          Map.entry("industry", "COMPUTER_SOFTWARE"),
          Map.entry("lifecyclestage", "customer"),
          Map.entry("hs_lead_status", "OPEN"),
          Map.entry("dealname", "ITYSL renewal"),
          Map.entry("amount", "1200.00"),
          Map.entry("dealstage", "appointmentscheduled"),
          Map.entry("pipeline", "default"),
          Map.entry("closedate", "2026-12-31"),
          Map.entry("subject", "Cannot log in"),
          Map.entry("content", "The login page shows an error."),
          Map.entry("hs_pipeline", "0"),
          Map.entry("hs_pipeline_stage", "1"),
          Map.entry("hs_ticket_priority", "HIGH"),
          Map.entry("hs_ticket_category", "PRODUCT_ISSUE"),
          Map.entry("protected_account", "false"));

  private SampleValues() {}

  /** A value for the named HubSpot property: a typical one for well-known names. */
  public static String of(String propertyName) {
    String known = KNOWN.get(propertyName);
    return known != null ? known : "sample-" + propertyName;
  }
}
