package dev.crmcards;

/**
 * The HubSpot CRM record types a card can appear on.
 *
 * <p>In the card definition each becomes {@code fetch.objectTypes[].name} in lower case; when a
 * user opens such a record, HubSpot sends the singular upper-case form (for example {@code
 * CONTACT}) as the {@code associatedObjectType} query parameter of the data fetch.
 */
public enum CrmObjectType {
  /** Contact records; the data fetch carries {@code associatedObjectType=CONTACT}. */
  CONTACTS("contacts", "CONTACT"),
  /** Company records; the data fetch carries {@code associatedObjectType=COMPANY}. */
  COMPANIES("companies", "COMPANY"),
  /** Deal records; the data fetch carries {@code associatedObjectType=DEAL}. */
  DEALS("deals", "DEAL"),
  /** Ticket records; the data fetch carries {@code associatedObjectType=TICKET}. */
  TICKETS("tickets", "TICKET");

  private final String definitionName;
  private final String requestName;

  CrmObjectType(String definitionName, String requestName) {
    this.definitionName = definitionName;
    this.requestName = requestName;
  }

  /** The name used in the card definition, e.g. {@code contacts}. */
  public String definitionName() {
    return definitionName;
  }

  /** The value HubSpot sends as {@code associatedObjectType}, e.g. {@code CONTACT}. */
  public String requestName() {
    return requestName;
  }
}
