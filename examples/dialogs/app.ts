/**
 * Dialogs: `dialog(title, fn)` makes a modal from a function. A button
 * opens it; its widgets rerun only the dialog (it is a fragment); a save
 * button stores the answer and calls `st.rerun()`, which closes it.
 */
import { defineApp, dialog, type DeltaGenerator } from '@lit-ui/core';
import { loadCars, type Car } from '../explorer/data.js';

/** A saved rating. */
export interface Rating {
  readonly car: string;
  readonly stars: number;
  readonly comment: string;
}

/** Session state of the dialogs page. */
export interface DialogsState {
  ratings: Record<string, Rating>;
}

const STARS = [1, 2, 3, 4, 5] as const;

const rateCar = dialog(
  'Rate this car',
  (st: DeltaGenerator<DialogsState>, car: Car) => {
    st.markdown(`**${car.Name}** · ${car.Origin} · ${car.Year.slice(0, 4)} · ${car.Horsepower ?? '?'} hp`);
    const previous = st.sessionState.ratings[car.Name];
    const stars = st.radio('Stars', STARS, {
      horizontal: true,
      index: (previous?.stars ?? 3) - 1,
      formatFunc: (n) => '★'.repeat(n),
    });
    const comment = st.textArea('Comment', { value: previous?.comment ?? '', placeholder: 'What stands out?' });
    st.caption(`Preview: ${'★'.repeat(stars)}${'☆'.repeat(5 - stars)} ${comment}`);
    if (st.button('Save rating', { type: 'primary' })) {
      st.sessionState.ratings = { ...st.sessionState.ratings, [car.Name]: { car: car.Name, stars, comment } };
      st.rerun();
    }
  },
  { width: 'medium' },
);

/** The five most powerful cars of a given origin, to rate. */
export function topCars(cars: readonly Car[], count = 5): Car[] {
  return [...cars]
    .filter((c) => c.Horsepower !== null)
    .sort((a, b) => b.Horsepower! - a.Horsepower!)
    .slice(0, count);
}

/** The dialogs example. */
export default defineApp<DialogsState>(
  async (st) => {
    st.title('💬 Dialogs');
    st.markdown(
      'Click **Rate** to open a modal dialog. Its widgets rerun only the dialog function; ' +
        '**Save rating** stores the answer in session state and calls `st.rerun()`, which closes it.',
    );
    const cars = topCars(await loadCars());
    for (const [i, car] of cars.entries()) {
      const [name, stars, action] = st.columns([4, 2, 1], { verticalAlignment: 'center' });
      name.markdown(`**${car.Name}** — ${car.Horsepower} hp`);
      const rating = st.sessionState.ratings[car.Name];
      stars.markdown(rating ? '★'.repeat(rating.stars) + '☆'.repeat(5 - rating.stars) : '_not rated_');
      if (action.button('Rate', { key: `rate_${i}` })) await rateCar(st, car);
    }
    const ratings = Object.values(st.sessionState.ratings);
    st.subheader('Your ratings');
    if (ratings.length === 0) st.info('No rating yet.');
    else st.table(ratings);
  },
  { initialState: () => ({ ratings: {} }) },
);
