/**
 * The main demo: a data explorer on real data (vega-datasets' cars and
 * Seattle weather), written as a Streamlit script would be. The whole
 * function reruns on every interaction; only what changed reaches the page.
 */
import { defineApp } from '@lit-ui/core';
import { carsTab } from './carsTab.js';
import { weatherTab } from './weatherTab.js';

/** The explorer's own session state (widget keys appear there too). */
export interface ExplorerState {
  /** Clicks on the 👍 button in this session. */
  likes: number;
}

/** The explorer app. */
export default defineApp<ExplorerState>(
  async (st) => {
    st.setPageConfig({ pageTitle: 'lit-ui data explorer', pageIcon: '📊', layout: 'wide' });

    st.title('📊 Data explorer');
    st.markdown(
      'Explore **406 cars** from the 1970s and early 1980s and **four years of Seattle weather**, ' +
        'straight from the files of the `vega-datasets` package. Filter the cars in the sidebar, ' +
        'search them by name, and switch tabs for the weather. ' +
        'The whole page is one TypeScript function that reruns on every interaction — ' +
        'the browser only receives what changed.',
    );

    const [cars, weather] = st.tabs(['🚗 Cars', '🌦️ Seattle weather']);
    await carsTab(st, cars);
    await weatherTab(weather);

    st.sidebar.divider();
    st.sidebar.button('👍 Like this explorer', {
      key: 'like',
      useContainerWidth: true,
      onClick: () => {
        st.sessionState.likes += 1;
      },
    });
    const likes = st.sessionState.likes;
    st.sidebar.caption(likes === 0 ? 'Nobody liked it yet in this session.' : `Liked ${likes} time${likes === 1 ? '' : 's'}.`);

    const about = st.expander('How this page works');
    about.markdown(
      [
        '- The data files are read once and cached with `cacheData` (shared by every session, copied per caller).',
        '- Each widget returns its value synchronously; the sidebar filters are keyed, so they keep their values.',
        '- The 👍 button has an `onClick` callback: it runs *before* the script, so every metric above already shows the new count.',
        '- The server compares each element with the one the browser shows and sends only the changes.',
      ].join('\n'),
    );
  },
  { initialState: () => ({ likes: 0 }) },
);
