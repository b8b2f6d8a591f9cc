package dev.crmcards;

/**
 * Where HubSpot shows an app card. Each location of a card becomes one card component of the
 * HubSpot project ({@code *-hsmeta.json}), and a card shows at its locations only (see {@link
 * CrmCard#locations()} for those of a card that names none); crmcards' card UI lays the card out
 * for the room each location gives.
 */
public enum CardLocation {
  /** The middle-column-right sidebar of a contact, company, deal or ticket record ({@code crm.record.sidebar}). */
  RECORD_SIDEBAR,
  /** A tab of its own in the middle column of a record, with room for a full table ({@code crm.record.tab}). */
  RECORD_TAB,
  /** The preview panel that opens beside a list or board of records ({@code crm.preview}). */
  PREVIEW,
  /**
   * The sidebar of a ticket in the help desk ({@code helpdesk.sidebar}); a card on TICKETS only,
   * where it is by default.
   */
  HELPDESK_SIDEBAR
}
