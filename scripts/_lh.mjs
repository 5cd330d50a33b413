import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
for (const path of process.argv.slice(2)) {
  const { lhr } = await lighthouse(`http://localhost:4500/aws-study-notes/${path}`, { port: chrome.port, output: 'json', logLevel: 'error', formFactor: 'mobile' });
  const a = lhr.audits;
  console.log(path, 'perf', lhr.categories.performance.score, 'FCP', a['first-contentful-paint'].numericValue|0, 'LCP', a['largest-contentful-paint'].numericValue|0, 'TBT', a['total-blocking-time'].numericValue|0, 'SI', a['speed-index'].numericValue|0, 'CLS', a['cumulative-layout-shift'].numericValue);
  const lcpEl = a['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
  console.log('  LCP element', lcpEl?.snippet?.slice(0, 150), lcpEl?.selector);
  const phases = a['largest-contentful-paint-element']?.details?.items?.[1]?.items; console.log('  LCP phases', JSON.stringify(phases));
  console.log('  mainthread', (a['mainthread-work-breakdown'].details.items||[]).map(i => `${i.group}:${i.duration|0}`).join(' '));
  console.log('  long tasks', (a['long-tasks']?.details?.items||[]).map(i => `${i.url?.split('/').pop()}@${i.startTime|0}:${i.duration|0}`).join(' '));
  console.log('  bootup', (a['bootup-time'].details.items||[]).map(i => `${i.url.split('/').pop()}:${i.total|0}`).join(' '));
  console.log('  dom size', a['dom-size']?.numericValue);
}
chrome.kill();
