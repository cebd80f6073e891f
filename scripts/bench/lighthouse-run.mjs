// Runs Lighthouse on the URLs given as arguments and prints one JSON array of results.
// Plain Node on purpose: Lighthouse sends its own functions into the page as source text, and a
// TypeScript loader's rewritten helpers would not exist there.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * Runs per page. Lighthouse's own advice for variance is several runs and their median: one run's
 * performance score moves by several points with the same page on a shared machine.
 */
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3));

const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: FLAGS });
const results = [];
try {
  const urls = process.argv.slice(2);
  // A fresh browser's first page load also pays for starting its own renderer and caches: one
  // discarded run, so the first page measured is not penalised for coming first.
  if (urls.length) await lighthouse(urls[0], { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  for (const url of urls) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push((await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES })).lhr);
    // The run with the median performance score stands for the page; every run's score is kept.
    const byScore = [...runs].sort((x, y) => (x.categories.performance?.score ?? 0) - (y.categories.performance?.score ?? 0));
    const lhr = byScore[Math.floor((byScore.length - 1) / 2)];
    const allPerformance = runs.map((r) => Math.round((r.categories.performance?.score ?? 0) * 100));
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
      runs: allPerformance,
    });
    process.stderr.write(`[lighthouse]    ${url}: ${CATEGORIES.map((k) => `${k} ${results.at(-1).scores[k]}`).join(', ')} (performance of each run: ${allPerformance.join(', ')})\n`);
  }
} finally {
  chrome.kill();
}
process.stdout.write(JSON.stringify(results));
