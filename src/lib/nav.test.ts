import { describe, expect, it } from 'vitest';
import { activeHref } from './nav';

const NAV = ['/console', '/console/units', '/console/library', '/console/library/figures', '/console/awards', '/console/awards/honours', '/console/funds'];

describe('activeHref: the one menu item a page belongs to', () => {
	it('marks the figures on the figures page, not the bookshelves as well', () => {
		expect(activeHref('/console/library/figures', NAV)).toBe('/console/library/figures');
		expect(activeHref('/console/library/figures/', NAV)).toBe('/console/library/figures');
		expect(activeHref('/console/awards/honours', NAV)).toBe('/console/awards/honours');
	});
	it('marks the section on its own pages and the pages under it', () => {
		expect(activeHref('/console/library', NAV)).toBe('/console/library');
		expect(activeHref('/console/library/shelves/0190a3f2-0000-7000-8000-000000000001', NAV)).toBe('/console/library');
		expect(activeHref('/console/awards/2026', NAV)).toBe('/console/awards');
	});
	it('matches whole segments only, and the home only on itself', () => {
		expect(activeHref('/console/librarything', NAV)).toBeUndefined();
		expect(activeHref('/console', NAV)).toBe('/console');
		expect(activeHref('/console/jobs', NAV)).toBeUndefined();
		expect(activeHref('/consoles', NAV)).toBeUndefined();
	});
});
