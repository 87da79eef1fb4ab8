/**
 * Which item of a menu names the page the visitor is on: the item whose address is the page's,
 * or the deepest one the page sits under (whole path segments: /console/library/figures is under
 * /console/library, /console/librarything is not). One item at most, so a menu that holds both a
 * section and a part of it (the bookshelves and their figures, awards and honours) marks the part
 * on the part's pages and the section elsewhere in it. A root item (its address has no segment
 * after the first, e.g. /console) counts only on itself.
 */
export function activeHref(pathname: string, hrefs: readonly string[]): string | undefined {
	const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
	let best: string | undefined;
	for (const href of hrefs) {
		const root = href.split('/').filter(Boolean).length <= 1;
		const hit = path === href || (!root && path.startsWith(`${href}/`));
		if (hit && (best === undefined || href.length > best.length)) best = href;
	}
	return best;
}
