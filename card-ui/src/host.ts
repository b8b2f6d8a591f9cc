import type { CrmContext, ExtensionPointApiActions } from '@hubspot/ui-extensions';

/** The HubSpot actions the card uses. */
export type CardActions = Pick<
  ExtensionPointApiActions<'crm.record.sidebar'>,
  'addAlert' | 'closeOverlay' | 'fetchCrmObjectProperties' | 'openIframeModal'
>;

/** What HubSpot hands a card's entry point: the record, the user and the actions. */
export interface CardHostProps {
  context: CrmContext;
  actions: CardActions;
}
