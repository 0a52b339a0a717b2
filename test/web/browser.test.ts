import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/cli/commands/ingest.js';
import { articleId } from '../../src/ingest/index.js';
import { buildServer, ensureWebBuild } from '../../src/server/index.js';
import { newFeedState, SourceState } from '../../src/store/source-state.js';
import { buildFixtureDb } from '../server/fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
// `npm run screenshots` writes them into docs/screenshots; a plain test run keeps them out of the tree.
const SHOTS = process.env.PARAAT_SCREENSHOTS_DIR ?? mkdtempSync(join(tmpdir(), 'paraat-shots-'));
const examples = fileURLToPath(new URL('../../examples/', import.meta.url));

// Stored through the command line, which needs no token: its URL must not become a script link.
const SCRIPT_URL = 'javascript:alert(document.domain)';
const SCRIPT_URL_TEXT = 'Police arrested twelve protesters in Minsk on Monday.';

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`browser tests skipped: ${CHROMIUM} is missing (apt-get install -y chromium)`);

describe.skipIf(!hasChromium)('web dashboard in Chromium', () => {
  let server: FastifyInstance;
  let context: BrowserContext;
  let page: Page;
  let base: string;
  let dbPath: string;
  const policyViolations: string[] = [];

  beforeAll(async () => {
    const webRoot = await ensureWebBuild();
    dbPath = await buildFixtureDb();
    await ingest([examples], dbPath);
    const hostile = join(mkdtempSync(join(tmpdir(), 'paraat-hostile-')), 'hostile.jsonl');
    writeFileSync(hostile, JSON.stringify({ text: SCRIPT_URL_TEXT, url: SCRIPT_URL, date: '2024-05-01', lang: 'en', title: 'Hostile URL' }) + '\n');
    await ingest([hostile], dbPath);
    server = await buildServer({ dbPath, token: null, webRoot });
    base = await server.listen({ host: '127.0.0.1', port: 0 });
    mkdirSync(SHOTS, { recursive: true });
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'paraat-chromium-')), {
      executablePath: CHROMIUM,
      args: FLAGS,
      viewport: { width: 1280, height: 800 },
      locale: 'en-GB',
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) policyViolations.push(message.text());
    });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  const shot = (name: string) => page.screenshot({ path: join(SHOTS, name), fullPage: true });

  it('loads the overview with counts, the escalating pairs and the latest alerts', async () => {
    await page.goto(base + '/');
    await page.locator('.card .number').first().waitFor();
    expect(Number((await page.locator('.card .number').nth(1).textContent())!.replace(/\D/g, ''))).toBeGreaterThan(30);
    await expect.poll(() => page.locator('a.dyad-link').first().textContent()).toBe('RUS–UKR');
    expect(await page.locator('ul.alerts li').count()).toBeGreaterThan(0);
    expect(await page.locator('.chart rect.quad-4').count()).toBeGreaterThan(0);
    await shot('overview.png');
  });

  it('filters to a dyad and shows the events of a chosen day', async () => {
    await page.fill('.dyad-picker input[name=a]', 'ukr');
    await page.fill('.dyad-picker input[name=b]', 'rus');
    await page.click('.dyad-picker button[type=submit]');
    await page.locator('h1', { hasText: 'UKR' }).waitFor();
    await page.locator('circle.point').first().waitFor();
    expect(await page.locator('circle.alert-point').count()).toBeGreaterThan(0);
    await page.locator('circle.alert-point').last().click();
    await page.locator('.day-events table.events tbody tr').first().waitFor();
    const types = await page.locator('.day-events a.event-link').allTextContents();
    expect(types).toContain('ASSAULT');
    await shot('dyad.png');
    // Only Ukraine's acts towards Russia: the fixture has none, so there is nothing to plot.
    await page.check('label.directed input');
    await page.locator('.dyad .panel p.muted', { hasText: 'No data.' }).waitFor();
    expect(page.url()).toContain('directed=true');
    await page.uncheck('label.directed input');
    await page.locator('circle.alert-point').last().click();
    await page.locator('.day-events table.events tbody tr').first().waitFor();
  });

  it('opens an event with its evidence highlighted, then the article', async () => {
    await page.locator('.day-events a.event-link', { hasText: 'ASSAULT' }).first().click();
    const trigger = page.locator('blockquote.evidence mark.hl-trigger');
    await trigger.first().waitFor();
    expect((await trigger.allTextContents()).join(' ')).toMatch(/attack|viel|aan/i);
    expect(await page.locator('blockquote.evidence mark.hl-actor').count()).toBeGreaterThan(0);
    expect(await page.locator('dl.record code').count()).toBeGreaterThan(0);
    await shot('event.png');
    await page.click('a.article-link');
    await page.locator('.article-text mark.hl-focus').first().waitFor();
    expect(await page.locator('.article-text mark.hl-trigger').count()).toBeGreaterThan(0);
    expect(await page.locator('.article-text mark.hl-mention').allTextContents()).toEqual(expect.arrayContaining(['Russia', 'Ukraine']));
    await shot('article.png');
  });

  it('lists events with a full-text search, and marks quantities and quotes in their evidence', async () => {
    await page.goto(base + '/#/events');
    await page.fill('form.filters input[name=q]', 'Oekraine');
    await page.click('form.filters button[type=submit]');
    await expect.poll(() => page.locator('table.events tbody tr').count()).toBeGreaterThan(0);
    expect(page.url()).toContain('q=Oekraine');
    await shot('events.png');
    await page.goto(base + '/#/events?q=demonstranten');
    await page.locator('table.events tr', { hasText: 'Duizenden demonstranten' }).locator('a.event-link').first().click();
    await page.locator('blockquote.evidence mark.hl-quantity').first().waitFor();
    await shot('event-quantity.png');
    await page.goto(base + '/#/events?q=Stoltenberg');
    await page.locator('table.events tr', { hasText: 'We zijn het erover eens' }).locator('a.event-link').first().click();
    await page.locator('blockquote.evidence mark.hl-quote').first().waitFor();
    expect((await page.locator('blockquote.evidence mark.hl-quote').allTextContents()).join('')).toContain('elke verdere agressie');
    await shot('event-quote.png');
  });

  it('draws the actor network and the world map', async () => {
    await page.goto(base + '/#/network');
    await page.locator('svg.network line.flow').first().waitFor();
    expect(await page.locator('svg.network .node-label').allTextContents()).toEqual(expect.arrayContaining(['RUS', 'UKR']));
    await shot('network.png');
    await page.goto(base + '/#/map');
    await page.locator('svg.world path.country[data-code=UKR]').waitFor();
    expect(await page.locator('svg.world path.country[data-code=UKR]').getAttribute('fill')).not.toBe('#eef0f3');
    await shot('map.png');
  });

  it('switches the interface to Dutch and back', async () => {
    await page.goto(base + '/');
    await page.locator('nav a[data-nav=overview]', { hasText: 'Overview' }).waitFor();
    await page.click('button.lang-switch');
    await page.locator('nav a[data-nav=overview]', { hasText: 'Overzicht' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await page.locator('h2', { hasText: 'Sterkst escalerende paren' }).waitFor();
    await shot('overview-nl.png');
    await page.click('button.lang-switch');
    await page.locator('nav a[data-nav=overview]', { hasText: 'Overview' }).waitFor();
  });

  it('shows a javascript: URL as text, not as a link', async () => {
    await page.goto(`${base}/#/article/${articleId(SCRIPT_URL_TEXT, SCRIPT_URL)}`);
    await page.locator('h1', { hasText: 'Hostile URL' }).waitFor();
    expect(await page.locator('.source-url').textContent()).toBe(SCRIPT_URL);
    expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
    expect(await page.locator('a.source-link').count()).toBe(0);
  });

  it('shows how to start watching while no feed is watched', async () => {
    await page.goto(base + '/#/feeds');
    await page.locator('.no-feeds').waitFor();
    expect(await page.locator('nav a.active').getAttribute('data-nav')).toBe('feeds');
    expect(await page.locator('.no-feeds p').textContent()).toBe('No feed is watched yet. Start the watcher with one of:');
    expect(await page.locator('.no-feeds code').allTextContents()).toEqual(['paraat watch FEED', 'paraat serve --watch FEEDS']);
    expect(await page.locator('table.feeds').count()).toBe(0);
  });

  it('lists the watched feeds with their last poll, success, articles, failures and error', async () => {
    // Saved as the watcher saves a poll: a success resets the failures, a failure keeps the last success.
    const state = new SourceState(dbPath);
    const healthy = { ...newFeedState('https://news.example/rss.xml'), lastPoll: '2026-12-08T03:00:00.000Z', lastSuccess: '2026-12-08T03:00:00.000Z', nextPoll: '2026-12-08T03:15:00.000Z', items: 12 };
    const failing = {
      ...newFeedState('http://down.example/feed'),
      lastPoll: '2026-12-08T02:58:30.500Z',
      lastSuccess: '2026-12-07T22:00:00.000Z',
      lastError: 'HTTP 503 Service Unavailable',
      failures: 3,
      nextPoll: '2026-12-08T03:02:30.500Z',
      items: 4,
    };
    for (const feed of [healthy, failing, newFeedState(SCRIPT_URL)]) state.saveFeed(feed);
    state.close();
    // Through another view: the same hash again would not remount the view, so it would not fetch again.
    await page.goto(base + '/#/');
    await page.goto(base + '/#/feeds');
    await page.locator('table.feeds tbody tr').first().waitFor();
    const rows = await page.locator('table.feeds tbody tr').evaluateAll((trs) => trs.map((tr) => [...(tr as HTMLTableRowElement).cells].map((td) => td.textContent)));
    expect(rows).toEqual([
      ['http://down.example/feed', '2026-12-08 02:58:30 UTC', '2026-12-07 22:00:00 UTC', '4', '3', 'HTTP 503 Service Unavailable', '2026-12-08 03:02:30 UTC'],
      ['https://news.example/rss.xml', '2026-12-08 03:00:00 UTC', '2026-12-08 03:00:00 UTC', '12', '0', '–', '2026-12-08 03:15:00 UTC'],
      [SCRIPT_URL, '–', '–', '0', '0', '–', '–'],
    ]);
    expect(await page.locator('table.feeds a.feed-link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      'http://down.example/feed',
      'https://news.example/rss.xml',
    ]);
    expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
    expect(await page.locator('table.feeds tbody tr.failing').count()).toBe(1);
    await shot('feeds.png');
  });

  it('needed nothing the Content-Security-Policy forbids in any view so far', () => {
    expect(policyViolations).toEqual([]);
  });

  it('refuses inline script by its Content-Security-Policy', async () => {
    await page.goto(base + '/');
    const outcome = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (e) => resolve(`blocked by ${e.effectiveDirective}`), { once: true });
          const script = document.createElement('script');
          script.textContent = 'document.body.dataset.inline = "ran"';
          document.body.append(script);
          setTimeout(() => resolve(document.body.dataset.inline ?? 'neither ran nor reported'), 2000);
        }),
    );
    expect(outcome).toBe('blocked by script-src-elem');
  });

  it('fits a phone-width screen without sideways scrolling', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(base + '/');
    await page.locator('a.dyad-link').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot('overview-phone.png');
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
