package dev.crmcards.servlet;

import dev.crmcards.core.CardRoutes;
import java.util.Arrays;
import java.util.Collection;

/**
 * One servlet for all the cards of an app (HubSpot allows up to 25), routing by path; otherwise
 * like {@link CardServlet}.
 *
 * <pre>{@code
 * HttpServlet servlet = new CrmCardsServlet(
 *     List.of(BugCrmCard.routes(bugs), DealCrmCard.routes(deals)),
 *     CardSettings.fromEnvironment());
 * }</pre>
 */
public class CrmCardsServlet extends CardServlet {
  private static final long serialVersionUID = 1L;

  /**
   * A servlet for several cards.
   *
   * @throws IllegalArgumentException if there is no card, two cards have the same name, or two
   *     cards have routes that answer the same requests (the message names both cards)
   */
  public CrmCardsServlet(Collection<CardRoutes> cards, CardSettings settings) {
    super(cards, settings);
  }

  /** Like {@link #CrmCardsServlet(Collection, CardSettings)}. */
  public CrmCardsServlet(CardSettings settings, CardRoutes... cards) {
    this(Arrays.asList(cards), settings);
  }
}
