import { Button, ErrorState, Text } from '@hubspot/ui-extensions';

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
      <Button testId="retry" size="xs" onClick={retry}>
        Try again
      </Button>
    </ErrorState>
  );
}
