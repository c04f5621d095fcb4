import type { CSSResult } from 'lit';
import { displayStyles } from './display/index.js';
import { widgetStyles } from './widgets/index.js';

/** Styles of every built-in element renderer (display elements and widgets). */
export const elementStyles: CSSResult[] = [displayStyles, widgetStyles];
