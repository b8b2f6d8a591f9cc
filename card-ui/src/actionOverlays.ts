import { createContext, type ReactNode } from 'react';

import type { CardAction } from './types';

/**
 * What a button opens over the card, besides its click: HubSpot opens a Modal or a Panel only as
 * the `overlay` of the button (or menu item, link…) that shows it. The card gives each action's
 * button its overlay from here, so every place that draws actions opens forms alike.
 *
 * @param key unique among the card's buttons (an action may be drawn once per object)
 */
export type OverlayFor = (action: CardAction, key: string, objectTitle?: string) => ReactNode | undefined;

export const ActionOverlays = createContext<OverlayFor>(() => undefined);
