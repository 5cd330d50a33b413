import { expect, test } from 'vitest';
import { answer, emptyProgress } from '../../src/progress/model';
import { checksum, exportText, IMPORT_ERRORS, importText, packText } from '../../src/progress/transfer';

function sample() {
  const progress = emptyProgress();
  answer(progress, 'iam/root-user', 2, false, 20_000);
  answer(progress, 'iam/root-user', 3, true, 20_001);
  answer(progress, 'network/nacl', 1, true, 20_000);
  progress.r.iam = 20_000;
  return progress;
}

test('an exported text imports back to the same record, even when a chat wrapped it', async () => {
  const text = await exportText(sample());
  expect(text).toMatch(/^asn1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
  expect(await importText(text)).toEqual({ progress: sample() });
  const wrapped = `  ${text.slice(0, 20)}\n${text.slice(20)}\n`;
  expect(await importText(wrapped)).toEqual({ progress: sample() });
});

test('what a damaged stored record exports still imports, without the damaged entries', async () => {
  const odd = { q: { ...sample().q, '0': 1 as never, 'iam/x': { c: 'two' } as never }, r: { ...sample().r, bad: -1 } };
  expect(await importText(await exportText(odd))).toEqual({ progress: sample() });
});

test('a full record of 200 questions still makes a short text', async () => {
  const progress = emptyProgress();
  for (let i = 0; i < 200; i++) answer(progress, `page-${i % 14}/question-${i}`, 1 + (i % 4), i % 3 > 0, 20_000 + (i % 5));
  expect((await exportText(progress)).length).toBeLessThan(4000);
});

test('a text from elsewhere is refused as foreign', async () => {
  for (const text of ['', '안녕하세요', 'asn2.abc.12345678', '{"q":{},"r":{}}']) {
    expect(await importText(text), text).toEqual({ error: IMPORT_ERRORS.foreign });
  }
});

test('a changed or cut text is refused as damaged', async () => {
  const text = await exportText(sample());
  const body = text.split('.')[1]!;
  const flipped = text.replace(body, body.slice(0, 10) + (body[10] === 'A' ? 'B' : 'A') + body.slice(11));
  expect(await importText(flipped)).toEqual({ error: IMPORT_ERRORS.damaged });
  expect(await importText(text.slice(0, -1) + (text.endsWith('0') ? '1' : '0'))).toEqual({ error: IMPORT_ERRORS.damaged });
  expect(await importText(text.replace(body, body.slice(0, body.length - 4)))).toEqual({ error: IMPORT_ERRORS.damaged });
});

test('a well-formed text whose record is off is refused as damaged', async () => {
  const seal = (value: unknown) => packText(JSON.stringify(value));
  for (const value of [
    { q: {}, r: {}, extra: 1 },
    { q: { 'iam/a': { c: 'two' } }, r: {} },
    { q: { 'IAM/../a': { c: 1 } }, r: {} },
    { q: { 'iam/a': { c: 1, admin: true } }, r: {} },
    { q: {}, r: { iam: -1 } },
    { q: { 'iam/a': { ok: true, d: 3 } }, r: {} },
    [1, 2],
  ]) {
    expect(await importText(await seal(value)), JSON.stringify(value)).toEqual({ error: IMPORT_ERRORS.damaged });
  }
  expect(await importText('asn1.bm90IGRlZmxhdGU.' + checksum('bm90IGRlZmxhdGU'))).toEqual({ error: IMPORT_ERRORS.damaged });
  expect(await importText(await seal({ q: { 'iam/a': { c: 1, ok: false, w: 3, d: 4 } }, r: { iam: 2 } }))).toEqual({
    progress: { q: { 'iam/a': { c: 1, ok: false, w: 3, d: 4 } }, r: { iam: 2 } },
  });
});
