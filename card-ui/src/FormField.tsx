import {
  Checkbox,
  CurrencyInput,
  DateInput,
  Input,
  MultiSelect,
  NumberInput,
  Select,
  Text,
  TextArea,
  type BaseDate,
} from '@hubspot/ui-extensions';

import { readDate } from './dates';
import { lengthOf } from './formRules';
import type { FormInput } from './formTypes';

interface FormFieldProps {
  /** Test ids are unique in the whole card, overlays included: each starts with its form's. */
  formId: string;
  input: FormInput;
  value: unknown;
  /** What to show under the input: the broken rule's message or the server's. */
  error?: string;
  onValue: (value: unknown) => void;
}

/**
 * One input of a form, drawn by its type with HubSpot's component for it: its label, description,
 * placeholder and required mark, and its error as HubSpot shows one.
 */
export function FormField({ formId, input, value, error, onValue }: FormFieldProps) {
  const common = {
    testId: `${formId}-input-${input.name}`,
    name: input.name,
    label: input.label,
    required: input.required,
    description: input.description,
    error: error !== undefined,
    validationMessage: error,
  };
  switch (input.type) {
    case 'TEXT':
      return input.multiline ? (
        <TextArea
          {...common}
          placeholder={input.placeholder}
          maxLength={lengthOf(input)}
          value={typeof value === 'string' ? value : ''}
          onInput={onValue}
          onChange={onValue}
        />
      ) : (
        <Input
          {...common}
          placeholder={input.placeholder}
          value={typeof value === 'string' ? value : ''}
          onInput={onValue}
          onChange={onValue}
        />
      );
    case 'INTEGER':
    case 'DECIMAL': {
      const number = {
        ...common,
        placeholder: input.placeholder,
        min: input.min,
        max: input.max,
        value: typeof value === 'number' ? value : undefined,
        onChange: (entered: number) => onValue(numberOrEmpty(entered)),
      };
      if (input.currencyCode) {
        return <CurrencyInput {...number} currency={input.currencyCode} />;
      }
      return (
        <NumberInput
          {...number}
          precision={input.type === 'INTEGER' ? 0 : undefined}
          onInput={(entered: number) => onValue(numberOrEmpty(entered))}
        />
      );
    }
    case 'BOOLEAN':
      // A checkbox shows no error of its own: the server's, if any, goes below it.
      return (
        <>
          <Checkbox
            testId={common.testId}
            name={input.name}
            description={input.description}
            checked={value === true}
            onChange={(checked: boolean) => onValue(checked)}
          >
            {input.label}
          </Checkbox>
          {error !== undefined && (
            <Text testId={`${formId}-error-${input.name}`} variant="microcopy" format={{ fontWeight: 'demibold' }}>
              {error}
            </Text>
          )}
        </>
      );
    case 'DATE':
      return (
        <DateInput
          {...common}
          format="YYYY-MM-DD"
          value={typeof value === 'string' ? toBaseDate(value) : undefined}
          onChange={(picked) => onValue(picked ? fromBaseDate(picked) : undefined)}
        />
      );
    case 'SELECT':
      return (
        <Select
          {...common}
          placeholder={input.placeholder}
          // An optional choice can be taken back: '' is no value, to the card's rules and the body.
          options={input.required ? input.options ?? [] : [NO_CHOICE, ...(input.options ?? [])]}
          value={typeof value === 'string' ? value : undefined}
          onChange={(picked) => onValue(String(picked))}
        />
      );
    case 'MULTI_SELECT':
      return (
        <MultiSelect
          {...common}
          placeholder={input.placeholder}
          options={input.options ?? []}
          value={Array.isArray(value) ? (value as string[]) : []}
          onChange={(picked) => onValue(picked.map(String))}
        />
      );
    default: {
      const unknownType: never = input.type;
      return unknownType;
    }
  }
}

/** The first option of an optional select: no value. */
export const NO_CHOICE = { label: '—', value: '' };

/** A cleared number input reports nothing (or NaN): the value is empty, not a number. */
function numberOrEmpty(entered: number | undefined | null): number | undefined {
  return typeof entered === 'number' && !Number.isNaN(entered) ? entered : undefined;
}

/** `yyyy-mm-dd` as HubSpot's date, whose month counts from 0. */
function toBaseDate(text: string): BaseDate | undefined {
  const day = readDate(text);
  return day && { year: day.year, month: day.month - 1, date: day.day };
}

function fromBaseDate({ year, month, date }: BaseDate): string {
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}
