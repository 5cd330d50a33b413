// The full check of a record: an imported text with anything off is refused whole; a record to
// export keeps only its entries that pass (so that what it exports always imports).
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
  const progress = keepValid(value as unknown as Progress);
  const count = (record: Progress) => Object.keys(record.q).length + Object.keys(record.r).length;
  return count(progress) === count(value as unknown as Progress) ? progress : undefined;
}

/** The entries of a record that pass the check. */
export function keepValid(progress: Progress): Progress {
  return {
    q: Object.fromEntries(Object.entries(progress.q).filter(([key, record]) => QUESTION_KEY.test(key) && isRecord(record))),
    r: Object.fromEntries(Object.entries(progress.r).filter(([slug, day]) => SLUG.test(slug) && isDay(day))),
  };
}

