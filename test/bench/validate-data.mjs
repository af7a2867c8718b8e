// Checks benchmark data against data/events.schema.json (Ajv, the options the project uses) and
// the rules the schema cannot express (mirrors src/data/semantic-rules.ts): real calendar days
// and months, unique ids, windows that do not run backwards, absolute http(s) URLs.
// The site build runs the project's own validator as well, so a drift here cannot go unnoticed.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';

let compiled;
function schemaCheck(root) {
  if (!compiled) {
    const schema = JSON.parse(readFileSync(resolve(root, 'data/events.schema.json'), 'utf8'));
    const ajv = new Ajv2020({ allErrors: true, strict: true, discriminator: true, strictRequired: false });
    compiled = ajv.compile(schema);
  }
  return compiled;
}

function parseDay(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const ms = Date.UTC(y, mo, d);
  const dt = new Date(ms);
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo && dt.getUTCDate() === d ? ms : null;
}

function realMonth(text) {
  const m = /^(\d{4})-(\d{2})$/.exec(text);
  return Boolean(m) && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

function isWebUrl(text) {
  if (!/^https?:\/\/[^\s/]/i.test(text) || /[\s<>"\\]/.test(text)) return false;
  try {
    const u = new URL(text);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
  } catch {
    return false;
  }
}

/** Returns a list of error strings; empty when the data is valid. */
export function validateData(data, root) {
  const errors = [];
  const check = schemaCheck(root);
  if (!check(data)) for (const e of check.errors ?? []) errors.push(`schema ${e.instancePath} ${e.keyword}: ${e.message}`);
  const seen = new Set();
  const day = (path, v) => {
    const ms = parseDay(v);
    if (ms === null) errors.push(`${path} ${JSON.stringify(v)} is not a real calendar day`);
    return ms;
  };
  (data.events ?? []).forEach((e, i) => {
    const at = `$.events[${i}]`;
    if (seen.has(e.id)) errors.push(`${at}.id ${e.id} repeats`);
    seen.add(e.id);
    const d = e.date;
    if (d.precision === 'day') day(`${at}.date.day`, d.day);
    if (d.precision === 'month' && !realMonth(d.month)) errors.push(`${at}.date.month ${d.month} is not a real month`);
    if (d.precision === 'approximate') {
      const s = day(`${at}.date.start`, d.start);
      const en = day(`${at}.date.end`, d.end);
      if (s !== null && en !== null && en < s) errors.push(`${at}.date.end is before start`);
    }
    if (d.precision === 'by') {
      const by = day(`${at}.date.by`, d.by);
      const from = d.from === undefined ? null : day(`${at}.date.from`, d.from);
      if (by !== null && from !== null && by < from) errors.push(`${at}.date.by is before from`);
    }
    if (!e.sources?.length) errors.push(`${at}.sources is empty`);
    (e.sources ?? []).forEach((s, j) => {
      if (s.published.length === 10) day(`${at}.sources[${j}].published`, s.published);
      else if (!realMonth(s.published)) errors.push(`${at}.sources[${j}].published is not a real month`);
      if (s.url !== undefined && !isWebUrl(s.url)) errors.push(`${at}.sources[${j}].url ${s.url} is not an http(s) URL`);
    });
  });
  return errors;
}
