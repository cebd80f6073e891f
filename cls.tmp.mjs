import { chromium } from 'playwright';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const url of process.argv.slice(2)) {
  const p = await b.newPage({ viewport: { width: 412, height: 823 }, locale: 'zh-CN' });
  await p.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__shifts.push({ v: e.value, t: Math.round(e.startTime), src: e.sources.map((s) => `${s.node?.nodeName}.${s.node?.className?.toString().slice(0, 60)} ${JSON.stringify(s.previousRect)}->${JSON.stringify(s.currentRect)}`) }); }).observe({ type: 'layout-shift', buffered: true });
  });
  await p.goto('http://127.0.0.1:3000' + url, { waitUntil: 'networkidle' });
  await p.waitForTimeout(1500);
  console.log('==', url, JSON.stringify(await p.evaluate(() => window.__shifts), null, 1).slice(0, 2500));
  await p.close();
}
await b.close();
