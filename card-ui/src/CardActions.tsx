import { Button, Dropdown, Flex, Icon } from '@hubspot/ui-extensions';

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
  if (secondary.length === 0 && !settings) {
    return null;
  }
  return (
    <Flex direction="row" justify="end" gap="xs">
      {secondary.length > 0 && (
        <Dropdown
          testId="secondaryActions"
          buttonText="Actions"
          buttonSize="xs"
          variant="secondary"
          options={secondary.map((action) => ({ label: action.label, onClick: () => onAction(action) }))}
        />
      )}
      {settings && (
        <Button testId="settingsAction" size="xs" variant="transparent" onClick={() => onAction(settings)}>
          <Icon name="settings" screenReaderText={settings.label} />
        </Button>
      )}
    </Flex>
  );
}

export function CardFooterActions({ response, onAction }: Props) {
  const primary = response.primaryAction;
  if (!primary) {
    return null;
  }
  return (
    <Button testId="primaryAction" variant="primary" size="sm" onClick={() => onAction(primary)}>
      {primary.label}
    </Button>
  );
}
