/** Real Chromium through playwright-core, and an axe-core check of every page a test opens. */
import { readFileSync } from 'node:fs';
import { nextClientAddress } from './http';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Download, type Page, type Route } from 'playwright-core';
import { expect, inject } from 'vitest';
import { CHROMIUM_ARGS } from './browser-args';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export { CHROMIUM_ARGS };

/**
 * A browser for a test file: a connection to the run's one Chromium (started by global-setup.ts),
 * or a Chromium of its own outside such a run. Closing a connection closes the contexts it
 * opened and leaves the browser to the other files.
 */
export function launch(executablePath: string): Promise<Browser> {
	const shared = inject('chromiumEndpoint');
	if (shared) return chromium.connect(shared);
	return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

/** A phone-sized context (360 px wide) with or without JavaScript. */
/**
 * A phone of its own: 360 px wide, and its own client address (the test servers read it from
 * X-Forwarded-For, as behind a proxy), so that sign-in throttling in one test never slows
 * another — as two residents on two phones.
 */
export async function phoneContext(browser: Browser, opts: { js: boolean; locale?: string; storageState?: Awaited<ReturnType<BrowserContext['storageState']>> }): Promise<BrowserContext> {
	const ctx = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: opts.js, locale: opts.locale ?? 'vi-VN', deviceScaleFactor: 1, extraHTTPHeaders: { 'x-forwarded-for': nextClientAddress() }, ...(opts.storageState && { storageState: opts.storageState }) });
	scripted.set(ctx, opts.js);
	return ctx;
}

const scripted = new WeakMap<BrowserContext, boolean>();

/** Collects CSP violations and script errors so tests can assert there were none. */
export function watchConsole(page: Page): string[] {
	const problems: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') problems.push(m.text());
	});
	page.on('pageerror', (e) => problems.push(String(e)));
	return problems;
}

interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[] }[];
}

/**
 * Runs axe-core on the page's current HTML: no serious or critical violation. The HTML is
 * checked in a separate JavaScript-enabled page so that pages served with JS off are checked
 * too; CSP is bypassed only there, for axe's own script.
 *
 * That page is opened once per browser and kept (a context and a renderer per check cost more
 * than the check), and checks on one browser take turns in it. Each check serves the HTML at
 * the page's own URL (so relative CSS links resolve) in a new document, into which axe is
 * loaded afresh: nothing from one check reaches the next.
 */
export async function expectAccessible(browser: Browser, page: Page): Promise<void> {
	const html = await page.content();
	const url = page.url();
	const viewport = page.viewportSize() ?? { width: 360, height: 740 };
	const prior = axeTurns.get(browser) ?? Promise.resolve();
	const turn = prior.then(() => axeCheck(browser, url, html, viewport));
	axeTurns.set(browser, turn.catch(() => {}));
	const violations = await turn;
	const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(bad.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `axe on ${url}`).toEqual([]);
}

const axeTurns = new WeakMap<Browser, Promise<unknown>>();
const axePages = new WeakMap<Browser, Promise<Page>>();

function axePage(browser: Browser): Promise<Page> {
	let p = axePages.get(browser);
	if (!p) {
		p = (async () => {
			const ctx = await browser.newContext({ bypassCSP: true, javaScriptEnabled: true, viewport: { width: 360, height: 740 } });
			return ctx.newPage();
		})();
		axePages.set(browser, p);
	}
	return p;
}

async function axeCheck(browser: Browser, url: string, html: string, viewport: { width: number; height: number }): Promise<AxeViolation[]> {
	let p = await axePage(browser);
	if (p.isClosed()) {
		axePages.delete(browser);
		p = await axePage(browser);
	}
	const sizeNow = p.viewportSize();
	if (sizeNow?.width !== viewport.width || sizeNow?.height !== viewport.height) await p.setViewportSize(viewport);
	// a new document every time: the same address but for its #fragment would only scroll
	if (p.url().split('#')[0] === url.split('#')[0]) await p.goto('about:blank');
	// serve the same HTML at the same URL so relative CSS links resolve
	const serve = (route: Route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
	await p.route(url, serve);
	try {
		await p.goto(url, { waitUntil: 'load' });
	} finally {
		await p.unroute(url, serve);
	}
	await p.evaluate(AXE_SOURCE);
	return (await p.evaluate(async () => {
		// @ts-expect-error axe is injected above
		const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'] });
		return r.violations;
	})) as AxeViolation[];
}

/**
 * Signs in through the sign-in page as a person would. With JavaScript on it first waits for
 * the page to be interactive (typing into a page that is still hydrating can lose the text).
 * On failure it says where the page stood and what it showed.
 */
export async function signInThroughPage(page: Page, base: string, login: string, password = 'hoctap2026'): Promise<void> {
	if (!page.url().startsWith(`${base}/sign-in`)) await page.goto(`${base}/sign-in`);
	if (scripted.get(page.context()) !== false) await page.waitForSelector('html[data-ready]', { state: 'attached' });
	await page.getByLabel('Tên đăng nhập').fill(login);
	await page.getByLabel('Mật khẩu').fill(password);
	try {
		await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/sign-in')), page.getByRole('button', { name: 'Đăng nhập' }).click()]);
	} catch (e) {
		const shown = await page.locator('.notice, .error').allTextContents().catch(() => [] as string[]);
		const typed = await page.getByLabel('Tên đăng nhập').inputValue().catch(() => '?');
		throw new Error(`sign-in as ${login} stayed at ${page.url()} (login field: "${typed}"; shown: ${shown.join(' | ') || 'nothing'}): ${(e as Error).message.split('\n')[0]}`);
	}
}

/** A new page of the context at the address, with its console problems collected. */
export async function openPage(ctx: BrowserContext, url: string): Promise<{ page: Page; problems: string[] }> {
	const page = await ctx.newPage();
	const problems = watchConsole(page);
	await page.goto(url);
	return { page, problems };
}

/** A new page of the context, signed in through the sign-in page. */
export async function signInOnPage(ctx: BrowserContext, base: string, login: string, password = 'hoctap2026'): Promise<{ page: Page; problems: string[] }> {
	const opened = await openPage(ctx, `${base}/sign-in`);
	await signInThroughPage(opened.page, base, login, password);
	return opened;
}

/** The texts of the one table row holding the text, trimmed. */
export async function rowCells(page: Page, rowText: string): Promise<string[]> {
	const row = page.locator('tbody tr', { hasText: rowText });
	if ((await row.count()) !== 1) throw new Error(`expected one row with ${rowText}, found ${await row.count()}`);
	return (await row.locator('td').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
}

/** A download's bytes (read through the browser's connection: the file is on the browser's side). */
export async function downloadedBytes(download: Download): Promise<Buffer> {
	const chunks: Buffer[] = [];
	for await (const c of await download.createReadStream()) chunks.push(c as Buffer);
	return Buffer.concat(chunks);
}
