import { DialogBlock } from './dialogBlock.js';
import { PopoverBlock } from './popoverBlock.js';
import { TabsBlock } from './tabsBlock.js';

/** Custom elements of the stateful block renderers, by tag name; `lit-ui-app.ts` defines them. */
export const blockElements: Record<string, CustomElementConstructor> = {
  'lit-ui-tabs': TabsBlock,
  'lit-ui-popover': PopoverBlock,
  'lit-ui-dialog': DialogBlock,
};
