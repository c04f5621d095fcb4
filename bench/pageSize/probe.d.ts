// What the page bench's in-page probes (browserFigures.mjs, profile.mjs) keep on `window` between
// Playwright's evaluate calls.

/** Navigation start → end of the frame in which the first markdown line / the last element showed (ms). */
export interface LoadTimes {
  firstSeen?: true;
  lastSeen?: true;
  firstScreenMs?: number;
  lastElementMs?: number;
}

/** One key press: keydown → end of the frame with the new text (ms), and the DOM mutation records meanwhile. */
export interface KeyTiming {
  ms: number;
  mutations: number;
}

declare global {
  interface Window {
    /** Resolves when the last element of the page has been painted. */
    __litUiLoad?: Promise<LoadTimes>;
    /** DOM mutation records seen in the app's shadow root so far. */
    __litUiMutations: number;
    /** Called with the text of each mutation while a key press is measured. */
    __litUiWatch?: (text: string) => void;
    /** Resolves with the timing of the key press being measured. */
    __litUiKey?: Promise<KeyTiming>;
    /** Resolves when the text profile.mjs waits for is in the app. */
    __litUiSeen?: Promise<void>;
  }
}
