import { humanText } from '../../platform/validation';
import { z } from 'zod';
import { cleanText } from '../../platform/text';
import { uuid } from '../../platform/fields';

export const NEWS_KINDS = ['news', 'announcement', 'story'] as const;
export type NewsKind = (typeof NEWS_KINDS)[number];
export const NEWS_STATUSES = ['draft', 'published', 'archived'] as const;
export type NewsStatus = (typeof NEWS_STATUSES)[number];

export const NEWS_LIMITS = { title: 160, summary: 300, body: 50_000, query: 100 } as const;
export const NEWS_PAGE_SIZE = 20;

const title = humanText(NEWS_LIMITS.title);
const summary = z
	.string()
	.trim()
	.max(NEWS_LIMITS.summary)
	.transform((s) => cleanText(s));
const body = z.string().min(1).max(NEWS_LIMITS.body).transform((s) => s.normalize('NFC').replace(/\r\n?/g, '\n'));
/** '' or null: the whole platform */
const scope = z.union([uuid, z.literal('').transform(() => null), z.null()]);

export const newsCreate = z
	.object({
		kind: z.enum(NEWS_KINDS),
		title,
		summary: summary.optional(),
		body,
		scopeUnitId: scope.optional(),
		status: z.enum(['draft', 'published']).default('draft')
	})
	.strict();
export type NewsCreate = z.output<typeof newsCreate>;

export const newsUpdate = z
	.object({
		kind: z.enum(NEWS_KINDS).optional(),
		title: title.optional(),
		summary: summary.optional(),
		body: body.optional(),
		scopeUnitId: scope.optional(),
		status: z.enum(NEWS_STATUSES).optional()
	})
	.strict();
export type NewsUpdate = z.output<typeof newsUpdate>;

export const newsListQuery = z.object({
	q: z.string().trim().max(NEWS_LIMITS.query).optional(),
	kind: z.enum(NEWS_KINDS).optional().or(z.literal('').transform(() => undefined)),
	unit: uuid.optional().or(z.literal('').transform(() => undefined)),
	status: z.enum(NEWS_STATUSES).optional().or(z.literal('').transform(() => undefined)),
	page: z.coerce.number().int().min(1).max(10_000).default(1)
});
export type NewsListQuery = z.output<typeof newsListQuery>;

export const COVER_WIDTHS = { full: 1200, thumb: 480 } as const;
export const coverInput = z.object({ alt: z.string().trim().max(200).transform(cleanText).default('') });

export const previewInput = z.object({ body: z.string().max(NEWS_LIMITS.body) });

export const newsOut = z.object({
	id: z.string(),
	kind: z.enum(NEWS_KINDS),
	status: z.enum(NEWS_STATUSES),
	title: z.string(),
	summary: z.string(),
	bodyHtml: z.string(),
	authorName: z.string(),
	scopeUnitId: z.string().nullable(),
	scopeName: z.string().nullable(),
	publishedAt: z.string().nullable(),
	updatedAt: z.string(),
	cover: z
		.object({ url: z.string(), thumbUrl: z.string(), width: z.number(), height: z.number(), thumbWidth: z.number(), thumbHeight: z.number(), alt: z.string() })
		.nullable()
});
export type NewsOut = z.output<typeof newsOut>;

export const newsListOut = z.object({
	items: z.array(newsOut.omit({ bodyHtml: true })),
	total: z.number().int(),
	page: z.number().int(),
	pageSize: z.number().int()
});
