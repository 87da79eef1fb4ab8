/** RSS 2.0 and Atom feeds of published news. */
import type { NewsOut } from '../core/news/news.schemas';

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
