import { ownValue } from './ownValues';
import type { ShownValue } from './PropertyValue';
import type { CardDefinition, CardObject, DisplayProperty } from './types';
import type { CurrencyCodes } from './viewTypes';
import { isDataType, isReservedObjectKey } from './vocabulary';

/** A labelled value of one object, with a stable key for tests and React. */
export interface LabelledValue {
  key: string;
  label: string;
  shown: ShownValue;
}

/**
 * What an object shows, in order: the card-defined properties it has a value for, in the
 * definition's display order, then its own `properties`, in the order sent. Keys the definition
 * does not define are not shown (HubSpot never showed them). A data type the vocabulary does not
 * know (the server may send anything) is shown as plain text. The view's currency codes are for
 * the card-defined properties; an object's own property carries its own.
 */
export function shownValues(
  definition: CardDefinition,
  object: CardObject,
  currencyCodes?: CurrencyCodes,
): LabelledValue[] {
  const values: LabelledValue[] = [];
  for (const property of definition.display.properties) {
    const shown = propertyValue(property, object, currencyCodes);
    if (shown) {
      values.push({ key: property.name, label: property.label, shown });
    }
  }
  (object.properties ?? []).forEach((property, index) => {
    if (!property || property.value === undefined || property.value === null) {
      return;
    }
    const dataType = isDataType(property.dataType) ? property.dataType : undefined;
    const shown: ShownValue = {
      dataType,
      value: property.value,
      currencyCode: property.currencyCode,
      linkLabel: property.linkLabel,
    };
    if (dataType === 'STATUS') {
      shown.status = { type: property.optionType, label: String(property.value) };
    }
    values.push({ key: `extra-${index}`, label: property.label, shown });
  });
  return values;
}

/**
 * An object's value of a card-defined property, STATUS looked up in its options, CURRENCY with
 * the view's code for it; none when the object has no value for it or the name is one HubSpot
 * reads itself.
 */
export function propertyValue(
  property: DisplayProperty,
  object: CardObject,
  currencyCodes?: CurrencyCodes,
): ShownValue | undefined {
  if (isReservedObjectKey(property.name)) {
    return undefined;
  }
  const value = ownValue(object, property.name);
  if (value === undefined || value === null || typeof value === 'object') {
    return undefined;
  }
  const text = String(value);
  const dataType = isDataType(property.dataType) ? property.dataType : undefined;
  const shown: ShownValue = { dataType, value: typeof value === 'number' ? value : text };
  if (dataType === 'STATUS') {
    const option = property.options.find((o) => o.name === text);
    shown.status = { type: option?.type, label: option?.label || text };
  }
  if (dataType === 'CURRENCY') {
    shown.currencyCode = currencyCodeOf(currencyCodes, property.name);
  }
  return shown;
}

/** The view's code for a property. */
function currencyCodeOf(currencyCodes: CurrencyCodes | undefined, name: string): string | undefined {
  const code = ownValue(currencyCodes, name);
  return typeof code === 'string' && code !== '' ? code : undefined;
}

/** The first `limit` results that are objects at all; anything else in the list is skipped. */
export function shownObjects(results: readonly CardObject[], limit: number): CardObject[] {
  return results.filter((o) => o && typeof o === 'object').slice(0, limit);
}
