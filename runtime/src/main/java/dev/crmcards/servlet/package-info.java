/**
 * Serving cards over the Servlet API (Jakarta Servlet 6): {@link dev.crmcards.servlet.CardRoutes}
 * describes a card's fetch and hook routes, {@link dev.crmcards.servlet.CardServlet} serves one
 * card and {@link dev.crmcards.servlet.CrmCardsServlet} several, verifying HubSpot's signatures
 * with the {@link dev.crmcards.servlet.CardSettings}.
 */
package dev.crmcards.servlet;
