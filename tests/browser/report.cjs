// Opens a contra HTML report in headless Chromium (Debian's, driven by playwright-core) and
// checks what a reader relies on: the contested points are visible first, the outlet filter
// hides and shows claims, the kind filter hides findings, a claim's link lands on its
// highlighted words, and the page asks the network for nothing. Saves screenshots.
//
// node report.cjs CONFIG.json   (written by tests/browser.rs)
'use strict';

const fs = require('fs');
const config = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const { chromium } = require(require.resolve('playwright-core', { paths: [config.playwright] }));

const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

function check(ok, message) {
  if (!ok) {
    throw new Error(message);
  }
  console.log('ok: ' + message);
}

async function visibleCount(page, selector) {
  return page.locator(selector).evaluateAll((els) => els.filter((e) => e.checkVisibility()).length);
}

(async () => {
  const context = await chromium.launchPersistentContext(config.userDataDir, {
    executablePath: config.chromium,
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 900 },
  });
  let failed = null;
  try {
    const page = context.pages()[0] || (await context.newPage());
    const outside = [];
    const errors = [];
    page.on('request', (r) => { if (!r.url().startsWith('file:')) outside.push(r.url()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(config.url);

    // Contested points: all there, visible, before the consistent ones.
    const contested = page.locator('#contested article.finding');
    check((await contested.count()) === config.contested, `${config.contested} contested points in the page`);
    check((await visibleCount(page, '#contested article.finding')) === config.contested, 'every contested point is visible');
    const first = await contested.first().boundingBox();
    const consistent = await page.locator('#consistent').boundingBox();
    check(first !== null && consistent !== null && first.y < consistent.y, 'contested points come before consistent ones');
    check(first.y < 900, 'the first contested point starts in the first screen');
    for (const words of config.contestedWords) {
      check(await page.locator('#contested blockquote', { hasText: words }).first().isVisible(), `contested words shown: "${words}"`);
    }
    await page.screenshot({ path: config.screenshot });
    console.log('screenshot: ' + config.screenshot);

    // The outlet filter hides that outlet's claims everywhere and shows them again.
    const box = page.locator(`#outlet-filter input[value="${config.outletKey}"]`);
    const sel = `.claim[data-outlet="${config.outletKey}"]`;
    const before = await visibleCount(page, sel);
    const others = await visibleCount(page, `.claim:not([data-outlet="${config.outletKey}"])`);
    check(before > 0, `${before} claims of ${config.outlet} visible`);
    await box.uncheck();
    check((await visibleCount(page, sel)) === 0, `unticking ${config.outlet} hides its claims`);
    check((await visibleCount(page, `.claim:not([data-outlet="${config.outletKey}"])`)) === others, 'other outlets stay visible');
    const dimmed = await page.locator(`mark[data-outlet="${config.outletKey}"].off`).count();
    check(dimmed > 0, `its ${dimmed} highlights in the source text are switched off`);
    await page.screenshot({ path: config.screenshot.replace(/\.png$/, '-filtered.png') });
    await box.check();
    check((await visibleCount(page, sel)) === before, `ticking ${config.outlet} again shows its ${before} claims`);

    // The kind filter hides findings of that kind.
    const agreements = await visibleCount(page, 'article.finding[data-kind="agreement"]');
    await page.locator('#kind-filter input[value="agreement"]').uncheck();
    check((await visibleCount(page, 'article.finding[data-kind="agreement"]')) === 0, `unticking agreements hides ${agreements}`);
    check((await visibleCount(page, '#contested article.finding')) === config.contested, 'contested points stay');
    await page.locator('#kind-filter input[value="agreement"]').check();

    // A claim's link in a contested point lands on its highlighted words.
    const link = contested.first().locator('a.loc').first();
    const target = (await link.getAttribute('href')).slice('#src-'.length);
    await link.click();
    await page.waitForFunction(() => document.querySelector('mark.focus') !== null);
    const focused = page.locator('mark.focus').first();
    check(await focused.isVisible(), `the link to ${target} highlights its words in the source`);
    check((await focused.getAttribute('data-claims')).split(' ').includes(target), 'the highlighted words are that claim\'s');

    // On a phone: no sideways scrolling, contested points still first.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(config.url);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    check(overflow <= 1, `no horizontal scrolling on a phone (overflow ${overflow}px)`);
    await page.screenshot({ path: config.screenshot.replace(/\.png$/, '-phone.png') });

    check(outside.length === 0, `no network requests (${outside.join(', ') || 'none'})`);
    check(errors.length === 0, `no script errors (${errors.join('; ') || 'none'})`);
  } catch (e) {
    failed = e;
  } finally {
    await context.close();
  }
  if (failed) {
    console.error('FAILED: ' + failed.message);
    process.exit(1);
  }
})();
