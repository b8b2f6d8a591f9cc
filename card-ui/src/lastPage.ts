/** Without a `total`: the last page a TABLE has, learned when the page past it came back empty. */
export interface LastPage {
  page: number;
  /** The card's reloads when it was learned: an action since may have added rows. */
  reloads: number;
}

/**
 * What is still known of the last page. A reload forgets it: an action may have added rows. Until
 * then it holds, also when the user comes back to it and finds it full, as a last page found this
 * way always is: offering the empty page past it again on every visit would only lead back.
 */
export function lastPageAfter(last: LastPage | undefined, reloads: number): LastPage | undefined {
  return last === undefined || last.reloads !== reloads ? undefined : last;
}
