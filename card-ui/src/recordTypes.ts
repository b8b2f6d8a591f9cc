import { RECORD_TYPES, type RecordType } from './vocabulary';

export type { RecordType } from './vocabulary';

/**
 * The record type of an app card's context (`context.crm.objectTypeId`, such as `0-1`), under
 * the names a legacy card uses for it; none for a record type legacy cards never showed on.
 */
export function recordType(objectTypeId: string | undefined): RecordType | undefined {
  return RECORD_TYPES.find((type) => type.objectTypeId === objectTypeId);
}
