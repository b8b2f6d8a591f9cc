import { Link, StatusTag, Text } from '@hubspot/ui-extensions';
import type { ReactElement } from 'react';

import { isHttpUrl, mailtoHref } from './links';
import { formatCurrency, formatDate, formatDateTime, formatNumber, statusVariant } from './values';
import type { DataType } from './vocabulary';

/** One value to show, whichever list it came from. */
export interface ShownValue {
  /** The value's data type; none when the server sent one the vocabulary does not know. */
  dataType?: DataType;
  value: string | number;
  currencyCode?: string;
  linkLabel?: string;
  /** STATUS: the colour and the text, already looked up. */
  status?: { type?: string; label: string };
}

export interface Formatting {
  locale: string;
  timeZone?: string;
}

interface DrawProps {
  shown: ShownValue;
  formatting: Formatting;
  testId: string;
}

const plain = ({ shown, testId }: DrawProps) => <Text testId={testId}>{String(shown.value)}</Text>;

/**
 * How each data type is drawn. Keyed by the vocabulary's union, so a data type the rules add
 * and the card UI does not draw, or one it draws and the rules dropped, is a type error.
 */
const DRAW: Record<DataType, (props: DrawProps) => ReactElement> = {
  CURRENCY: ({ shown, formatting, testId }) => (
    <Text testId={testId}>{formatCurrency(shown.value, formatting.locale, shown.currencyCode)}</Text>
  ),
  DATE: ({ shown, formatting, testId }) => <Text testId={testId}>{formatDate(shown.value, formatting.locale)}</Text>,
  DATETIME: ({ shown, formatting, testId }) => (
    <Text testId={testId}>{formatDateTime(shown.value, formatting.locale, formatting.timeZone)}</Text>
  ),
  EMAIL: ({ shown, testId }) => (
    <Link testId={testId} href={mailtoHref(String(shown.value))}>
      {String(shown.value)}
    </Link>
  ),
  LINK: ({ shown, testId }) =>
    isHttpUrl(shown.value) ? (
      <Link testId={testId} href={{ url: shown.value, external: true }}>
        {shown.linkLabel || shown.value}
      </Link>
    ) : (
      // Not a URL the server would accept (a javascript: one, say): its text, never followed.
      <Text testId={testId}>{shown.linkLabel || String(shown.value)}</Text>
    ),
  NUMERIC: ({ shown, formatting, testId }) => <Text testId={testId}>{formatNumber(shown.value, formatting.locale)}</Text>,
  STATUS: ({ shown, testId }) => (
    <StatusTag testId={testId} variant={statusVariant(shown.status?.type)}>
      {shown.status?.label ?? String(shown.value)}
    </StatusTag>
  ),
  STRING: plain,
};

/** A value drawn the way its data type asks; one of an unknown type as plain text. */
export function PropertyValue(props: DrawProps) {
  const draw = props.shown.dataType ? DRAW[props.shown.dataType] : plain;
  return draw(props);
}
