/**
 * The demo "app script" of the preview harness: a small cars explorer that
 * exercises every block type and the app chrome (sidebar, navigation,
 * toasts, balloons, dialog, chat, bottom container).
 */
import type { BlockProto, JsonValue } from '@lit-ui/core/protocol';
import type { ScriptInput, ScriptNode, ScriptOutput } from './fakeServer.js';

const el = (type: string, fields: Record<string, unknown> = {}): ScriptNode => ({ element: { type, ...fields } });
const block = (proto: BlockProto, children: ScriptNode[]): ScriptNode => ({ block: proto, children });
const md = (body: string): ScriptNode => el('markdown', { body });

const ORIGINS = ['USA', 'Europe', 'Japan'];
const chat: { role: 'user' | 'assistant'; text: string }[] = [
  { role: 'user', text: 'Which origin has the most powerful cars?' },
  { role: 'assistant', text: 'Cars from the **USA** average about 119 hp, well ahead of Europe (81 hp) and Japan (80 hp).' },
];

/** Options of {@link previewScript}. */
export interface PreviewOptions {
  /** Show the dialog on the first run. */
  readonly dialog?: boolean;
}

/** Builds the preview app's tree for one run. */
export function previewScript(options: PreviewOptions): (input: ScriptInput) => ScriptOutput {
  return ({ values, triggers, runCount, closedDialogs }) => {
    const num = (id: string, fallback: number): number => (typeof values[id] === 'number' ? values[id] : fallback);
    const origin = num('origin', 0);
    const minHp = num('minhp', 100);
    const count = Math.max(0, Math.round(406 - (minHp - 40) * 1.9 - origin * 37));
    const chatText = values['chat'];
    if (triggers.has('chat') && typeof chatText === 'string' && chatText.trim() !== '') {
      chat.push({ role: 'user', text: chatText }, { role: 'assistant', text: `You asked: _${chatText}_. Try the sidebar filters too.` });
    }
    const dialogOpen = (options.dialog === true && runCount === 1 && !closedDialogs.has('dlg')) || triggers.has('open-dialog');
    const widget = (type: string, id: string, label: string, value: JsonValue, extra: Record<string, unknown> = {}): ScriptNode =>
      el(type, { id, label, value: values[id] ?? value, ...extra });

    const main: ScriptNode[] = [
      el('title', { body: '🚗 Cars explorer' }),
      md(
        'Explore **406 cars** from the classic _vega-datasets_ collection. Every interaction reruns the script; only what changed is sent to the browser.',
      ),
      block({ type: 'horizontal', gap: 'small', verticalAlignment: 'top' }, [
        block({ type: 'column', weight: 1 }, [
          el('metric', {
            label: 'Cars',
            value: String(count),
            delta: `${count - 231}`,
            deltaColor: 'normal',
            deltaArrow: count >= 231 ? 'up' : 'down',
          }),
        ]),
        block({ type: 'column', weight: 1 }, [
          el('metric', { label: 'Avg. horsepower', value: `${Math.round(minHp * 1.18)} hp`, delta: '+4.2%', deltaColor: 'normal', deltaArrow: 'up' }),
        ]),
        block({ type: 'column', weight: 1 }, [
          el('metric', { label: 'Avg. MPG', value: '23.5', delta: '-1.3', deltaColor: 'normal', deltaArrow: 'down' }),
        ]),
      ]),
      block({ type: 'expander', label: 'How does this work?', expanded: false }, [
        md(
          'The app script runs top to bottom on every interaction. The client keeps the element tree and applies **deltas**: unchanged elements are never resent.',
        ),
      ]),
      el('subheader', { body: 'Data' }),
      block({ type: 'tabs', labels: ['Summary', 'By origin', 'Notes'] }, [
        block({ type: 'tab', label: 'Summary' }, [md(`**${count}** cars match: ${ORIGINS[origin] ?? 'USA'}, at least **${minHp} hp**.`)]),
        block({ type: 'tab', label: 'By origin' }, [md('- USA: 254 cars\n- Europe: 73 cars\n- Japan: 79 cars')]),
        block({ type: 'tab', label: 'Notes' }, [md('Horsepower is missing for six cars; they are left out.')]),
      ]),
      block({ type: 'horizontal', gap: 'small', verticalAlignment: 'center' }, [
        block({ type: 'column', weight: 1 }, [
          block({ type: 'popover', label: 'Display options', icon: '⚙️' }, [
            widget('checkbox', 'compact', 'Compact numbers', false),
            widget('toggle', 'units', 'Metric units', true),
          ]),
        ]),
        block({ type: 'column', weight: 1 }, [widget('button', 'balloons', 'Celebrate 🎈', false, { kind: 'secondary' })]),
        block({ type: 'column', weight: 1 }, [widget('button', 'open-dialog', 'Open dialog', false, { kind: 'secondary' })]),
      ]),
      block({ type: 'status', label: 'Loaded 406 rows from cars.json', state: 'complete', expanded: false }, [md('Read in 12 ms.')]),
      el('subheader', { body: 'Feedback' }),
      block({ type: 'form', formId: 'feedback', clearOnSubmit: true, enterToSubmit: true, border: true }, [
        widget('textInput', 'name', 'Your name', '', { formId: 'feedback', inputType: 'default', placeholder: 'Ada Lovelace' }),
        widget('selectbox', 'rating', 'How useful is this?', 0, { formId: 'feedback', options: ['Very', 'Somewhat', 'Not yet'] }),
        widget('formSubmitButton', 'submit', 'Submit', false, { formId: 'feedback', kind: 'secondary' }),
      ]),
      el('subheader', { body: 'Ask the data' }),
      ...chat.map((m) => block({ type: 'chatMessage', name: m.role }, [md(m.text)])),
    ];
    if (dialogOpen) {
      main.push(
        block({ type: 'dialog', title: 'Edit filters', width: 'small', dismissible: true, isOpen: true, fragmentId: 'dlg' }, [
          md('Dialogs are fragments: interacting inside reruns only the dialog.'),
          widget('textInput', 'dlg-name', 'Preset name', 'Powerful cars', { inputType: 'default', fragmentId: 'dlg' }),
          widget('button', 'dlg-save', 'Save preset', false, { kind: 'primary', fragmentId: 'dlg' }),
        ]),
      );
    }
    const sidebar: ScriptNode[] = [
      el('header', { body: 'Filters' }),
      widget('selectbox', 'origin', 'Origin', 0, { options: ORIGINS }),
      widget('slider', 'minhp', 'Min horsepower', 100, { min: 40, max: 230, step: 1, dataType: 'int' }),
      widget('checkbox', 'raw', 'Show raw data', false),
      el('caption', { body: 'Data: vega-datasets cars.json' }),
    ];
    const event: ScriptNode[] = [el('toast', { body: 'Welcome to the **lit-ui** preview!', icon: '👋', nonce: 'welcome' })];
    if (triggers.has('balloons')) event.push(el('balloons', { nonce: `b${runCount}` }));
    const bottom: ScriptNode[] = [el('chatInput', { id: 'chat', label: '', value: null, placeholder: 'Ask about the cars' })];
    return [main, sidebar, event, bottom];
  };
}
