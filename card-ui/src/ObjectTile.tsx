import { Button, ButtonRow, DescriptionList, DescriptionListItem, Tile } from '@hubspot/ui-extensions';
import { useContext } from 'react';

import { ActionOverlays } from './actionOverlays';
import { ObjectTitle } from './ObjectTitle';
import { PropertyValue, type Formatting } from './PropertyValue';
import { shownValues } from './shownValues';
import type { CardAction, CardDefinition, CardObject } from './types';
import type { CurrencyCodes } from './viewTypes';

interface ObjectTileProps {
  definition: CardDefinition;
  object: CardObject;
  formatting: Formatting;
  /** The view's codes of card-defined CURRENCY properties. */
  currencyCodes?: CurrencyCodes;
  onAction: (action: CardAction, objectTitle: string) => void;
}

/** One result: its title (a link when it has one), its values, then its actions. */
export function ObjectTile({ definition, object, formatting, currencyCodes, onAction }: ObjectTileProps) {
  const id = String(object.objectId);
  const values = shownValues(definition, object, currencyCodes);
  const actions = object.actions ?? [];
  const overlayFor = useContext(ActionOverlays);
  return (
    <Tile testId={`object-${id}`} compact={true}>
      <ObjectTitle object={object} bold={true} />
      {values.length > 0 && (
        <DescriptionList direction="column">
          {values.map(({ key, label, shown }) => (
            <DescriptionListItem key={key} label={label}>
              <PropertyValue shown={shown} formatting={formatting} testId={`value-${id}-${key}`} />
            </DescriptionListItem>
          ))}
        </DescriptionList>
      )}
      {actions.length > 0 && (
        <ButtonRow>
          {actions.map((action, index) => (
            <Button
              key={`${index}`}
              testId={`action-${id}-${index}`}
              size="xs"
              variant={action.type === 'CONFIRMATION_ACTION_HOOK' ? 'destructive' : 'secondary'}
              onClick={() => onAction(action, object.title)}
              overlay={overlayFor(action, `${id}-${index}`, object.title)}
            >
              {action.label}
            </Button>
          ))}
        </ButtonRow>
      )}
    </Tile>
  );
}
