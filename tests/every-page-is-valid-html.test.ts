// The W3C Nu HTML Checker (vnu-jar, on Java) over every page of the built site: no error that
// this project causes. Browsers forgive invalid markup, each in its own way; screen readers and
// search engines read what the markup says.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { isSectionPath } from '../src/lib/section-links';
import { DIST } from './support/site';

// The package exports the path of its jar; it ships no types.
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

interface Message {
  type: string;
  url: string;
  lastLine: number;
  message: string;
  extract?: string;
}

// Starlight 0.42's own theme scripts carry aria-hidden (upstream; README, "테스트").
const isUpstream = (message: Message) =>
  message.message === 'The “aria-hidden” attribute must not be specified on the “script” element.' &&
  /<script aria-hidden="true">/.test(message.extract ?? '');

test('every built page is valid HTML (W3C Nu checker)', () => {
  test.setTimeout(120_000);
  const pages = readdirSync(DIST, { recursive: true }).filter((file) => String(file).endsWith('.html'));
  expect(pages.length).toBeGreaterThanOrEqual(19);
  // One short run: the JVM's quick compiler alone and a plain collector take half the time and a
  // third of the CPU, with the same report (the checker's own advice: a stack of at least 512 KB).
  const jvm = ['-Xss4m', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];
  const run = spawnSync('java', [...jvm, '-jar', VNU_JAR, '--errors-only', '--format', 'json', '--skip-non-html', DIST], { encoding: 'utf8' });
  expect(run.error, 'the checker needs Java: apt-get install default-jre-headless').toBeUndefined();
  const { messages } = JSON.parse(run.stderr) as { messages: Message[] };
  const checked = new Set(messages.map((message) => message.url));
  const errors = messages
    .filter((message) => !isUpstream(message))
    .map((message) => `${relative(DIST, new URL(message.url).pathname)}:${message.lastLine}: ${message.message} ${JSON.stringify(message.extract ?? '')}`);
  expect(errors).toEqual([]);
  // The upstream errors are on every Starlight page (not the section links' own small pages):
  // seeing them proves the checker read the pages.
  const starlightPages = pages.filter((file) => !isSectionPath(String(file).replace(/index\.html$/, '')));
  expect(checked.size).toBeGreaterThanOrEqual(starlightPages.length - 2);
});
