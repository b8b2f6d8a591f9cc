import { Link, StatusTag, Text } from '@hubspot/ui-extensions';

import { formatCurrency, formatDate, formatDateTime, formatNumber, statusVariant } from './values';

/** One value to show, whichever list it came from. */
export interface ShownValue {
  dataType: string;
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

/** A value drawn the way its data type asks. */
export function PropertyValue({ shown, formatting, testId }: { shown: ShownValue; formatting: Formatting; testId: string }) {
  const { locale, timeZone } = formatting;
  const text = String(shown.value);
  switch (shown.dataType) {
    case 'CURRENCY':
      return <Text testId={testId}>{formatCurrency(shown.value, locale, shown.currencyCode)}</Text>;
    case 'DATE':
      return <Text testId={testId}>{formatDate(shown.value, locale)}</Text>;
    case 'DATETIME':
      return <Text testId={testId}>{formatDateTime(shown.value, locale, timeZone)}</Text>;
    case 'NUMERIC':
      return <Text testId={testId}>{formatNumber(shown.value, locale)}</Text>;
    case 'EMAIL':
      return (
        <Link testId={testId} href={`mailto:${text}`}>
          {text}
        </Link>
      );
    case 'LINK':
      return (
        <Link testId={testId} href={{ url: text, external: true }}>
          {shown.linkLabel || text}
        </Link>
      );
    case 'STATUS':
      return (
        <StatusTag testId={testId} variant={statusVariant(shown.status?.type)}>
          {shown.status?.label ?? text}
        </StatusTag>
      );
    default:
      return <Text testId={testId}>{text}</Text>;
  }
}
