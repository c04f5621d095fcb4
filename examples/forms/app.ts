/**
 * Forms: widgets inside `st.form` hold their changes in the browser until
 * the submit button is clicked; then every change arrives in one rerun.
 * This page keeps a garage of cars added through a form that clears itself
 * after each submit, and a second form that does not.
 */
import { defineApp } from '@lit-ui/core';

/** A car added through the form. */
export interface GarageCar {
  readonly name: string;
  readonly mpg: number;
  readonly origin: string;
  readonly addedAt: string;
}

/** Session state of the forms page. */
export interface FormsState {
  garage: GarageCar[];
  /** Why the last submit was refused, if it was. */
  formError: string | null;
  /** How many times the whole script ran (a form edit alone does not rerun it). */
  runs: number;
  /** Widget keys of the "add a car" form. */
  car_name?: string;
  car_mpg?: number;
  car_origin?: string;
}

const ORIGINS = ['USA', 'Europe', 'Japan'] as const;

/** The forms example. */
export default defineApp<FormsState>(
  (st) => {
    st.sessionState.runs += 1;
    st.title('📝 Forms');
    st.markdown(
      'Change the fields below as much as you like: nothing reruns until you press **Add car**. ' +
        'Then all the values arrive together, the `onClick` callback stores them, and the form clears itself (`clearOnSubmit`).',
    );

    // The submit button's callback runs before the script, with the form's new values in session state.
    const addCar = (): void => {
      const name = (st.sessionState.car_name ?? '').trim();
      if (name === '') {
        st.sessionState.formError = 'Give the car a name.';
        return;
      }
      st.sessionState.formError = null;
      st.sessionState.garage = [
        ...st.sessionState.garage,
        { name, mpg: st.sessionState.car_mpg ?? 25, origin: st.sessionState.car_origin ?? 'USA', addedAt: new Date().toISOString().slice(11, 19) },
      ];
    };

    const form = st.form('add_car', { clearOnSubmit: true });
    form.subheader('Add a car to your garage');
    const [left, right] = form.columns(2);
    left.textInput('Name', { key: 'car_name', placeholder: 'e.g. volvo 145e', maxChars: 40 });
    right.numberInput('Miles per gallon', { key: 'car_mpg', minValue: 5, maxValue: 60, value: 25, step: 0.5 });
    form.selectbox('Origin', ORIGINS, { key: 'car_origin' });
    form.formSubmitButton('Add car', { type: 'primary', onClick: addCar });

    if (st.sessionState.formError) st.error(st.sessionState.formError);

    st.subheader(`Your garage (${st.sessionState.garage.length})`);
    if (st.sessionState.garage.length === 0) {
      st.info('No car yet: fill in the form and press Add car.');
    } else {
      st.table(st.sessionState.garage);
      const last = st.sessionState.garage.at(-1)!;
      st.success(`Last added: **${last.name}** (${last.origin}, ${last.mpg} mpg) at ${last.addedAt}.`);
    }

    st.divider();
    st.subheader('A form that keeps its values');
    const search = st.form('search');
    const query = search.textInput('Search the garage');
    const minMpg = search.slider('At least (mpg)', { minValue: 5, maxValue: 60, value: 5 });
    const submitted = search.formSubmitButton('Search');
    const hits = st.sessionState.garage.filter((c) => c.name.toLowerCase().includes(query.toLowerCase()) && c.mpg >= minMpg);
    st.write(submitted ? `Found ${hits.length} car(s) for “${query}” with at least ${minMpg} mpg.` : 'Submit the search form to filter the garage.');
    if (submitted && hits.length > 0) st.dataframe(hits, { hideIndex: true });

    st.caption(`The whole script has run ${st.sessionState.runs} time(s) in this session.`);
  },
  { initialState: () => ({ garage: [], formError: null, runs: 0 }) },
);
