import { describe, expect, it } from 'vitest';
import type { DeltaGenerator } from '../dg/deltaGenerator.js';
import { AppTest } from '../testing/appTest.js';
import { createFakeScheduler } from '../testing/fakeScheduler.js';
import { Page } from './page.js';

const texts = (at: { get(type: string): Array<{ value: unknown }> }) => at.get('text').map((e) => e.value);

function home(st: DeltaGenerator) {
  st.text('home page');
  if (st.button('To reports')) st.switchPage('reports');
}
function reports(st: DeltaGenerator) {
  st.text(`reports page ${st.textInput('Filter', { key: 'filter' })}`);
}
const settings = (st: DeltaGenerator) => st.text('settings page');

const app = async (st: DeltaGenerator) => {
  st.sidebar.caption('Shared sidebar');
  const pg = st.navigation([st.Page(home, { icon: '🏠' }), Page(reports), Page(settings, { title: 'Settings', urlPath: 'prefs' })]);
  st.title(pg.title);
  await pg.run();
};

describe('multipage apps', () => {
  it('runs the default page and lists the pages', async () => {
    const at = AppTest.fromFunction(app);
    await at.run();
    expect(texts(at)).toEqual(['home page']);
    expect(at.title[0]!.value).toBe('Home');
    expect(at.navigation).toMatchObject({
      currentUrlPath: '',
      position: 'sidebar',
      pages: [
        { urlPath: '', title: 'Home', icon: '🏠', isDefault: true },
        { urlPath: 'reports', title: 'Reports', isDefault: false },
        { urlPath: 'prefs', title: 'Settings', isDefault: false },
      ],
    });
  });

  it('opens the page named by the URL path', async () => {
    const at = AppTest.fromFunction(app);
    at.switchPage('prefs');
    await at.run();
    expect(texts(at)).toEqual(['settings page']);
  });

  it('st.switchPage runs another page', async () => {
    const at = AppTest.fromFunction(app);
    await at.run();
    await at.button[0]!.click().run();
    expect(texts(at)).toEqual(['reports page ']);
    expect(at.navigation?.currentUrlPath).toBe('reports');
  });

  it('navigating away drops the widgets of the old page', async () => {
    const at = AppTest.fromFunction(app);
    at.switchPage('reports');
    await at.run();
    await at.textInput[0]!.input('q1').run();
    expect(at.sessionState.filter).toBe('q1');
    await at.switchPage('').run();
    await at.switchPage('reports').run();
    expect(texts(at)).toEqual(['reports page ']);
  });

  it('an unknown URL path falls back to the default page', async () => {
    const at = AppTest.fromFunction(app);
    at.switchPage('nowhere');
    await at.run();
    expect(texts(at)).toEqual(['home page']);
    expect(at.navigation?.currentUrlPath).toBe('');
  });

  it('st.switchPage starts the new page without query params, or with the queryParams it is given (as Streamlit)', async () => {
    const list = (st: DeltaGenerator) => {
      st.queryParams.sort = 'name';
      if (st.button('Plain')) st.switchPage('detail');
      if (st.button('With id')) st.switchPage('detail', { queryParams: { id: 42, tag: ['a', 'b'] } });
    };
    const detail = (st: DeltaGenerator) =>
      st.text(`detail ${JSON.stringify(st.queryParams.toDict())} tags ${st.queryParams.getAll('tag').join('|')}`);
    const at = AppTest.fromFunction(async (st) => {
      await st.navigation([Page(list), Page(detail)]).run();
    });
    await at.run();
    await at.button[0]!.click().run();
    expect(texts(at)).toEqual(['detail {} tags ']);
    await at.switchPage('').run();
    await at.button[1]!.click().run();
    expect(texts(at)).toEqual(['detail {"id":"42","tag":"b"} tags a|b']);
    expect(at.queryParams.id).toBe('42');
    expect(at.navigation?.currentUrlPath).toBe('detail');
  });

  it('st.switchPage with an object as a query param value is InvalidArgument; the page stays', async () => {
    const at = AppTest.fromFunction(async (st) => {
      const here = (inner: DeltaGenerator) => {
        inner.text('here');
        if (inner.button('Go')) inner.switchPage('there', { queryParams: { filter: { year: 1 } } as never });
      };
      const there = (inner: DeltaGenerator) => inner.text('there');
      await st.navigation([Page(here), Page(there)]).run();
    });
    await at.run();
    await at.button[0]!.click().run();
    expect(at.exception[0]!.code).toBe('InvalidArgument');
    expect(at.exception[0]!.message).toMatch(/filter cannot be set to an object/);
    expect(texts(at)).toEqual(['here']);
  });

  it('st.switchPage to an unlisted page is PageNotFound', async () => {
    const at = AppTest.fromFunction((st) => {
      st.navigation([Page(home)]);
      st.switchPage('missing');
    });
    await at.run();
    expect(at.exception[0]!.code).toBe('PageNotFound');
  });

  it('st.pageLink links app pages (with their title) and external URLs', async () => {
    const at = AppTest.fromFunction((st) => {
      const reportsPage = Page(reports);
      st.navigation([Page(home), reportsPage], { position: 'hidden' });
      st.pageLink(reportsPage, { icon: '📊' });
      st.pageLink('https://example.com', { label: 'Docs' });
    });
    await at.run();
    expect(at.pageLink.map((p) => p.proto)).toEqual([
      { type: 'pageLink', page: 'reports', label: 'Reports', icon: '📊', external: false },
      { type: 'pageLink', page: 'https://example.com', label: 'Docs', external: true },
    ]);
    expect(at.navigation?.position).toBe('hidden');
  });

  it('page sections are flattened in order', async () => {
    const at = AppTest.fromFunction(async (st) => {
      const pg = st.navigation({ Main: [Page(home)], Admin: [Page(settings, { title: 'Settings' })] });
      await pg.run();
    });
    await at.run();
    expect(at.navigation?.pages.map((p) => p.title)).toEqual(['Home', 'Settings']);
  });

  it('page sections reach the client as section headings (the "" section has none), and a sectioned page opens by URL', async () => {
    const at = AppTest.fromFunction(async (st) => {
      const pg = st.navigation({ '': [Page(home)], Reports: [Page(reports)], Admin: [Page(settings, { title: 'Settings' })] }, { position: 'top' });
      await pg.run();
    });
    await at.run();
    expect(at.navigation?.position).toBe('top');
    expect(at.navigation?.pages.map((p) => p.section)).toEqual([undefined, 'Reports', 'Admin']);
    expect(at.navigationSections).toEqual({ '': ['Home'], Reports: ['Reports'], Admin: ['Settings'] });
    await at.switchPage('settings').run();
    expect(texts(at)).toEqual(['settings page']);
    expect(at.navigation?.currentUrlPath).toBe('settings');
  });

  it('a section that is not an array, or an unknown position, is InvalidArgument', async () => {
    const at = AppTest.fromFunction(async (st) => {
      const pages = { Main: Page(home) } as unknown as Record<string, ReturnType<typeof Page>[]>;
      await st.navigation(pages).run();
    });
    await at.run();
    expect(at.exception[0]?.message).toContain("section 'Main' must be an array");
    const bad = AppTest.fromFunction(async (st) => {
      await st.navigation([Page(home)], { position: 'left' as 'top' }).run();
    });
    await bad.run();
    expect(bad.exception[0]?.message).toContain("position must be 'sidebar', 'top' or 'hidden'");
  });

  it('two pages with one URL path are an error', async () => {
    const at = AppTest.fromFunction((st) => st.navigation([Page(home), Page(reports, { urlPath: 'x' }), Page(settings, { urlPath: 'x' })]));
    await at.run();
    expect(at.exception[0]!.message).toMatch(/same URL path|URL path 'x'/);
  });
});

describe('query params', () => {
  it('reads the URL query and writes back to it', async () => {
    const at = AppTest.fromFunction((st) => {
      st.text(`item=${st.queryParams.item ?? '-'}`);
      if (st.button('Next')) st.queryParams.item = String(Number(st.queryParams.item ?? 0) + 1);
    });
    at.queryParams.item = '4';
    await at.run();
    expect(texts(at)).toEqual(['item=4']);
    await at.button[0]!.click().run();
    expect(at.queryParams.item).toBe('5');
    await at.run();
    expect(texts(at)).toEqual(['item=5']);
  });

  it('getAll, toDict, fromDict, clear and delete', async () => {
    const at = AppTest.fromFunction((st) => {
      st.text(st.queryParams.getAll('tag').join(','));
      st.text(JSON.stringify(st.queryParams.toDict()));
      if (st.button('Replace')) st.queryParams.fromDict({ a: '1', tag: ['x', 'y'] });
      if (st.button('Clear')) st.queryParams.clear();
      if (st.button('Drop')) delete st.queryParams.a;
    });
    at.queryParams.tag = 'q';
    await at.run();
    expect(texts(at)).toEqual(['q', '{"tag":"q"}']);
    await at.button[0]!.click().run();
    await at.run();
    expect(texts(at)).toEqual(['x,y', '{"a":"1","tag":"y"}']);
    await at.button[2]!.click().run();
    await at.run();
    expect(texts(at)).toEqual(['x,y', '{"tag":"y"}']);
    await at.button[1]!.click().run();
    expect(Object.keys(at.queryParams)).toEqual([]);
  });
});

describe('context and page config', () => {
  it('st.context has the browser facts and request headers', async () => {
    const at = AppTest.fromFunction((st) => {
      const c = st.context;
      st.text(`${c.locale} ${c.timezone} ${c.timezoneOffset} ${typeof c.headers}`);
    });
    await at.run();
    expect(texts(at)).toEqual(['en-US UTC 0 object']);
  });

  it('st.setPageConfig merges and validates', async () => {
    const at = AppTest.fromFunction((st) => {
      st.setPageConfig({ pageTitle: 'Explorer', pageIcon: '🚗' });
      st.setPageConfig({ layout: 'wide' });
    });
    await at.run();
    expect(at.pageConfig).toEqual({ pageTitle: 'Explorer', pageIcon: '🚗', layout: 'wide' });
    const bad = AppTest.fromFunction((st) => st.setPageConfig({ layout: 'huge' as 'wide' }));
    await bad.run();
    expect(bad.exception[0]!.message).toMatch(/layout must be 'centered' or 'wide'/);
  });
});

describe('background tasks', () => {
  it('a task survives reruns, reports progress and pushes a rerun when done', async () => {
    const clock = createFakeScheduler();
    let starts = 0;
    const at = AppTest.fromFunction<{ started?: boolean }>(
      (st) => {
        if (st.button('Start')) st.sessionState.started = true;
        if (st.sessionState.started) {
          const job = st.background('job', async ({ progress }) => {
            starts++;
            for (let i = 1; i <= 4; i++) {
              await clock.sleep(1000);
              progress(i / 4, `step ${i}`);
            }
            return 42;
          });
          st.text(`${job.status} ${Math.round(job.progress * 100)} ${job.result ?? ''}`);
        }
        st.checkbox('Keep using the page');
      },
      { runtime: { scheduler: clock } },
    );
    await at.run();
    await at.button[0]!.click().run();
    expect(at.text[0]!.value).toBe('running 0 ');
    await at.checkbox[0]!.check().run();
    await clock.advance(2100);
    await at.run();
    expect(at.text[0]!.value).toBe('running 50 ');
    await clock.advance(2100);
    expect(at.text[0]!.value).toBe('done 100 42');
    expect(starts).toBe(1);
  });

  it('cancel() and errors are reported; dismiss() lets the key start again', async () => {
    const at = AppTest.fromFunction((st) => {
      const job = st.background('fail', async () => {
        throw new Error('nope');
      });
      st.text(`${job.status} ${job.error instanceof Error ? job.error.message : ''}`);
      if (st.button('Dismiss')) job.dismiss();
    });
    await at.run();
    await at.run();
    expect(at.text[0]!.value).toBe('error nope');
  });

  it('tasks are aborted when the session ends', async () => {
    let aborted = false;
    const at = AppTest.fromFunction((st) => {
      st.background('long', ({ signal }) => new Promise<void>((resolve) => signal.addEventListener('abort', () => ((aborted = true), resolve()))));
    });
    await at.run();
    const session = (at as unknown as { session: { close(): void } }).session;
    session.close();
    expect(aborted).toBe(true);
  });
});

describe('page switches and query params', () => {
  it('st.switchPage clears the query params, as Streamlit', async () => {
    const at = AppTest.fromFunction(async (st) => {
      const pg = st.navigation([Page(home), Page(reports)]);
      await pg.run();
      st.text(`q=${st.queryParams.q ?? '-'}`);
    });
    at.queryParams.q = 'x';
    await at.run();
    expect(texts(at)).toContain('q=x');
    await at.button[0]!.click().run();
    expect(texts(at)).toContain('q=-');
    expect(at.queryParams.q).toBeUndefined();
  });
});

describe('page URL paths', () => {
  it('refuses a urlPath that could be a file or a nested path', () => {
    for (const urlPath of ['report.v2', 'a/b', '_lit-ui', 'favicon.ico']) {
      expect(() => Page(settings, { urlPath }), urlPath).toThrow(/must be one path segment/);
    }
    expect(Page(settings, { urlPath: '/prefs/' }).urlPathName).toBe('prefs');
  });
});
