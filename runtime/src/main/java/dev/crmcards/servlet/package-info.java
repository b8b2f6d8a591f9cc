/**
 * Serving cards over the Servlet API (Jakarta Servlet 6): {@link dev.crmcards.servlet.CardServlet}
 * serves one card and {@link dev.crmcards.servlet.CrmCardsServlet} several, as thin adapters onto
 * {@link dev.crmcards.core.CardPipeline}; {@link dev.crmcards.servlet.CardSettings} holds the
 * secret(s) and options.
 */
package dev.crmcards.servlet;
