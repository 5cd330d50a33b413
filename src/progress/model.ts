// The reader's study record, kept in this browser only: which choice they last picked for each
// self-check question (keyed `page/id`), whether it was right, the 오답노트 (spaced review) state,
// and which pages they have read to the end. Pure functions; storage.ts reads and writes it.
// This module runs on every page, so it holds only what the domain pages need (review.ts and
// import-check.ts hold the rest).

/** A day of the reader's local calendar, as a whole number (days since 1970-01-01). */
export type Day = number;

export interface QuestionRecord {
  /** The choice last picked (1-based). */
  c?: number;
  /** Whether that choice was right. */
  ok?: boolean;
  /** In the 오답노트: the day it was last answered wrong. */
  w?: Day;
  /** In the 오답노트: the first day after `w` on which it was answered right. */
  d?: Day;
}

/** Stored under a versioned key (storage.ts); a new shape gets a new key and migrates from this one. */
export interface Progress {
  q: Record<string, QuestionRecord>;
  /** Pages read to the end: slug → the day. */
  r: Record<string, Day>;
}

/** A question leaves the 오답노트 after being answered right on this many different days (answer() counts them). */
export const REVIEW_DAYS = 2;

export const emptyProgress = (): Progress => ({ q: {}, r: {} });

/** Local midnight, in days since 1970-01-01 UTC, rounded: one whole number per local calendar day. */
export const today = (): Day => Math.round(new Date().setHours(0, 0, 0, 0) / 864e5);

/**
 * Records an answer. A wrong one puts the question in the 오답노트 (again); a right one counts
 * towards leaving it only on a day after the last wrong answer (right after seeing the answer is
 * not a review), once per day: the first such day is kept in `d`, the second takes it out.
 */
export function answer(progress: Progress, key: string, choice: number, right: boolean, day: Day): void {
  // A copy, so that an odd stored entry (a number, say) cannot make this throw.
  const record: QuestionRecord = (progress.q[key] = { ...progress.q[key], c: choice, ok: right });
  if (!right) {
    record.w = day;
    delete record.d;
  } else if (day > record.w!) {
    if (!record.d) record.d = day;
    else if (day > record.d) {
      delete record.w;
      delete record.d;
    }
  }
}

/** How many of a page's questions were last answered right. */
export function rightCount(progress: Progress, slug: string): number {
  let count = 0;
  for (const key in progress.q) if (progress.q[key]?.ok && key.startsWith(slug + '/')) count++;
  return count;
}

/**
 * What this browser stored under the version-1 key, as a record. Version 1 is the first (the
 * self-check's earlier per-question keys only remembered a radio button by position, which no
 * longer maps to a question, so they are left alone); anything unreadable starts afresh.
 * Kept light (it runs on every page): spreading makes both parts plain objects whatever was
 * stored, and the functions above tolerate odd entries; a text to import gets the full check
 * (readProgress in import-check.ts).
 */
export function migrate(stored: string | null): Progress {
  try {
    const { q, r } = JSON.parse(stored!);
    return { q: { ...q }, r: { ...r } };
  } catch {
    // Nothing stored, or not JSON.
    return emptyProgress();
  }
}
