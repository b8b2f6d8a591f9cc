package dev.crmcards;

/** How crmcards' card UI draws a card's objects. */
public enum CardLayout {
  /**
   * HubSpot's legacy look: at most five objects, each a tile with its title, its properties as
   * "label: value" pairs and its action buttons.
   */
  TILES,
  /**
   * HubSpot's table: the title column first (linked), one column per {@link CardProperty} in
   * declaration order, STATUS values as tags, each row's actions in a menu; paged on the server
   * ({@link CrmCard#pageSize()}), with sortable columns ({@link CardProperty#sortable()}) and an
   * optional search box ({@link CrmCard#searchable()}).
   */
  TABLE
}
