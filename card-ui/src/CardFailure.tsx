import { Alert, Button, ErrorState, Text } from '@hubspot/ui-extensions';

interface CardFailureProps {
  title: string;
  message: string;
  retry: () => void;
}

/** A card whose data could not be fetched: why, and a way to ask again. */
export function CardFailure({ title, message, retry }: CardFailureProps) {
  return (
    <ErrorState testId="error" title={`${title} could not load`}>
      <Text>{message}</Text>
      <TryAgain testId="retry" retry={retry} />
    </ErrorState>
  );
}

/**
 * A page, order or search that could not be fetched, above the table that stays: why, and a way
 * to ask again, idle while a request is on its way.
 */
export function PageFailure({ title, message, retry, retrying }: CardFailureProps & { retrying: boolean }) {
  return (
    <Alert testId="page-error" title={`${title} could not load`} variant="danger">
      <Text>{message}</Text>
      <TryAgain testId="page-retry" retry={retry} disabled={retrying} />
    </Alert>
  );
}

function TryAgain({ testId, retry, disabled }: { testId: string; retry: () => void; disabled?: boolean }) {
  return (
    <Button testId={testId} size="xs" onClick={retry} disabled={disabled}>
      Try again
    </Button>
  );
}
