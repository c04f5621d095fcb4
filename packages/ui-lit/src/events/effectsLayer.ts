import { html, LitElement, svg } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { inlineStyle } from '../directives/inlineStyle.js';
import type { ElementProto } from '@lit-ui/core/protocol';

/** How long `st.balloons()` and `st.snow()` play, in ms. */
export const EFFECT_DURATION_MS = { balloons: 5000, snow: 7000 } as const;

type EffectType = keyof typeof EFFECT_DURATION_MS;

interface ShownEffect {
  readonly nonce: string;
  readonly type: EffectType;
}

const BALLOON_COLORS = ['#FF4B4B', '#FFBD45', '#3D9DF3', '#21C354', '#9A5DFF', '#FF8C42', '#FF6FB5'];
const PIECES = 28;

/** A deterministic pseudo-random number in [0, 1) for piece `i` of an effect. */
function jitter(i: number, salt: number): number {
  const x = Math.sin(i * 12.9898 + salt * 78.233) * 43758.5453;
  return x - Math.floor(x);
}

function balloon(i: number): unknown {
  const color = BALLOON_COLORS[i % BALLOON_COLORS.length];
  const style = inlineStyle({
    left: `${(jitter(i, 1) * 96).toFixed(1)}%`,
    animationDelay: `${(jitter(i, 2) * 1.6).toFixed(2)}s`,
    animationDuration: `${(2.6 + jitter(i, 3) * 1.4).toFixed(2)}s`,
    '--lu-sway': `${Math.round((jitter(i, 4) - 0.5) * 80)}px`,
  });
  return html`<span class="lu-balloon" style=${style}>
    <svg viewBox="0 0 40 70" width="44" height="77" aria-hidden="true">
      ${svg`<ellipse cx="20" cy="19" rx="16" ry="19" fill=${color ?? '#FF4B4B'} />
      <ellipse cx="14" cy="12" rx="4" ry="6" fill="#fff" opacity=".35" />
      <path d="M17 37h6l-3 4z" fill=${color ?? '#FF4B4B'} />
      <path d="M20 41c-3 7 3 12 0 19s2 9 0 10" fill="none" stroke="#9aa0a6" stroke-width="1" />`}
    </svg>
  </span>`;
}

function flake(i: number): unknown {
  const size = 10 + jitter(i, 5) * 16;
  const style = inlineStyle({
    left: `${(jitter(i, 6) * 98).toFixed(1)}%`,
    fontSize: `${size.toFixed(0)}px`,
    animationDelay: `${(jitter(i, 7) * 2.5).toFixed(2)}s`,
    animationDuration: `${(3.5 + jitter(i, 8) * 2.5).toFixed(2)}s`,
    '--lu-sway': `${Math.round((jitter(i, 9) - 0.5) * 60)}px`,
  });
  return html`<span class="lu-flake" style=${style}>❄</span>`;
}

/**
 * `<lit-ui-effects>`: plays `st.balloons()` and `st.snow()` from the `event`
 * root as a full-window CSS animation that never takes pointer events. Each
 * effect (by `nonce`) plays once; reduced-motion users see nothing move.
 */
export class EffectsLayer extends LitElement {
  /** Reactive properties. */
  static override properties = { effects: { attribute: false } };

  /** `balloons` / `snow` protos currently in the `event` root. */
  declare effects: readonly ElementProto[];

  private readonly seen = new Set<string>();
  private playing: ShownEffect[] = [];
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();

  constructor() {
    super();
    this.effects = [];
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override willUpdate(): void {
    for (const proto of this.effects) {
      if (proto.type !== 'balloons' && proto.type !== 'snow') continue;
      const nonce = `${proto.type}:${String(proto['nonce'])}`;
      if (this.seen.has(nonce)) continue;
      this.seen.add(nonce);
      const effect: ShownEffect = { nonce, type: proto.type };
      this.playing = [...this.playing, effect];
      const handle = setTimeout(() => {
        this.timers.delete(handle);
        this.playing = this.playing.filter((e) => e !== effect);
        this.requestUpdate();
      }, EFFECT_DURATION_MS[effect.type]);
      this.timers.add(handle);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  protected override render(): unknown {
    return repeat(
      this.playing,
      (e) => e.nonce,
      (e) => html`<div class="lu-effect lu-effect--${e.type}" aria-hidden="true">
        ${Array.from({ length: PIECES }, (_, i) => (e.type === 'balloons' ? balloon(i) : flake(i)))}
      </div>`,
    );
  }
}
