import { AppTest } from '@lit-ui/core/testing';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import app, { parseCsv } from './app.js';

const CSV = 'city,date,temp\nParis,2024-01-01,3.5\nLyon,2024-01-02,5\nParis,2024-01-03,4\n';

describe('CSV explorer example', () => {
  it('asks for a file, then explores an uploaded CSV and downloads the filtered rows', async () => {
    const at = AppTest.fromFunction(app);
    await at.run();
    expect(at.info[0]?.value).toBe('Upload a CSV file to start.');
    await at.fileUploader[0]!.upload({ name: 'cities.csv', type: 'text/csv', data: CSV }).run();
    expect(at.exception).toHaveLength(0);
    expect(at.subheader[0]?.value).toBe('cities.csv');
    expect(at.metric[0]?.value).toBe('3');
    expect(at.lineChart).toHaveLength(1);
    await at.selectbox[0]!.select('city').run();
    await at.textInput[0]!.input('par').run();
    expect(at.metric[0]?.value).toBe('2');
    expect((at.dataframe[0]!.value as { city: string }[]).map((r) => r.city)).toEqual(['Paris', 'Paris']);
    const file = await at.downloadButton[0]!.download();
    expect(file.fileName).toBe('cities-filtered.csv');
    expect(file.mime).toBe('text/csv');
    const rows = csvParse(new TextDecoder().decode(file.data));
    expect(rows.map((r) => r['city'])).toEqual(['Paris', 'Paris']);
    expect(rows.columns).toEqual(['city', 'date', 'temp']);
  });

  it('explores the sample without an upload, and refuses other file types', async () => {
    const at = AppTest.fromFunction(app);
    await at.run();
    await at.checkbox[0]!.check().run();
    expect(at.subheader[0]?.value).toBe('seattle-weather.csv');
    expect(Number(at.metric[0]?.value)).toBe(1461);
    await expect(at.fileUploader[0]!.upload({ name: 'x.json', type: 'application/json', data: '{}' }).run()).rejects.toMatchObject({
      code: 'UploadTypeNotAllowed',
    });
  });

  it('parses typed cells with d3-dsv', () => {
    const { rows, columns } = parseCsv(CSV);
    expect(columns).toEqual(['city', 'date', 'temp']);
    expect(rows[0]!['temp']).toBe(3.5);
    expect(rows[0]!['date']).toBeInstanceOf(Date);
  });
});
