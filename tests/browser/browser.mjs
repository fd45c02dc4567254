// Drives the dashboard in a real browser (Debian's Chromium through
// playwright-core): the home page loads with no console errors and shows the
// latest month's figure; the explorer changes transform; the claim-check page
// returns verdicts; phones get the narrow charts; downloads, embeds and
// citations work. Screenshots go to $ITX_ARTIFACTS (default target/browser).
//
// Run by crates/server/tests/browser.rs:  node tests/browser/browser.mjs URL
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';

const base = process.argv[2];
const out = process.env.ITX_ARTIFACTS || 'target/browser';
mkdirSync(out, { recursive: true });
const fail = (msg) => { console.error(`FAIL: ${msg}`); process.exitCode = 1; };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));

  // 1. Home: July 2026's $417 million, with the charts.
  let r = await page.goto(base + '/');
  if (r.status() !== 200) fail(`home: HTTP ${r.status()}`);
  const latest = (await page.textContent('#latest-value')) || '';
  if (!latest.includes('$417 million')) fail(`home shows ${JSON.stringify(latest)}, not $417 million`);
  if ((await page.locator('figure svg').count()) < 2) fail('home: fewer than two charts');
  // The embedded data ends with July 2026 (released 18 August 2026): from
  // late September 2026 on, every page says what is overdue and how to fetch it.
  const notice = (await page.textContent('#freshness')) || '';
  if (!notice.includes('August') || !notice.includes('overdue') || !notice.includes('itx fetch easydata'))
    fail(`home: no freshness notice (${JSON.stringify(notice)})`);
  await page.screenshot({ path: `${out}/home.png`, fullPage: true });

  // 2. Explorer: change the transform to yoy through the form.
  await page.goto(base + '/explore?series=ict&from=2024-07&to=2025-07');
  await page.selectOption('#transform', 'yoy');
  await Promise.all([page.waitForURL(/transform=yoy/), page.click('#explore-form button')]);
  const head = (await page.textContent('#observations thead')) || '';
  if (!head.includes('yoy (%)')) fail(`explorer header after choosing yoy: ${JSON.stringify(head)}`);
  const jul = await page.locator('#observations tbody tr', { hasText: '2025-07' }).first().textContent();
  if (!jul.includes('23.8')) fail(`explorer July 2025 YoY row: ${JSON.stringify(jul)}`);
  await page.screenshot({ path: `${out}/explorer-yoy.png`, fullPage: true });

  // 3. Claim check: paste two claims, one true and one false.
  await page.goto(base + '/check');
  if ((await page.locator('#freshness').count()) !== 1) fail('check page: no freshness notice');
  await page.fill('#text', 'In July 2025 IT exports hit an all-time high of $354 million. ' +
    'In March 2024 IT exports rose 4% month-on-month to $306 million.');
  await Promise.all([page.waitForLoadState('load'), page.click('#check-form button')]);
  await page.waitForSelector('ol.notes li');
  const supported = await page.locator('mark.supported').count();
  const contradicted = await page.locator('mark.contradicted').count();
  if (supported < 1 || contradicted < 1) fail(`check verdicts: ${supported} supported, ${contradicted} contradicted`);
  await page.screenshot({ path: `${out}/check.png`, fullPage: true });

  // 3b. Urdu pasted into the English check page is drawn in the served Naskh
  // (system fonts lack "ہ" and show boxes), and a month alone is a date.
  await page.goto(base + '/check');
  await page.fill('#text', 'آئی ٹی برآمدات جولائی میں 35 کروڑ 40 لاکھ ڈالر رہیں۔');
  await page.fill('input[name=date]', '2025-08');
  await Promise.all([page.waitForLoadState('load'), page.click('#check-form button')]);
  await page.waitForSelector('ol.notes li');
  if ((await page.locator('mark.supported').count()) < 1) fail('Urdu on the English check page: no supported claim');
  await page.evaluate(() => document.fonts.ready);
  const loaded = await page.evaluate(() =>
    [...document.fonts].some((f) => f.family.includes('itx Naskh') && f.status === 'loaded'));
  if (!loaded)
    fail('English check page: the Naskh web font did not load for Urdu text');
  await page.screenshot({ path: `${out}/check-urdu-on-en.png`, fullPage: false });

  // 4. A phone-sized home page.
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await phone.goto(base + '/');
  await phone.screenshot({ path: `${out}/home-phone.png`, fullPage: false });
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 2) fail(`phone: the page is ${overflow}px wider than the screen`);

  // 5. Phones get the 480-px copy of each chart, not the 800-px one shrunk.
  const narrowShown = await phone.locator('.chart-narrow svg').first().isVisible();
  const wideShown = await phone.locator('.chart-wide svg').first().isVisible();
  if (!narrowShown || wideShown) fail(`phone charts: narrow visible ${narrowShown}, wide visible ${wideShown}`);
  await phone.locator('figure').first().screenshot({ path: `${out}/chart-phone.png` });

  // 6. Downloads beside the explorer's table: a CSV with the July 2025 row.
  await page.goto(base + '/explore?series=ict&from=2025-01&to=2025-09');
  const csvHref = await page.locator('#downloads a', { hasText: 'CSV' }).getAttribute('href');
  const csv = await (await page.request.get(base + csvHref)).text();
  if (!csv.split('\n').some((l) => l.startsWith('2025-07,354,'))) fail(`explorer CSV download: ${csv.slice(0, 300)}`);
  await page.screenshot({ path: `${out}/explorer-downloads.png`, fullPage: true });

  // 7. Embeds: the card's page gives a snippet; another site can frame the
  // embed URL, and cannot frame the dashboard itself (CSP frame-ancestors).
  await page.goto(base + '/card/latest');
  const snippetText = await page.inputValue('#embed-snippet');
  if (!snippetText.includes('embed=1')) fail(`embed snippet: ${snippetText}`);
  if (!((await page.textContent('#cite-text')) || '').includes('State Bank of Pakistan')) fail('card page: no citation');
  await page.screenshot({ path: `${out}/card-share.png`, fullPage: true });
  // A newspaper's page on another origin (a second local server), with the
  // snippet and an iframe of the home page.
  const newspaper = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<h1>A newspaper</h1>${snippetText}<iframe id="blocked" src="${base}/" width="400" height="200"></iframe>`);
  });
  await new Promise((ok) => newspaper.listen(0, '127.0.0.1', ok));
  const host = await browser.newPage({ viewport: { width: 800, height: 600 } });
  await host.goto(`http://127.0.0.1:${newspaper.address().port}/`);
  await host.waitForTimeout(1500);
  const framed = host.frames().find((f) => f.url().includes('embed=1'));
  const framedText = framed ? ((await framed.textContent('body').catch(() => '')) || '') : '';
  if (!framedText.includes('$417 million')) fail(`embedded card did not load: ${JSON.stringify(framedText.slice(0, 200))}`);
  const blocked = host.frames().find((f) => f.url() === base + '/');
  const blockedText = blocked ? ((await blocked.textContent('body').catch(() => '')) || '') : '';
  if (blockedText.includes('ICT exports')) fail('the dashboard itself could be framed by another site');
  await host.screenshot({ path: `${out}/embedded.png` });
  newspaper.close();

  // 8. Urdu: right to left, the served Naskh font, July 2026's $417m as
  // Urdu pages print it, a switch back to English; desktop and phone.
  r = await page.goto(base + '/?lang=ur');
  if (r.status() !== 200) fail(`Urdu home: HTTP ${r.status()}`);
  const dir = await page.getAttribute('html', 'dir');
  if (dir !== 'rtl') fail(`Urdu home: dir=${dir}`);
  const ur = (await page.textContent('#latest-value')) || '';
  if (!ur.includes('41 کروڑ 70 لاکھ ڈالر')) fail(`Urdu home shows ${JSON.stringify(ur)}`);
  if (!((await page.textContent('main')) || '').includes('سالانہ بنیاد پر')) fail('Urdu home: no Urdu brief');
  const switchHref = await page.getAttribute('#lang-switch', 'href');
  if (switchHref !== '/') fail(`Urdu home: the language switch goes to ${switchHref}`);
  await page.evaluate(() => document.fonts.ready);
  const naskh = await page.evaluate(() => document.fonts.check("16px 'itx Naskh'", 'اردو'));
  if (!naskh) fail('Urdu home: the Naskh web font did not load');
  await page.screenshot({ path: `${out}/home-ur.png`, fullPage: false });
  await phone.goto(base + '/?lang=ur');
  await phone.evaluate(() => document.fonts.ready);
  await phone.screenshot({ path: `${out}/home-ur-phone.png`, fullPage: false });
  const urOverflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (urOverflow > 2) fail(`Urdu phone: the page is ${urOverflow}px wider than the screen`);

  if (errors.length) fail(`console errors: ${errors.join(' | ')}`);
  console.log(process.exitCode ? 'browser tests failed' : 'browser tests passed');
} finally {
  await browser.close();
}
