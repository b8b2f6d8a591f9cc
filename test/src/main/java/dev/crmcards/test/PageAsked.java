package dev.crmcards.test;

import dev.crmcards.core.RawRequest;
import java.util.function.IntFunction;

/**
 * The page a TABLE card's data fetch asked for, and the same request for another page: what the
 * tester needs to judge the answer's paging as {@code crmcards-cli check} does.
 *
 * @param page the page asked for, 1-based
 * @param pageSize the rows asked for per page, the card's own page size when the request names none
 * @param onPage the request as it is, signed anew, but for the given page
 */
record PageAsked(int page, int pageSize, IntFunction<RawRequest> onPage) {}
