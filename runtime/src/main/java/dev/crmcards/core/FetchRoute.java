package dev.crmcards.core;

import dev.crmcards.FetchRequest;

/** Answers a card's data fetch. Generated card classes implement it by calling the handler. */
@FunctionalInterface
public interface FetchRoute {
  /**
   * Produces the card's data for a verified request.
   *
   * @return the JSON to send with status 200; written only after this method returns, so an
   *     exception thrown while writing still leads to a clean error response
   * @throws Exception any failure; the client gets a 500 without details, the exception is logged.
   *     An {@link dev.crmcards.InvalidRequestException} becomes a 400 with its message
   */
  JsonBody handle(FetchRequest request) throws Exception;
}
