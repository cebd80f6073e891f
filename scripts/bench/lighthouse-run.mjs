// Runs Lighthouse on the URLs given as arguments and prints one JSON array of results.
// Plain Node on purpose: Lighthouse sends its own functions into the page as source text, and a
// TypeScript loader's rewritten helpers would not exist there.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: FLAGS });
const results = [];
try {
  for (const url of process.argv.slice(2)) {
    const run = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    const lhr = run.lhr;
    const failed = Object.values(lhr.categories)
      .flatMap((cat) => cat.auditRefs.filter((r) => r.weight > 0).map((r) => lhr.audits[r.id]))
      .filter((a) => a && a.score !== null && a.score < 0.9)
      .map((a) => `${a.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`);
    const metric = (id) => lhr.audits[id]?.displayValue ?? 'n/a';
    // What the largest paint was, and its phases (time to first byte, load delay, render delay).
    const lcpItems = lhr.audits['largest-contentful-paint-element']?.details?.items ?? [];
    const lcpNode = lcpItems[0]?.items?.[0]?.node?.snippet ?? '';
    const phases = (lcpItems[1]?.items ?? []).map((x) => `${x.phase} ${Math.round(x.timing)} ms`).join(', ');
    results.push({
      url,
      scores: Object.fromEntries(CATEGORIES.map((k) => [k, Math.round((lhr.categories[k]?.score ?? 0) * 100)])),
      metrics: { FCP: metric('first-contentful-paint'), LCP: metric('largest-contentful-paint'), TBT: metric('total-blocking-time'), CLS: metric('cumulative-layout-shift'), SI: metric('speed-index') },
      failedAudits: [...new Set(failed)],
      lcpElement: `${lcpNode.slice(0, 160)}${phases ? ` (${phases})` : ''}`,
    });
    process.stderr.write(`[lighthouse]    ${url}: ${CATEGORIES.map((k) => `${k} ${results.at(-1).scores[k]}`).join(', ')}\n`);
  }
} finally {
  chrome.kill();
}
process.stdout.write(JSON.stringify(results));
