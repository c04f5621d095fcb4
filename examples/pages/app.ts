/**
 * A multipage app: `st.navigation` with three pages, `st.pageLink`,
 * `st.switchPage` from buttons, and the selected car kept in the URL by the
 * selectbox's `bind: 'query-params'` (`/pages/cars?car=ford+pinto+%281971%29`
 * is a link you can share).
 */
import { defineApp, Page, type AnyState, type DeltaGenerator } from '@lit-ui/core';
import { loadCars, type Car } from '../explorer/data.js';

type St = DeltaGenerator<AnyState>;

/**
 * One label per car, as the URL shows it: the name and model year, numbered
 * when that is not enough (`ford pinto (1975) #2`), so every car has its own link.
 */
export function carLabels(cars: readonly Car[]): string[] {
  const seen = new Map<string, number>();
  return cars.map((car) => {
    const label = `${car.Name} (${car.Year.slice(0, 4)})`;
    const count = (seen.get(label) ?? 0) + 1;
    seen.set(label, count);
    return count === 1 ? label : `${label} #${count}`;
  });
}

async function home(st: St): Promise<void> {
  st.title('🏠 Home');
  st.markdown(
    'This app has three pages, listed in the sidebar by `st.navigation` under two section headings. Each page is a plain function; ' +
      'the app script picks one with `st.navigation([...])` and runs it with `.run()`.',
  );
  st.subheader('Go somewhere');
  st.pageLink(browse, { label: 'Browse the cars', icon: '🚗' });
  st.pageLink(about, { label: 'About this example', icon: 'ℹ️' });
  st.pageLink('https://docs.streamlit.io/develop/concepts/multipage-apps', { label: "Streamlit's multipage guide", icon: '🌐' });
  st.divider();
  if (st.button('🎲 Show me a random car', { type: 'primary' })) {
    const labels = carLabels(await loadCars());
    // As Streamlit's st.switch_page(page, query_params=...): the new page starts with exactly these params,
    // and the car selector bound to ?car= shows that car.
    st.switchPage(browse, { queryParams: { car: labels[Math.floor(Math.random() * labels.length)]! } });
  }
}

async function browseCars(st: St): Promise<void> {
  const cars = await loadCars();
  const labels = carLabels(cars);
  st.title('🚗 Browse the cars');
  const step = (delta: number) => () => {
    st.sessionState.car = (st.sessionState.car + delta + cars.length) % cars.length;
  };
  const [prev, picker, next] = st.columns([1, 6, 1], { verticalAlignment: 'bottom' });
  prev.button('◀', { key: 'prev', help: 'Previous car', onClick: step(-1), useContainerWidth: true });
  next.button('▶', { key: 'next', help: 'Next car', onClick: step(1), useContainerWidth: true });
  // bind: 'query-params' keeps the choice and ?car= in step both ways: a shared link, a reload or back/forward
  // opens that car, each choice rewrites the URL, and the choice is still there after a visit to another page.
  const index = picker.selectbox(
    'Car',
    cars.map((_, i) => i),
    { key: 'car', bind: 'query-params', formatFunc: (i) => labels[i]! },
  );

  const car = cars[index]!;
  st.header(car.Name, { divider: 'blue' });
  const [mpg, hp, cylinders, origin] = st.columns(4, { border: true });
  mpg.metric('Miles per gallon', car.Miles_per_Gallon ?? '—');
  hp.metric('Horsepower', car.Horsepower ?? '—');
  cylinders.metric('Cylinders', car.Cylinders);
  origin.metric('Origin', car.Origin);
  st.json(car, { expanded: false });
  st.caption(
    `This car's URL ends in \`?${new URLSearchParams({ car: labels[index]! }).toString()}\`: reload the page or share it, and it opens on this car.`,
  );
  if (st.button('← Back home')) st.switchPage(homePage);
}

function aboutPage(st: St): void {
  st.title('ℹ️ About');
  st.markdown(
    [
      '- **`st.navigation(pages)`** registers the pages and returns the one the URL asks for; a record of section → pages shows each section under its heading.',
      '- **`st.pageLink(page)`** is a link to a page (or to any URL, with a `label`).',
      '- **`st.switchPage(page, { queryParams })`** ends the run and runs another page with those query parameters (none without them): the browser URL follows.',
      '- **`st.queryParams`** reads and writes the query string; the browser URL is updated in place.',
      "- **`bind: 'query-params'`** on a keyed widget keeps it and the query param of its key in sync (the car selector).",
    ].join('\n'),
  );
  st.write('Query parameters of this page right now:');
  st.json(st.queryParams.toDict());
  st.pageLink(homePage, { label: 'Back home', icon: '🏠' });
}

const homePage = Page(home, { title: 'Home', icon: '🏠', default: true });
const browse = Page(browseCars, { title: 'Browse cars', icon: '🚗', urlPath: 'cars' });
const about = Page(aboutPage, { title: 'About', icon: 'ℹ️' });

/** The multipage example. */
export default defineApp(async (st) => {
  st.setPageConfig({ pageTitle: 'Pages', pageIcon: '📚' });
  // Sections, as Streamlit's: each key is a heading in the sidebar's page menu.
  const page = st.navigation({ Cars: [homePage, browse], 'This example': [about] });
  st.sidebar.caption(`You are on **${page.title}**. Every page shares this sidebar line, written by the app script.`);
  await page.run();
});
