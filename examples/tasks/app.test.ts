import { AppTest } from '@lit-ui/core/testing';
import { describe, expect, it, vi } from 'vitest';
import { createTasksApp } from './app.js';

async function start(stepMs: number) {
  const at = AppTest.fromFunction(createTasksApp({ steps: 5, stepMs }));
  await at.run();
  return at;
}

const button = (at: Awaited<ReturnType<typeof start>>, label: string) => at.button.find((b) => b.label === label);

describe('tasks example', () => {
  it('offers to build the report', async () => {
    const at = await start(20);
    expect(at.exception).toHaveLength(0);
    expect(button(at, 'Build the report')).toBeDefined();
    expect(at.progress).toHaveLength(0);
  });

  it('shows progress while the user keeps working, then the result by itself', async () => {
    const at = await start(40);
    await button(at, 'Build the report')!.click().run();
    expect(at.progress).toHaveLength(1);
    expect(button(at, 'Cancel')).toBeDefined();

    // Other widgets keep working; their reruns do not restart or kill the task.
    await at.slider[0]!.setValue(7).run();
    expect(at.metric[0]?.label).toBe('7 squared');
    expect(at.metric[0]?.value).toBe('49');

    // No interaction from here on: the task's reruns update the page.
    await vi.waitFor(() => expect(at.success[0]?.value).toMatch(/^Report ready in/), { timeout: 3000 });
    const rows = at.dataframe[0]!.value as { year: string }[];
    expect(rows.map((r) => r.year)).toEqual(['2012', '2013', '2014', '2015']);
    expect(at.progress).toHaveLength(0);
    expect(at.metric[0]?.value).toBe('49');
  });

  it('builds again after a dismiss', async () => {
    const at = await start(5);
    await button(at, 'Build the report')!.click().run();
    await vi.waitFor(() => expect(at.success).toHaveLength(1), { timeout: 3000 });
    await button(at, 'Build it again')!.click().run();
    expect(at.success).toHaveLength(0);
    expect(at.progress).toHaveLength(1);
    await vi.waitFor(() => expect(at.success).toHaveLength(1), { timeout: 3000 });
  });

  it('can be cancelled', async () => {
    const at = await start(200);
    await button(at, 'Build the report')!.click().run();
    await button(at, 'Cancel')!.click().run();
    expect(at.warning[0]?.value).toBe('The report was cancelled.');
    await button(at, 'Start over')!.click().run();
    expect(at.progress).toHaveLength(1);
  });
});
