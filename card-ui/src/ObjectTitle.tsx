import { Link, Text } from '@hubspot/ui-extensions';

import { isHttpUrl } from './links';
import type { CardObject } from './types';

/**
 * An object's title, as a tile and a table row show it: a link when the object has one the server
 * would accept (never a `javascript:` one), its text otherwise.
 */
export function ObjectTitle({ object, bold = false }: { object: CardObject; bold?: boolean }) {
  const testId = `title-${String(object.objectId)}`;
  return isHttpUrl(object.link) ? (
    <Link testId={testId} href={{ url: object.link, external: true }}>
      {object.title}
    </Link>
  ) : (
    <Text testId={testId} format={bold ? { fontWeight: 'bold' } : undefined}>
      {object.title}
    </Text>
  );
}
