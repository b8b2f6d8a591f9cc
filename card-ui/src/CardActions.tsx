import { Button, Dropdown, Flex, Icon } from '@hubspot/ui-extensions';
import { useContext } from 'react';

import { ActionOverlays } from './actionOverlays';
import type { CardAction, CardResponse } from './types';

interface Props {
  response: CardResponse;
  onAction: (action: CardAction) => void;
}

/**
 * The card-level actions where HubSpot's sidebar put them: the settings gear and the
 * "Actions" menu of secondary actions at the top, the primary action below the objects.
 */
export function CardHeaderActions({ response, onAction }: Props) {
  const secondary = response.secondaryActions ?? [];
  const settings = response.settingsAction;
  const overlayFor = useContext(ActionOverlays);
  if (secondary.length === 0 && !settings) {
    return null;
  }
  return (
    <Flex direction="row" justify="end" gap="xs">
      {secondary.length > 0 && (
        // Menu items rather than options: only an item can open a form's overlay.
        <Dropdown testId="secondaryActions" buttonText="Actions" buttonSize="xs" variant="secondary">
          {secondary.map((action, index) => (
            <Dropdown.ButtonItem
              key={`${index}`}
              testId={`secondaryAction-${index}`}
              onClick={() => onAction(action)}
              overlay={overlayFor(action, `secondary-${index}`)}
            >
              {action.label}
            </Dropdown.ButtonItem>
          ))}
        </Dropdown>
      )}
      {settings && (
        <Button
          testId="settingsAction"
          size="xs"
          variant="transparent"
          onClick={() => onAction(settings)}
          overlay={overlayFor(settings, 'settings')}
        >
          <Icon name="settings" screenReaderText={settings.label} />
        </Button>
      )}
    </Flex>
  );
}

export function CardFooterActions({ response, onAction }: Props) {
  const primary = response.primaryAction;
  const overlayFor = useContext(ActionOverlays);
  if (!primary) {
    return null;
  }
  return (
    <Button
      testId="primaryAction"
      variant="primary"
      size="sm"
      onClick={() => onAction(primary)}
      overlay={overlayFor(primary, 'primary')}
    >
      {primary.label}
    </Button>
  );
}
