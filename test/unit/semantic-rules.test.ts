import { describe, expect, it } from 'vitest';
import { checkRules, isWebUrl } from '../../src/data/semantic-rules';
import type { EventDate, Source, TimelineData, TimelineEvent } from '../../src/data/types';
import { makeEvent, onDay } from './make-event';

const data = (...events: TimelineEvent[]): TimelineData => ({ title: 'T', description: 'D', events });
const withSource = (id: string, source: Partial<Source>) =>
  makeEvent(id, onDay('2022-10-06'), { sources: [{ outlet: 'O', headline: 'H', published: '2022-10-07', article: 'a.txt', ...source }] });
const dated = (date: EventDate) => data(makeEvent('a', date));
/** The path, rule and value of each violation, for comparing. */
const found = (d: TimelineData) => checkRules(d).map(({ path, rule, value }) => ({ path, rule, value }));

describe('checkRules', () => {
  it('checkRules finds nothing wrong in valid data', () => {
    expect(
      checkRules(
        data(
          makeEvent('a', onDay('2024-02-29')),
          makeEvent('b', { precision: 'month', month: '2022-08' }),
          makeEvent('c', { precision: 'approximate', start: '2022-11-01', end: '2022-11-01', label: '1 November' }),
          makeEvent('d', { precision: 'by', by: '2022-12-31', from: '2022-12-31' }),
          withSource('e', { published: '2022-10', url: 'https://example.com/x', verified: true }),
        ),
      ),
    ).toEqual([]);
  });

  it('checkRules reports a day that does not exist as a calendar-date error at that day', () => {
    expect(found(dated(onDay('2022-02-30')))).toEqual([{ path: ['events', 0, 'date', 'day'], rule: 'calendar-date', value: '2022-02-30' }]);
  });

  it('checkRules reports impossible days in windows and deadlines', () => {
    expect(found(dated({ precision: 'approximate', start: '2022-04-31', end: '2022-05-02', label: 'x' }))).toEqual([
      { path: ['events', 0, 'date', 'start'], rule: 'calendar-date', value: '2022-04-31' },
    ]);
    expect(found(dated({ precision: 'by', by: '2023-02-29', from: '2022-13-01' })).map((v) => v.path.at(-1))).toEqual(['by', 'from']);
  });

  it('checkRules reports a month that does not exist', () => {
    const v = checkRules(dated({ precision: 'month', month: '2022-13' }));
    expect(v.map(({ path, rule }) => ({ path, rule }))).toEqual([{ path: ['events', 0, 'date', 'month'], rule: 'calendar-date' }]);
    expect(v[0].message).toMatch(/month/);
  });

  it("checkRules leaves malformed dates to the schema's pattern", () => {
    expect(checkRules(dated(onDay('2022-2-3')))).toEqual([]);
    expect(checkRules(dated({ precision: 'month', month: 'August' }))).toEqual([]);
  });

  it('checkRules reports a window that ends before it starts, at its end', () => {
    const v = checkRules(dated({ precision: 'approximate', start: '2022-11-10', end: '2022-11-01', label: 'x' }));
    expect(v.map(({ path, rule, value }) => ({ path, rule, value }))).toEqual([
      { path: ['events', 0, 'date', 'end'], rule: 'date-order', value: '2022-11-01' },
    ]);
    expect(v[0].message).toContain('2022-11-10');
  });

  it('checkRules reports a deadline before the day it was expected from, at the deadline', () => {
    expect(found(dated({ precision: 'by', by: '2022-10-01', from: '2022-11-01' }))).toEqual([
      { path: ['events', 0, 'date', 'by'], rule: 'date-order', value: '2022-10-01' },
    ]);
  });

  it('checkRules reports a repeated id at each repeat, naming the first', () => {
    const v = checkRules(data(makeEvent('same', onDay('2022-01-01')), makeEvent('other', onDay('2022-01-02')), makeEvent('same', onDay('2022-01-03')), makeEvent('same', onDay('2022-01-04'))));
    expect(v.map(({ path, rule }) => ({ path, rule }))).toEqual([
      { path: ['events', 2, 'id'], rule: 'unique-id' },
      { path: ['events', 3, 'id'], rule: 'unique-id' },
    ]);
    for (const x of v) expect(x.message).toContain('$.events[0]');
  });

  it('checkRules reports an impossible publication day or month of a source', () => {
    expect(found(data(withSource('a', { published: '2022-02-30' })))).toEqual([
      { path: ['events', 0, 'sources', 0, 'published'], rule: 'calendar-date', value: '2022-02-30' },
    ]);
    expect(found(data(withSource('a', { published: '2022-00' })))).toEqual([
      { path: ['events', 0, 'sources', 0, 'published'], rule: 'calendar-date', value: '2022-00' },
    ]);
  });

  it('checkRules reports an http(s) link that is not a well-formed URL', () => {
    expect(found(data(withSource('a', { url: 'https://exa mple.org/<x>', verified: false })))).toEqual([
      { path: ['events', 0, 'sources', 0, 'url'], rule: 'http-url', value: 'https://exa mple.org/<x>' },
    ]);
  });

  it('checkRules leaves links that are not http(s) at all to the schema, which refuses them', () => {
    expect(found(data(withSource('a', { url: 'javascript:alert(1)', verified: false })))).toEqual([]);
  });

  it('checkRules lists every violation, not just the first', () => {
    const v = checkRules(data(makeEvent('a', onDay('2022-02-30')), withSource('a', { url: 'http://', verified: false })));
    expect(v.map((x) => x.rule).sort()).toEqual(['calendar-date', 'http-url', 'unique-id']);
  });

  it('checkRules skips rather than throws on data of the wrong shape', () => {
    const odd = { events: [null, 5, { id: 7, date: 'today', sources: 'none' }, { sources: [null, { published: 3, url: 9 }] }] };
    expect(checkRules(odd as unknown as TimelineData)).toEqual([]);
    expect(checkRules({} as TimelineData)).toEqual([]);
    expect(checkRules(null as unknown as TimelineData)).toEqual([]);
  });
});

describe('isWebUrl', () => {
  it.each(['http://example.com', 'https://example.com/path?q=1#x', 'HTTPS://EXAMPLE.COM', 'https://example.com:8080/a', 'http://127.0.0.1/'])(
    'isWebUrl accepts %s',
    (url) => {
      expect(isWebUrl(url)).toBe(true);
    },
  );

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//example.com/a',
    'http://',
    'https://',
    'https:///path',
    'https://a b',
    'https://example.com/a b',
    'https://example.com/"onmouseover="x',
    'https://example.com/<script>',
    ' https://example.com',
    'ftp://example.com',
    'example.com',
    '',
  ])('isWebUrl rejects %j', (url) => {
    expect(isWebUrl(url)).toBe(false);
  });
});

describe('checkRules on the supported years, 1900–2100', () => {
  it.each([
    [{ precision: 'day', day: '0000-01-01' }, ['date', 'day']],
    [{ precision: 'day', day: '1899-12-31' }, ['date', 'day']],
    [{ precision: 'day', day: '2101-01-01' }, ['date', 'day']],
    [{ precision: 'month', month: '9999-12' }, ['date', 'month']],
    [{ precision: 'approximate', start: '0001-01-01', end: '2022-01-01', label: 'long ago' }, ['date', 'start']],
    [{ precision: 'by', by: '9999-12-31' }, ['date', 'by']],
  ] as [EventDate, string[]][])('checkRules refuses %j as outside the supported years', (date, path) => {
    const v = checkRules(dated(date));
    expect(v).toEqual([expect.objectContaining({ path: ['events', 0, ...path], rule: 'date-range', message: 'is outside the supported years 1900–2100; check the year' })]);
  });

  it('checkRules accepts the first and last supported days', () => {
    expect(checkRules(dated({ precision: 'day', day: '1900-01-01' }))).toEqual([]);
    expect(checkRules(dated({ precision: 'day', day: '2100-12-31' }))).toEqual([]);
  });

  it('checkRules refuses a source published outside the supported years', () => {
    expect(checkRules(data(withSource('a', { published: '0999-01' })))[0]).toMatchObject({ path: ['events', 0, 'sources', 0, 'published'], rule: 'date-range' });
  });
});

describe('checkRules on source links that show one place and go to another', () => {
  it.each([
    ['https://trusted.example@evil.example/', 'url-userinfo'],
    ['https://example.org/\u202egpj.exe', 'url-characters'],
    ['http://127.0.0.1/', 'url-private-host'],
  ])('checkRules refuses %j under %s', (url, rule) => {
    expect(checkRules(data(withSource('a', { url, verified: true })))).toEqual([expect.objectContaining({ path: ['events', 0, 'sources', 0, 'url'], rule })]);
  });
});
