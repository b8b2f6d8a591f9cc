import {
  Flex,
  LoadingSpinner,
  SearchInput,
} from '@hubspot/ui-extensions';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';

import { CardFooterActions, CardHeaderActions } from './CardActions';
import { CardFailure, PageFailure } from './CardFailure';
import { CardLoading, NothingToShow } from './CardPlaceholders';
import type { CardHostProps } from './host';
import type { Formatting } from './PropertyValue';
import { ruleText } from './formRules';
import { fetchCard } from './requests';
import { shownObjects } from './shownValues';
import { isSummary, SummaryView } from './SummaryView';
import { tableLayout } from './tableLayout';
import { pageCount, pageInRange, tableParameters, type TableQuery } from './tableQuery';
import { TableView } from './TableView';
import type { CardAction, CardDefinition } from './types';
import type { CardView, LocationName, TableResponse, TableSort } from './viewTypes';
import { MAX_SEARCH_LENGTH } from './vocabulary';

/** How long the search waits after the last keystroke before it asks the server. */
export const SEARCH_DELAY_MS = 400;

/** The clock the search waits on; tests hand in their own. */
export interface SearchTimer {
  set(run: () => void, delayMs: number): unknown;
  clear(handle: unknown): void;
}

const realTimer: SearchTimer = {
  set: (run, delayMs) => setTimeout(run, delayMs),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

interface TableCardProps extends CardHostProps {
  definition: CardDefinition;
  view: CardView;
  location?: LocationName;
  formatting: Formatting;
  onAction: (action: CardAction, objectTitle?: string) => void;
  /** Changes when an action asks for the card's data again. */
  reloads: number;
  /** What the card shows above its objects while an action waits for the user. */
  confirmation?: ReactNode;
  /**
   * Called when the user asks for another page, order or search, and again when its rows replace
   * those on screen: the rows change.
   */
  onQueryChange?: () => void;
  searchTimer?: SearchTimer;
}

/** The page on screen: the answer and the query it answers. */
interface Shown {
  response: TableResponse;
  query: TableQuery;
  pageCount: number;
  /** The card's reloads when this page was asked for: later ones make it stale. */
  reloads: number;
  /**
   * Without a total: the last page there is, learned when the page past it came back empty, and
   * the card's reloads then. It holds until a reload (an action may have added rows), also when
   * the user comes back to it and finds it full, as a last page found this way always is.
   */
  lastPage?: { page: number; reloads: number };
}

/**
 * A TABLE card: asks its server for one page at a time, in the order and for the search the
 * user chose, and shows it with the summary above. While the next page is on its way the
 * current one stays on screen.
 */
export function TableCard(props: TableCardProps) {
  const { definition, view, location, formatting, onAction, reloads, context, actions, onQueryChange } = props;
  const timer = props.searchTimer ?? realTimer;
  const layout = useMemo(
    () => tableLayout(view, definition.display.properties, location),
    [view, definition, location],
  );
  const [query, setQuery] = useState<TableQuery>({ page: 1, pageSize: layout.pageSize, search: '' });
  const [shown, setShown] = useState<Shown | undefined>();
  const [summary, setSummary] = useState<Record<string, unknown> | undefined>();
  const [loading, setLoading] = useState(true);
  // What the server said, and the query it refused: a retry asks for that one again.
  const [failure, setFailure] = useState<{ message: string; query: TableQuery } | undefined>();
  const [searchText, setSearchText] = useState('');
  const pendingSearch = useRef<unknown>(undefined);
  // Read when an answer comes in, after the renders since its request went out.
  const shownNow = useRef<Shown | undefined>();
  shownNow.current = shown;
  const queryNow = useRef(query);
  queryNow.current = query;
  /**
   * The query on screen, set back after a failed one: its page is there already, unless a reload
   * asks since.
   */
  const restored = useRef<{ query: TableQuery; reloads: number } | undefined>();

  useEffect(() => {
    const back = restored.current;
    restored.current = undefined;
    if (back?.query === query && back.reloads === reloads) {
      return;
    }
    let current = true;
    setLoading(true);
    fetchCard(definition, { context, actions }, tableParameters(query)).then((answer) => {
      if (!current) {
        return;
      }
      setLoading(false);
      /** Back to the query on screen, whose page is there already, without asking for it again. */
      const restore = (onScreen: TableQuery) => {
        restored.current = { query: onScreen, reloads };
        // Only if nothing asked for another query meanwhile (a search that fired, a click).
        setQuery((q) => (q === query ? onScreen : q));
      };
      if (!answer.ok) {
        setFailure({ message: answer.message, query });
        // The next page, sort or reload builds on what the user sees, not on the refused query.
        const onScreen = shownNow.current?.query;
        if (onScreen !== undefined && onScreen !== query) {
          restore(onScreen);
        }
        return;
      }
      const response = answer.body as TableResponse;
      const rows = response.results.length;
      setFailure(undefined);
      const inRange = pageInRange(query, rows, response.total);
      if (inRange !== undefined) {
        // Fewer rows than before (a hook removed some): the last page there is, not an empty one.
        const lastPage = { page: inRange, reloads };
        const onScreen = shownNow.current;
        if (onScreen?.reloads === reloads && onScreen.query.page === inRange && sameOrder(onScreen.query, query)) {
          // Paged one past the end: the page to go back to is on screen and as fresh as this
          // answer, so it stays without being asked for again.
          setShown({ ...onScreen, pageCount: Math.min(onScreen.pageCount, inRange), lastPage });
          restore(onScreen.query);
          return;
        }
        setShown((before) => before && { ...before, pageCount: Math.min(before.pageCount, inRange), lastPage });
        setQuery((q) => (q === query ? { ...q, page: inRange } : q));
        return;
      }
      // Rows of another page, order or search replace those on screen: whatever was asked about
      // one of them (a question asked while they loaded) goes with them. A reload keeps its query.
      if (shownNow.current !== undefined && shownNow.current.query !== query) {
        onQueryChange?.();
      }
      setShown((before) => {
        const same = before !== undefined && sameOrder(before.query, query);
        const lastPage =
          same && response.total === undefined && before.lastPage?.reloads === reloads ? before.lastPage : undefined;
        const count = pageCount(query, rows, response.total, same ? before.pageCount : 1);
        return { response, query, reloads, pageCount: lastPage === undefined ? count : Math.min(count, lastPage.page), lastPage };
      });
      // Page 1 brings the search's summary, or by its absence says there is none to show.
      if (query.page === 1 || isSummary(response.summary)) {
        setSummary(summaryOf(response));
      }
    });
    return () => {
      current = false;
    };
    // context and actions are HubSpot's, stable for the card's life, as is the card's onQueryChange.
  }, [definition, query, reloads]);

  // The server sends the summary with page 1 only. After an action on a later page, what the
  // figures count may have changed: ask for page 1 (one row) too, for its summary alone.
  const reloadsSeen = useRef(reloads);
  useEffect(() => {
    if (reloadsSeen.current === reloads) {
      return;
    }
    reloadsSeen.current = reloads;
    if (!view.summary || query.page === 1) {
      return;
    }
    let current = true;
    fetchCard(definition, { context, actions }, tableParameters({ ...query, page: 1, pageSize: 1 })).then((answer) => {
      // A new search meanwhile brings its own summary with its page 1: this one counts another.
      if (current && answer.ok && queryNow.current.search === query.search) {
        setSummary(summaryOf(answer.body as TableResponse));
      }
    });
    return () => {
      current = false;
    };
    // Only a reload asks: the query's own changes fetch their page above.
  }, [reloads]);

  useEffect(() => () => timer.clear(pendingSearch.current), [timer]);

  const onSearch = useCallback(
    (text: string) => {
      setSearchText(text);
      // An error about another search than the box now holds would retry what the user took back.
      setFailure((f) => (f !== undefined && f.query.search.trim() !== text.trim() ? undefined : f));
      timer.clear(pendingSearch.current);
      pendingSearch.current = timer.set(() => {
        // The server refuses a longer search; the box says so instead of asking.
        if (searchTooLong(text)) {
          return;
        }
        // Leaving the box reports its text again: only a changed search changes the rows.
        if (queryNow.current.search.trim() !== text.trim()) {
          onQueryChange?.();
        }
        setQuery((q) => (q.search.trim() === text.trim() ? q : { ...q, page: 1, search: text }));
      }, SEARCH_DELAY_MS);
    },
    [timer, onQueryChange],
  );
  const onSortChange = useCallback((sort: TableSort) => {
    onQueryChange?.();
    setQuery((q) => ({ ...q, page: 1, sort }));
  }, [onQueryChange]);
  const onPageChange = useCallback((page: number) => {
    // The pager is the table's on screen: while another search or order is on its way, page N of
    // it would come without its page 1, the only one with its summary. The click is dropped.
    const onScreen = shownNow.current?.query;
    const pagesOnScreen = (q: TableQuery) => onScreen === undefined || sameOrder(q, onScreen);
    if (!pagesOnScreen(queryNow.current)) {
      return;
    }
    onQueryChange?.();
    // A second click on "next" while the page is on its way asks for the same page: let it come.
    setQuery((q) => (q.page === page || !pagesOnScreen(q) ? q : { ...q, page }));
  }, [onQueryChange]);
  const retry = useCallback(() => {
    if (failure === undefined) {
      return;
    }
    onQueryChange?.();
    // A copy: the refused query may be the one on screen (a failed reload), asked for again all the same.
    setQuery({ ...failure.query });
  }, [failure, onQueryChange]);

  if (!shown) {
    if (failure !== undefined && !loading) {
      return <CardFailure title={definition.title} message={failure.message} retry={retry} />;
    }
    return <CardLoading title={definition.title} />;
  }
  const { response } = shown;
  const objects = shownObjects(response.results, shown.query.pageSize);
  const tooLong = searchTooLong(searchText);
  return (
    <Flex direction="column" gap="sm">
      <CardHeaderActions response={response} onAction={onAction} />
      {props.confirmation}
      {view.summary && summary && <SummaryView shape={view.summary} values={summary} formatting={formatting} />}
      {view.searchable && (
        <SearchInput
          testId="search"
          name="q"
          label={`Search ${definition.title}`}
          placeholder="Search"
          value={searchText}
          onInput={onSearch}
          onChange={onSearch}
          error={tooLong}
          validationMessage={tooLong ? ruleText('TOO_LONG', { maxLength: MAX_SEARCH_LENGTH }) : undefined}
        />
      )}
      {failure !== undefined && (
        <PageFailure title={definition.title} message={failure.message} retry={retry} retrying={loading} />
      )}
      {loading && <LoadingSpinner testId="page-loading" size="xs" label="Loading" />}
      {objects.length === 0 && shown.query.page === 1 ? (
        <NothingToShow
          message={
            shown.query.search.trim() === ''
              ? `${definition.title} has nothing for this record.`
              : `Nothing matches “${shown.query.search.trim()}”.`
          }
        />
      ) : (
        <TableView
          title={definition.title}
          objects={objects}
          layout={layout}
          sortable={view.sortable ?? []}
          sort={shown.query.sort}
          onSortChange={onSortChange}
          page={shown.query.page}
          pageCount={shown.pageCount}
          onPageChange={onPageChange}
          formatting={formatting}
          currencyCodes={view.currencyCodes}
          onAction={onAction}
        />
      )}
      <CardFooterActions response={response} onAction={onAction} />
    </Flex>
  );
}

/** Longer than the server reads, as the card sends it (trimmed). */
function searchTooLong(text: string): boolean {
  return text.trim().length > MAX_SEARCH_LENGTH;
}

function sameOrder(a: TableQuery, b: TableQuery): boolean {
  return a.search === b.search && a.sort?.property === b.sort?.property && a.sort?.descending === b.sort?.descending;
}

/** The figures and charts an answer brings, if any. */
function summaryOf(response: TableResponse): Record<string, unknown> | undefined {
  return isSummary(response.summary) ? response.summary : undefined;
}
