// The 오답노트 as a list, from the reader's record (model.ts).
import type { Day, Progress } from './model';

/** 2026-11-30 for the reader's local day. */
export const dayLabel = (day: Day): string => new Date(day * 864e5).toISOString().slice(0, 10);

export interface ReviewItem {
  key: string;
  wrongOn: Day;
  rightDays: number;
  /** A right answer today would count (not answered wrong or already counted today). */
  due: boolean;
}

/** The 오답노트: due questions first, oldest mistakes first. */
export function reviewList(progress: Progress, day: Day): ReviewItem[] {
  return Object.entries(progress.q)
    .filter(([, record]) => Number.isInteger(record?.w))
    .map(([key, record]) => ({
      key,
      wrongOn: record.w!,
      rightDays: record.d ? 1 : 0,
      due: day > record.w! && day !== record.d,
    }))
    .sort((a, b) => Number(b.due) - Number(a.due) || a.wrongOn - b.wrongOn || a.key.localeCompare(b.key));
}

export const isEmpty = (progress: Progress): boolean =>
  Object.keys(progress.q).length === 0 && Object.keys(progress.r).length === 0;
