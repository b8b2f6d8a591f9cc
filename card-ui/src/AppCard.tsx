import {
  Button,
  ButtonRow,
  Flex,
  Text,
  Tile,
} from '@hubspot/ui-extensions';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';

import { ActionOverlays, type OverlayFor } from './actionOverlays';
import { formMethod, hookMethod, methodRefused } from './actionMethods';
import { mayReach } from './actionRules';
import { CardFooterActions, CardHeaderActions } from './CardActions';
import { CardFailure } from './CardFailure';
import { CardLoading, NothingToShow } from './CardPlaceholders';
import type { FormDefinition } from './formTypes';
import { FormOverlay, formOverlayKind } from './FormView';
import type { CardHostProps } from './host';
import { ObjectTile } from './ObjectTile';
import { ownValue } from './ownValues';
import type { Formatting } from './PropertyValue';
import { fetchCard, sendHook, serverMessage } from './requests';
import { shownObjects } from './shownValues';
import { isSummary, SummaryView } from './SummaryView';
import { TableCard, type SearchTimer } from './TableCard';
import type { CardAction, CardDefinition, CardResponse } from './types';
import type { CardView, LocationName } from './viewTypes';
import {
  DEFAULT_CANCEL_BUTTON_TEXT,
  DEFAULT_CONFIRM_BUTTON_TEXT,
  DEFAULT_IFRAME_HEIGHT,
  DEFAULT_IFRAME_WIDTH,
  OBJECTS_SHOWN,
  isActionType,
  type HttpMethod,
} from './vocabulary';

export type { CardHostProps } from './host';

type Phase =
  | { name: 'loading' }
  | { name: 'loaded'; response: CardResponse }
  | { name: 'failed'; message: string };

interface AppCardProps extends CardHostProps {
  definition: CardDefinition;
  /** How to lay the card out; without one, the legacy tiles. */
  view?: CardView;
  /** Where HubSpot shows this copy of the card. */
  location?: LocationName;
  searchTimer?: SearchTimer;
}

/**
 * A legacy CRM card as an app card: fetches the card's data from its server through
 * `hubspot.fetch` and shows it as HubSpot showed legacy cards, with every action working.
 */
export function AppCard({ definition, view, location, searchTimer, context, actions }: AppCardProps) {
  const table = view?.layout === 'TABLE';
  const [phase, setPhase] = useState<Phase>({ name: 'loading' });
  const [reloads, setReloads] = useState(0);
  // The hook waiting for the user's yes, with the object it is for: named in the question, and
  // dropped when the objects on screen change under it.
  const [confirming, setConfirming] = useState<
    { action: CardAction; method: HttpMethod; objectTitle?: string } | undefined
  >();
  const forgetConfirmation = useCallback(() => setConfirming(undefined), []);
  const reload = useCallback(() => {
    forgetConfirmation();
    setReloads((n) => n + 1);
  }, [forgetConfirmation]);
  const formOf = useCallback(
    (action: CardAction) => (action.type === 'FORM' && action.id ? (ownValue(view?.forms, action.id) as FormDefinition | undefined) : undefined),
    [view],
  );

  // Read when an answer comes in: whether the tiles are on screen by then.
  const shownNow = useRef(false);
  shownNow.current = phase.name === 'loaded';

  useEffect(() => {
    if (table) {
      return; // TableCard fetches page by page
    }
    let current = true;
    // A refresh keeps what the card shows until the new answer is in.
    setPhase((phase) => (phase.name === 'loaded' ? phase : { name: 'loading' }));
    fetchCard(definition, { context, actions }).then((answer) => {
      if (!current) {
        return;
      }
      if (answer.ok) {
        setPhase({ name: 'loaded', response: answer.body });
      } else if (shownNow.current) {
        // A refresh that fails keeps the tiles on screen and says why, as a table keeps its page.
        actions.addAlert({ type: 'danger', title: `${definition.title} could not refresh`, message: answer.message });
      } else {
        setPhase({ name: 'failed', message: answer.message });
      }
    });
    return () => {
      current = false;
    };
    // context and actions are HubSpot's, stable for the card's life; reloads asks again.
  }, [definition, table, reloads]);

  // A hook's request while it is on its way: a second click on the same button (a double click,
  // an impatient user) must not run the action twice.
  const hooksInFlight = useRef(new Set<string>());

  // HubSpot lets a card reach only its action base URLs (the app's permitted URLs come from them):
  // an action elsewhere, or one whose URI is not http(s) at all, is refused before anything opens.
  const underBaseUrls = useCallback(
    (action: CardAction) => {
      if (mayReach(action, definition.actions?.baseUrls ?? [])) {
        return true;
      }
      actions.addAlert({
        type: 'danger',
        message: `${action.label}: ${action.uri} is not under the card's action base URLs.`,
      });
      return false;
    },
    [definition, actions],
  );

  // The method a hook goes with, or none (said in an alert) when the card may not send it at all:
  // asked at the click, so that a confirmation is not asked for a hook that would not go.
  const sendableHook = useCallback(
    (action: CardAction) => {
      if (!underBaseUrls(action)) {
        return undefined;
      }
      const method = hookMethod(action);
      if (method === undefined) {
        actions.addAlert({ type: 'danger', message: methodRefused(action) });
      }
      return method;
    },
    [underBaseUrls, actions],
  );

  // Sends a hook the click found sendable, with the method it found.
  const runHook = useCallback(
    async (action: CardAction, method: HttpMethod) => {
      const request = `${method} ${action.uri}`;
      if (hooksInFlight.current.has(request)) {
        return;
      }
      hooksInFlight.current.add(request);
      try {
        const answer = await sendHook(action, method, { context, actions });
        if (answer.ok) {
          actions.addAlert({ type: 'success', message: serverMessage(answer.body) ?? `${action.label} succeeded.` });
        } else {
          actions.addAlert({ type: 'danger', title: `${action.label} failed`, message: answer.message });
        }
      } finally {
        hooksInFlight.current.delete(request);
      }
      reload();
    },
    [context, actions, reload],
  );

  const onAction = useCallback(
    (action: CardAction, objectTitle?: string) => {
      // The server may send a type the vocabulary does not know.
      const type = isActionType(action.type) ? action.type : undefined;
      switch (type) {
        case 'IFRAME':
          if (!underBaseUrls(action)) {
            return;
          }
          actions.openIframeModal({
            uri: action.uri,
            width: action.width ?? DEFAULT_IFRAME_WIDTH,
            height: action.height ?? DEFAULT_IFRAME_HEIGHT,
            title: objectTitle ? `${objectTitle}: ${action.label}` : action.label,
          });
          return;
        case 'CONFIRMATION_ACTION_HOOK': {
          const method = sendableHook(action);
          if (method !== undefined) {
            setConfirming({ action, method, objectTitle });
          }
          return;
        }
        case 'ACTION_HOOK': {
          const method = sendableHook(action);
          if (method !== undefined) {
            void runHook(action, method);
          }
          return;
        }
        case 'FORM':
          // The button's overlay opens the form; without one the card says why it offers none.
          if (!formOf(action)) {
            actions.addAlert({ type: 'warning', message: `${action.label}: the card's view has no form ${String(action.id)}.` });
          } else if (underBaseUrls(action) && formMethod(action) === undefined) {
            actions.addAlert({ type: 'danger', message: methodRefused(action) });
          }
          return;
        case undefined:
          actions.addAlert({ type: 'warning', message: `${action.label}: unknown action type ${String(action.type)}.` });
          return;
        default: {
          const unhandled: never = type;
          return unhandled;
        }
      }
    },
    [actions, runHook, sendableHook, formOf, underBaseUrls],
  );

  const overlayFor: OverlayFor = useCallback(
    (action, key, objectTitle) => {
      const form = formOf(action);
      // A form the card could not send is not offered to be filled in: the click says why.
      const method = form && mayReach(action, definition.actions?.baseUrls ?? []) ? formMethod(action) : undefined;
      return (
        form &&
        method && (
          <FormOverlay
            // Its state (what was typed) belongs to this action: when a reload puts another action
            // at the button's place, the form starts afresh instead of offering it there.
            key={`${action.id ?? ''} ${action.httpMethod ?? ''} ${action.uri}`}
            id={`form-${key}`}
            kind={formOverlayKind(location ?? context.location)}
            title={objectTitle ? `${objectTitle}: ${action.label}` : action.label}
            action={action}
            form={form}
            method={method}
            host={{ context, actions }}
            onSent={(answer) => {
              actions.addAlert({ type: 'success', message: serverMessage(answer.body) ?? `${action.label} succeeded.` });
              reload();
            }}
          />
        )
      );
    },
    [formOf, definition, location, context, actions, reload],
  );

  const confirmation = confirming && (
    <Tile testId="confirmation">
      <Text>
        {(confirming.objectTitle ? `${confirming.objectTitle}: ` : '') +
          (confirming.action.confirmationMessage || `${confirming.action.label}?`)}
      </Text>
      <ButtonRow>
        <Button
          testId="confirm"
          variant="destructive"
          size="xs"
          onClick={() => {
            setConfirming(undefined);
            void runHook(confirming.action, confirming.method);
          }}
        >
          {confirming.action.confirmButtonText || DEFAULT_CONFIRM_BUTTON_TEXT}
        </Button>
        <Button testId="cancel" size="xs" onClick={() => setConfirming(undefined)}>
          {confirming.action.cancelButtonText || DEFAULT_CANCEL_BUTTON_TEXT}
        </Button>
      </ButtonRow>
    </Tile>
  );
  const formatting: Formatting = {
    locale: context.user?.locale || 'en-US',
    timeZone: context.portal?.timezone,
  };
  const withOverlays = (content: ReactNode) => (
    <ActionOverlays.Provider value={overlayFor}>{content}</ActionOverlays.Provider>
  );
  if (table) {
    return withOverlays(
      <TableCard
        definition={definition}
        view={view}
        location={location}
        formatting={formatting}
        onAction={onAction}
        reloads={reloads}
        confirmation={confirmation}
        onQueryChange={forgetConfirmation}
        searchTimer={searchTimer}
        context={context}
        actions={actions}
      />,
    );
  }
  if (phase.name === 'loading') {
    return <CardLoading title={definition.title} />;
  }
  if (phase.name === 'failed') {
    return <CardFailure title={definition.title} message={phase.message} retry={reload} />;
  }

  const { response } = phase;
  const objects = shownObjects(response.results, OBJECTS_SHOWN);
  const card = (
    <Flex direction="column" gap="sm">
      <CardHeaderActions response={response} onAction={onAction} />
      {confirmation}
      {view?.summary && isSummary(response.summary) && (
        <SummaryView shape={view.summary} values={response.summary} formatting={formatting} />
      )}
      {objects.length === 0 ? (
        <NothingToShow message={`${definition.title} has nothing for this record.`} />
      ) : (
        objects.map((object) => (
          <ObjectTile
            key={String(object.objectId)}
            definition={definition}
            object={object}
            formatting={formatting}
            currencyCodes={view?.currencyCodes}
            onAction={onAction}
          />
        ))
      )}
      <CardFooterActions response={response} onAction={onAction} />
    </Flex>
  );
  return withOverlays(card);
}
