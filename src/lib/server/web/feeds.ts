/** RSS 2.0 and Atom feeds of published news, and the Atom feed of a fund's book. */
import type { NewsOut } from '../core/news/news.schemas';
import { KIND_VI, type PublicEntry } from '../core/funds/funds.public';

const esc = (s: string) => s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

type Item = Omit<NewsOut, 'bodyHtml'>;

export function rss(origin: string, title: string, description: string, items: Item[]): string {
	const entries = items
		.map(
			(n) => `<item><title>${esc(n.title)}</title><link>${origin}/news/${n.id}</link><guid isPermaLink="true">${origin}/news/${n.id}</guid>${n.publishedAt ? `<pubDate>${new Date(n.publishedAt).toUTCString()}</pubDate>` : ''}<description>${esc(n.summary)}</description><category>${esc(n.kind)}</category></item>`
		)
		.join('');
	return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${esc(title)}</title><link>${origin}/news</link><description>${esc(description)}</description><language>vi</language>${entries}</channel></rss>\n`;
}

export function atom(origin: string, title: string, items: Item[]): string {
	const updated = items[0]?.publishedAt ?? new Date(0).toISOString();
	const entries = items
		.map(
			(n) => `<entry><title>${esc(n.title)}</title><link href="${origin}/news/${n.id}"/><id>${origin}/news/${n.id}</id><updated>${n.updatedAt}</updated>${n.publishedAt ? `<published>${n.publishedAt}</published>` : ''}<summary>${esc(n.summary)}</summary><author><name>${esc(n.authorName)}</name></author></entry>`
		)
		.join('');
	return `<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi"><title>${esc(title)}</title><link href="${origin}/news"/><link rel="self" href="${origin}/news/atom.xml"/><id>${origin}/news</id><updated>${updated}</updated>${entries}</feed>\n`;
}

/** An Atom feed of a fund's latest entries, as its public page shows them (no one paid named). */
export function fundAtom(origin: string, feed: { fund: { id: string; name: string; unitName: string; updatedAt: string }; entries: PublicEntry[] }): string {
	const page = `${origin}/funds/${feed.fund.id}`;
	const entries = feed.entries
		.map((e) => {
			const title = `${KIND_VI[e.kind] ?? e.kind} ${Math.abs(e.amount).toLocaleString('vi-VN')} đồng — ${e.party}`;
			const summary = `Bút toán số ${e.seq}, ngày ${e.on.split('-').reverse().join('/')}${e.item ? `: ${e.item}` : ''}. Mã kiểm tra ${e.hash}.`;
			return `<entry><title>${esc(title)}</title><link href="${page}#e${e.seq}"/><id>urn:suotdoi:fund-entry:${e.hash}</id><updated>${e.createdAt}</updated><summary>${esc(summary)}</summary></entry>`;
		})
		.join('');
	const updated = feed.entries[0]?.createdAt ?? feed.fund.updatedAt;
	return `<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi"><title>${esc(`${feed.fund.name} (${feed.fund.unitName})`)}</title><link href="${page}"/><link rel="self" href="${page}/atom.xml"/><id>${page}</id><updated>${updated}</updated><author><name>${esc(feed.fund.name)}</name></author>${entries}</feed>\n`;
}
