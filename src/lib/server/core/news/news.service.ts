import { type AccessGateway, type AuthContext, requireActor } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import { todayVn, type Clock } from '../../platform/clock';
import { transaction, type Db } from '../../platform/db';
import { AppError, invalidField } from '../../platform/errors';
import { newId, UUID_RE } from '../../platform/ids';
import { lowerVi, normalizeVi, searchTerms } from '../../platform/text';
import { parseInput } from '../../platform/validation';
import type { FileStore } from '../../platform/files';
import { prepareImage } from '../../platform/images';
import { markdownText, renderMarkdown } from '../../platform/markdown';
import { NEWS_TRANSITIONS, newsTarget } from './news.policy';
import * as repo from './news.repository';
import { COVER_WIDTHS, coverInput, NEWS_PAGE_SIZE, newsCreate, newsListQuery, newsUpdate, previewInput, type NewsKind, type NewsOut, type NewsStatus } from './news.schemas';
import type { PlaceLookups } from '../places/places.service';
import type { Links } from '../../platform/links';

export interface NewsDeps {
	db: Db;
	clock: Clock;
	access: AccessGateway;
	files: FileStore;
	places: { lookups: PlaceLookups };
	links: Links;
}

type ListItem = Omit<NewsOut, 'bodyHtml'>;

function listOut(r: repo.NewsListRow, links: Links): ListItem {
	return {
		id: r.id,
		kind: r.kind as NewsKind,
		status: r.status as NewsStatus,
		title: r.title,
		summary: r.summary,
		authorName: r.author_name,
		scopeUnitId: r.scope_unit_id,
		scopeName: r.scope_name,
		publishedAt: r.published_at,
		updatedAt: r.updated_at,
		cover: coverOut(r, links)
	};
}

function coverOut(r: repo.NewsListRow, links: Links): NewsOut['cover'] {
	if (!r.cover_key || !r.cover_thumb_key || !r.cover_width || !r.cover_height) return null;
	const w = Number(r.cover_width);
	const h = Number(r.cover_height);
	const tw = Math.min(w, COVER_WIDTHS.thumb);
	return { url: links.file(r.cover_key), thumbUrl: links.file(r.cover_thumb_key), width: w, height: h, thumbWidth: tw, thumbHeight: Math.round((h * tw) / w), alt: r.cover_alt ?? '' };
}


/** What search reads: folded words of title, summary and body; and the same with accents. */
function searchColumns(title: string, summary: string, bodyText: string) {
	const all = `${title} ${summary} ${bodyText}`;
	return { search_text: normalizeVi(all), exact_text: lowerVi(all) };
}

function summaryOf(summary: string | undefined, bodyText: string): string {
	if (summary) return summary;
	if (bodyText.length <= 200) return bodyText;
	return `${bodyText.slice(0, 200).replace(/\s+\S*$/, '')}…`;
}

export function createNewsService({ db, clock, access, files, places, links }: NewsDeps) {
	const itemOut = (r: repo.NewsRow): NewsOut => ({ ...listOut(r, links), bodyHtml: r.body_html });
	const k = db.kysely;
	const today = () => todayVn(clock);

	async function requireItem(id: string): Promise<repo.NewsRow> {
		const r = UUID_RE.test(id) ? await repo.findNews(k, id) : undefined;
		if (!r) throw new AppError('not_found');
		return r;
	}

	/** A manager's reach: the item's scope must lie in the actor's subtree (none → global). */
	const canManage = (auth: AuthContext, scopeUnitId: string | null) => access.allows(auth, 'news.manage', { unitId: scopeUnitId });

	async function requireScopeUnit(auth: AuthContext, scopeUnitId: string | null | undefined): Promise<void> {
		if (scopeUnitId) {
			if (!(await places.lookups.unit(scopeUnitId))) throw invalidField('scopeUnitId', 'errors.places.unknown_unit');
		}
		if (!(await canManage(auth, scopeUnitId ?? null))) {
			requireActor(auth);
			// a scope outside one's reach reads as an unknown unit; the whole platform as not allowed
			throw scopeUnitId ? invalidField('scopeUnitId', 'errors.places.unknown_unit') : invalidField('scopeUnitId', 'errors.news.platform_needs_global');
		}
	}

	async function list(input: unknown, statuses: readonly NewsStatus[], scope?: Parameters<typeof repo.listNews>[1]['scope']) {
		const v = parseInput(newsListQuery, input);
		const { rows, total } = await repo.listNews(k, {
			dialect: db.dialect,
			terms: searchTerms(v.q),
			kind: v.kind,
			underUnit: v.unit,
			statuses: v.status && statuses.includes(v.status) ? [v.status] : statuses,
			...(scope && { scope }),
			today: today(),
			limit: NEWS_PAGE_SIZE,
			offset: (v.page - 1) * NEWS_PAGE_SIZE
		});
		return { items: rows.map((r) => listOut(r, links)), total, page: v.page, pageSize: NEWS_PAGE_SIZE };
	}

	return {
		/** Published items for everyone, searchable as people type. */
		listPublished: (input: unknown) => list(input, ['published']),

		/** The console: every status, only what the actor manages. */
		async listManaged(auth: AuthContext, input: unknown) {
			const scope = access.requireAny(auth, 'news.manage');
			return list(input, ['draft', 'published', 'archived'], scope);
		},

		/** A published item; drafts and archived items read as not found. */
		async getPublished(id: string): Promise<NewsOut> {
			const r = await requireItem(id);
			if (r.status !== 'published') throw new AppError('not_found');
			return itemOut(r);
		},

		/** For the API: a published item to anyone; a draft or archived one only to its managers. */
		async get(auth: AuthContext, id: string): Promise<NewsOut> {
			const r = await requireItem(id);
			if (r.status === 'published') return itemOut(r);
			if (!auth.actor) throw new AppError('not_found');
			await access.requireAccess(auth, 'news.manage', newsTarget(r));
			return itemOut(r);
		},

		/** Any status, for those who manage it; abilities travel with the record. */
		async getManaged(auth: AuthContext, id: string): Promise<NewsOut & { bodyMarkdown: string; can: { update: boolean; platformWide: boolean } }> {
			requireActor(auth);
			const r = await requireItem(id);
			await access.requireAccess(auth, 'news.manage', newsTarget(r));
			return { ...itemOut(r), bodyMarkdown: r.body_md, can: { update: true, platformWide: access.requireAny(auth, 'news.manage').all } };
		},

		/** What the actor may do with news in general: write items for the whole platform (a global grant). */
		abilities(auth: AuthContext) {
			return { platformWide: access.requireAny(auth, 'news.manage').all };
		},

		/** Renders Markdown the way publishing will, for the editor's preview. */
		preview(auth: AuthContext, input: unknown): { html: string } {
			access.requireAny(auth, 'news.manage');
			return { html: renderMarkdown(parseInput(previewInput, input).body) };
		},

		async create(auth: AuthContext, input: unknown): Promise<NewsOut> {
			access.requireAny(auth, 'news.manage');
			const v = parseInput(newsCreate, input);
			await requireScopeUnit(auth, v.scopeUnitId);
			const text = markdownText(v.body);
			const summary = summaryOf(v.summary, text);
			const now = clock.now().toISOString();
			const id = newId();
			await transaction(db, async (trx) => {
				await repo.insertNews(trx, {
					id,
					kind: v.kind,
					status: v.status,
					title: v.title,
					summary,
					body_md: v.body,
					body_html: renderMarkdown(v.body),
					author_account_id: auth.actor!.accountId,
					author_name: auth.actor!.displayName,
					scope_unit_id: v.scopeUnitId ?? null,
					published_at: v.status === 'published' ? now : null,
					archived_at: null,
					created_at: now,
					updated_at: now,
					...searchColumns(v.title, summary, text)
				});
				await recordAudit(trx, clock, auth, { action: `news.create`, entityType: 'news', entityId: id, scopeUnitId: v.scopeUnitId ?? null, after: { kind: v.kind, title: v.title, status: v.status } });
			});
			return itemOut((await repo.findNews(k, id))!);
		},

		/** Edits, publishes (status published), unpublishes or archives an item. */
		async update(auth: AuthContext, id: string, input: unknown): Promise<NewsOut> {
			requireActor(auth);
			const r = await requireItem(id);
			await access.requireAccess(auth, 'news.manage', newsTarget(r));
			const v = parseInput(newsUpdate, input);
			if (v.scopeUnitId !== undefined && v.scopeUnitId !== r.scope_unit_id) await requireScopeUnit(auth, v.scopeUnitId);
			if (v.status && !NEWS_TRANSITIONS[r.status]?.includes(v.status)) throw invalidField('status', 'errors.field.choice');
			const title = v.title ?? r.title;
			const bodyMd = v.body ?? r.body_md;
			const text = markdownText(bodyMd);
			// a summary typed by hand stays; one derived from the body follows the body
			const derived = r.summary === summaryOf(undefined, markdownText(r.body_md));
			const summary = v.summary !== undefined ? summaryOf(v.summary, text) : v.body !== undefined && derived ? summaryOf(undefined, text) : r.summary;
			const now = clock.now().toISOString();
			const status = v.status ?? r.status;
			const patch = {
				...(v.kind !== undefined && { kind: v.kind }),
				title,
				summary,
				body_md: bodyMd,
				body_html: v.body !== undefined ? renderMarkdown(bodyMd) : r.body_html,
				...(v.scopeUnitId !== undefined && { scope_unit_id: v.scopeUnitId }),
				status,
				published_at: status === 'published' ? (r.published_at ?? now) : r.published_at,
				archived_at: status === 'archived' ? (r.archived_at ?? now) : null,
				updated_at: now,
				...searchColumns(title, summary, text)
			};
			await transaction(db, async (trx) => {
				await repo.updateNews(trx, id, patch);
				const action = v.status && v.status !== r.status ? `news.${v.status === 'published' ? 'publish' : v.status === 'archived' ? 'archive' : 'unpublish'}` : 'news.update';
				await recordAudit(trx, clock, auth, {
					action,
					entityType: 'news',
					entityId: id,
					scopeUnitId: patch.scope_unit_id ?? r.scope_unit_id,
					before: { title: r.title, status: r.status, scopeUnitId: r.scope_unit_id },
					after: { title, status, scopeUnitId: patch.scope_unit_id ?? r.scope_unit_id }
				});
			});
			return itemOut((await repo.findNews(k, id))!);
		},

		/** Sets the cover picture: checked, re-encoded as WebP at two widths, stored, then linked. */
		async setCover(auth: AuthContext, id: string, input: { file: Uint8Array | null; alt?: unknown }): Promise<NewsOut> {
			requireActor(auth);
			const r = await requireItem(id);
			await access.requireAccess(auth, 'news.manage', newsTarget(r));
			const { alt } = parseInput(coverInput, { alt: input.alt ?? '' });
			if (!input.file) throw invalidField('file', 'errors.field.required');
			const [full, thumb] = await prepareImage(input.file, [
				{ name: 'full', width: COVER_WIDTHS.full },
				{ name: 'thumb', width: COVER_WIDTHS.thumb }
			]);
			const stem = newId();
			const keys = { full: `news/${stem}-full.webp`, thumb: `news/${stem}-thumb.webp` };
			await files.put(keys.full, full!.bytes);
			await files.put(keys.thumb, thumb!.bytes);
			const now = clock.now().toISOString();
			await transaction(db, async (trx) => {
				await repo.updateNews(trx, id, { cover_key: keys.full, cover_thumb_key: keys.thumb, cover_width: full!.width, cover_height: full!.height, cover_alt: alt, updated_at: now });
				await recordAudit(trx, clock, auth, { action: 'news.cover', entityType: 'news', entityId: id, scopeUnitId: r.scope_unit_id, before: { cover: r.cover_key }, after: { cover: keys.full, width: full!.width, height: full!.height } });
			});
			// the old picture goes once the new one is linked
			if (r.cover_key) await files.delete(r.cover_key);
			if (r.cover_thumb_key) await files.delete(r.cover_thumb_key);
			return itemOut((await repo.findNews(k, id))!);
		},

		async removeCover(auth: AuthContext, id: string): Promise<NewsOut> {
			requireActor(auth);
			const r = await requireItem(id);
			await access.requireAccess(auth, 'news.manage', newsTarget(r));
			await transaction(db, async (trx) => {
				await repo.updateNews(trx, id, { cover_key: null, cover_thumb_key: null, cover_width: null, cover_height: null, cover_alt: null, updated_at: clock.now().toISOString() });
				await recordAudit(trx, clock, auth, { action: 'news.cover_remove', entityType: 'news', entityId: id, scopeUnitId: r.scope_unit_id, before: { cover: r.cover_key } });
			});
			if (r.cover_key) await files.delete(r.cover_key);
			if (r.cover_thumb_key) await files.delete(r.cover_thumb_key);
			return itemOut((await repo.findNews(k, id))!);
		},

		/** A stored news picture for the public /files route; other areas (imports) are never served there. */
		file: (key: string) => (key.startsWith('news/') ? files.get(key) : Promise.resolve(null)),

		count: () => repo.countNews(k)
	};
}

export type NewsService = ReturnType<typeof createNewsService>;
