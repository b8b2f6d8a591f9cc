import { EmptyState, LoadingSpinner, Text } from '@hubspot/ui-extensions';

/** A card waiting for its first answer. */
export function CardLoading({ title }: { title: string }) {
  return <LoadingSpinner testId="loading" label={`Loading ${title}`} layout="centered" />;
}

/** A card whose answer has no objects to show, and why. */
export function NothingToShow({ message }: { message: string }) {
  return (
    <EmptyState testId="empty" title="Nothing to show" layout="vertical" imageWidth={100}>
      <Text>{message}</Text>
    </EmptyState>
  );
}
