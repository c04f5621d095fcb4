import { render } from 'lit';
import { describe, expect, it } from 'vitest';
import type { RenderContext } from '../types.js';
import { lazyKit } from '../lazyKit.js';
import { mediaTemplates } from './media.js';

const { image: imageRenderer, audio: audioRenderer, video: videoRenderer, pdf: pdfRenderer } = mediaTemplates(lazyKit);

const ctx = {
  widgets: {} as RenderContext['widgets'],
  pageHref: (p: string) => p,
  navigate: () => undefined,
  media: {
    url: (p: string) => (p.startsWith('http') ? p : `http://app.test/tools/${p}`),
    upload: async () => ({}) as never,
    remove: async () => undefined,
    download: async () => undefined,
  },
} satisfies RenderContext;

function mount(template: unknown): HTMLElement {
  const host = document.createElement('div');
  render(template, host);
  return host;
}

describe('media renderers', () => {
  it('renders images in a row with captions and widths, URLs resolved against the mount', () => {
    const host = mount(
      imageRenderer({ type: 'image', images: [{ url: '_lit-ui/media/a.png', caption: 'A' }, { url: 'https://cdn.test/b.png' }], width: 120 }, ctx),
    );
    const imgs = [...host.querySelectorAll('img')];
    expect(imgs.map((i) => i.getAttribute('src'))).toEqual(['http://app.test/tools/_lit-ui/media/a.png', 'https://cdn.test/b.png']);
    expect(imgs[0]!.style.width).toBe('120px');
    expect(imgs[0]!.alt).toBe('A');
    expect([...host.querySelectorAll('figcaption')].map((c) => c.textContent)).toEqual(['A']);
  });

  it('never renders a script URL', () => {
    const host = mount(imageRenderer({ type: 'image', images: [{ url: 'javascript:alert(1)' }] }, ctx));
    expect(host.querySelector('img')?.hasAttribute('src')).toBe(false);
  });

  it('renders audio and video with start/end times as media fragments, options and subtitle tracks', () => {
    const audio = mount(audioRenderer({ type: 'audio', url: '_lit-ui/media/s.wav', mime: 'audio/wav', startTime: 2, loop: true }, ctx)).querySelector(
      'audio',
    )!;
    expect(audio.getAttribute('src')).toBe('http://app.test/tools/_lit-ui/media/s.wav#t=2');
    expect(audio.hasAttribute('loop')).toBe(true);
    expect(audio.hasAttribute('controls')).toBe(true);
    const video = mount(
      videoRenderer(
        {
          type: 'video',
          url: '_lit-ui/media/v.webm',
          mime: 'video/webm',
          startTime: 1,
          endTime: 3,
          muted: true,
          subtitles: [
            { label: 'English', url: '_lit-ui/media/en.vtt', default: true },
            { label: 'Français', url: '_lit-ui/media/fr.vtt' },
          ],
        },
        ctx,
      ),
    ).querySelector('video')!;
    expect(video.getAttribute('src')).toBe('http://app.test/tools/_lit-ui/media/v.webm#t=1,3');
    expect([...video.querySelectorAll('track')].map((t) => [t.label, t.getAttribute('src'), t.hasAttribute('default')])).toEqual([
      ['English', 'http://app.test/tools/_lit-ui/media/en.vtt', true],
      ['Français', 'http://app.test/tools/_lit-ui/media/fr.vtt', false],
    ]);
  });

  it('renders a PDF in a frame of the given height', () => {
    const host = mount(pdfRenderer({ type: 'pdf', url: '_lit-ui/media/d.pdf', height: 400 }, ctx));
    expect(host.querySelector('iframe')?.getAttribute('src')).toBe('http://app.test/tools/_lit-ui/media/d.pdf');
    expect((host.querySelector('.lu-pdf') as HTMLElement).style.height).toBe('400px');
  });
});
