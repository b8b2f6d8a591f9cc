/**
 * The record types a legacy card can show on, under the three names HubSpot uses for each: the
 * object type id of the extension context, the definition's name and the data fetch's
 * `associatedObjectType`.
 */
export interface RecordType {
  objectTypeId: string;
  definitionName: string;
  requestName: string;
}

export const RECORD_TYPES: readonly RecordType[] = [
  { objectTypeId: '0-1', definitionName: 'contacts', requestName: 'CONTACT' },
  { objectTypeId: '0-2', definitionName: 'companies', requestName: 'COMPANY' },
  { objectTypeId: '0-3', definitionName: 'deals', requestName: 'DEAL' },
  { objectTypeId: '0-5', definitionName: 'tickets', requestName: 'TICKET' },
];

export function recordType(objectTypeId: string | undefined): RecordType | undefined {
  return RECORD_TYPES.find((type) => type.objectTypeId === objectTypeId);
}
