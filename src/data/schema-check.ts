import Ajv2020, { type ErrorObject } from 'ajv/dist/2020.js';
import schema from '../../data/events.schema.json';

const ajv = new Ajv2020({ allErrors: true, strict: true, discriminator: true, strictRequired: false });
ajv.addSchema(schema);
// The file without its events' contents, and one event: checked apart, each error list stays
// short (Ajv concatenates a $ref's errors onto all the errors so far, which is quadratic in them).
const checkFile = ajv.compile({ ...schema, $id: 'timeline-file', properties: { ...schema.properties, events: { type: 'array', minItems: 1 } } });
const checkEvent = ajv.getSchema(`${schema.$id}#/$defs/event`)!;

/**
 * Every JSON Schema error in a data file (data/events.schema.json), in linear time whatever
 * their number: the file's top level first, then each event's, with paths from the file's root.
 */
export function schemaErrors(data: unknown): ErrorObject[] {
  const out: ErrorObject[] = checkFile(data) ? [] : [...(checkFile.errors ?? [])];
  const events = (data as { events?: unknown } | null)?.events;
  if (!Array.isArray(events)) return out;
  events.forEach((e, i) => {
    if (!checkEvent(e)) for (const err of checkEvent.errors ?? []) out.push({ ...err, instancePath: `/events/${i}${err.instancePath}` });
  });
  return out;
}
