// The full check of a record from outside (an imported text): anything off refuses it whole.
import type { Day, Progress, QuestionRecord } from './model';

const QUESTION_KEY = /^[a-z0-9-]+\/[a-z0-9-]+$/;
const SLUG = /^[a-z0-9-]+$/;
const isDay = (value: unknown): value is Day => Number.isInteger(value) && (value as number) >= 0;
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function isRecord(value: unknown): value is QuestionRecord {
  if (!isObject(value)) return false;
  const { c, ok, w, d, ...rest } = value;
  return (
    Object.keys(rest).length === 0 &&
    (c === undefined || (Number.isInteger(c) && (c as number) >= 1 && (c as number) <= 9)) &&
    (ok === undefined || typeof ok === 'boolean') &&
    (w === undefined || isDay(w)) &&
    (d === undefined || (isDay(d) && w !== undefined && d > (w as number)))
  );
}

/** A record exactly as this site writes it, or undefined. */
export function readProgress(value: unknown): Progress | undefined {
  if (!isObject(value) || !isObject(value.q) || !isObject(value.r) || Object.keys(value).length !== 2) return undefined;
  const progress: Progress = { q: {}, r: {} };
  for (const [key, record] of Object.entries(value.q)) {
    if (!QUESTION_KEY.test(key) || !isRecord(record)) return undefined;
    progress.q[key] = record;
  }
  for (const [slug, day] of Object.entries(value.r)) {
    if (!SLUG.test(slug) || !isDay(day)) return undefined;
    progress.r[slug] = day;
  }
  return progress;
}

