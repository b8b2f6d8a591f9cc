package dev.crmcards;

/**
 * The HTTP method of an action hook ({@code httpMethod}). For GET and DELETE HubSpot appends the
 * action's associated object properties to the query string; for the others it sends them in the
 * body (form-urlencoded from legacy cards, JSON from HubSpot's app-card converter).
 */
public enum HttpMethod {
  GET,
  POST,
  PUT,
  DELETE,
  PATCH
}
