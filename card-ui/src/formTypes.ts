import type { InputType } from './vocabulary';

/**
 * The forms of a card as its view file describes them (`forms` in `<Name>.view.json`): for each
 * FORM action's id, the inputs the form record's `@Input` members became, in member order. The
 * card draws each input from this and checks the same rules the server's generated parser
 * applies (formRules.ts).
 */
export interface FormOption {
  /** The enum constant's name: what the card sends. */
  value: string;
  label: string;
}

export interface FormInput {
  /** The member's name: the key of its value in the body and of its error in the answer. */
  name: string;
  label: string;
  type: InputType;
  required: boolean;
  placeholder?: string;
  description?: string;
  min?: number;
  max?: number;
  /** INTEGER of a Java int: the largest magnitude it holds; absent, MAX_SAFE_INTEGER. */
  largest?: number;
  maxLength?: number;
  /** A Java regular expression the whole text must match. */
  pattern?: string;
  multiline?: boolean;
  currencyCode?: string;
  /** SELECT and MULTI_SELECT: the enum's constants. */
  options?: FormOption[];
}

export interface FormDefinition {
  inputs: FormInput[];
}

/** The part of a card's view the forms read: FORM action id -> its form. */
export interface FormsView {
  forms?: Record<string, FormDefinition>;
}

/**
 * What the user entered, by member name, already in the body's types: text as strings, numbers
 * as numbers (undefined while empty), booleans, dates as `yyyy-mm-dd`, a select's constant name,
 * a multi-select's names as an array.
 */
export type FormValues = Record<string, unknown>;
