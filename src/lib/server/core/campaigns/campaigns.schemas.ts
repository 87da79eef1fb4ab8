/** Campaigns: what is typed to open one, to write its plan's directives and to report on them; what is answered. */
import { z } from 'zod';
import { calendarDate, optionalText, uuid } from '../../platform/fields';
import { humanText } from '../../platform/validation';
import { ACTOR_KINDS } from './campaigns.policy';

export const CAMPAIGN_KINDS = ['learning_week', 'reading_day', 'digital_month', 'other'] as const;
export const ASSIGNMENT_STATUSES = ['todo', 'in_progress', 'done'] as const;
/** the largest figure an organisation reports (people, books, events…) */
export const MAX_FIGURE = 100_000_000;

const optionalId = uuid.optional().nullable().or(z.literal('').transform(() => null));

export const campaignCreate = z
	.object({
		unitId: uuid,
		year: z.coerce.number({ message: 'errors.campaigns.year' }).int('errors.campaigns.year').min(2000, 'errors.campaigns.year').max(2100, 'errors.campaigns.year'),
		kind: z.enum(CAMPAIGN_KINDS),
		title: humanText(200),
		theme: optionalText(500),
		startsOn: calendarDate,
		endsOn: calendarDate,
		plan: optionalText(20_000),
		reportDueOn: calendarDate.optional().nullable().or(z.literal('').transform(() => null)),
		/** a commune's campaign following the city's, whose directives it inherits */
		parentCampaignId: optionalId
	})
	.strict()
	.superRefine((v, ctx) => {
		if (v.endsOn < v.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'errors.campaigns.ends_before' });
	});

const figureKey = z.string().trim().regex(/^[a-z][a-z0-9_]{0,39}$/, 'errors.campaigns.figure_key');
export const directiveCreate = z
	.object({
		title: humanText(300),
		body: optionalText(4000),
		actorKinds: z.array(z.enum(ACTOR_KINDS)).min(1, 'errors.campaigns.actor_kinds').max(ACTOR_KINDS.length),
		dueOn: calendarDate,
		figures: z.array(z.object({ key: figureKey, label: humanText(120) }).strict()).max(20).default([])
	})
	.strict()
	.superRefine((v, ctx) => {
		const keys = v.figures.map((f) => f.key);
		if (new Set(keys).size !== keys.length) ctx.addIssue({ code: 'custom', path: ['figures'], message: 'errors.campaigns.figure_key' });
	});

const figure = z.union([z.number(), z.string().trim()]).transform((v, ctx) => {
	const n = typeof v === 'number' ? v : v === '' ? NaN : Number(v.replace(/[. ]/g, ''));
	if (!Number.isSafeInteger(n) || n < 0 || n > MAX_FIGURE) {
		ctx.addIssue({ code: 'custom', message: 'errors.campaigns.figure' });
		return z.NEVER;
	}
	return n;
});
export const assignmentReport = z
	.object({
		status: z.enum(ASSIGNMENT_STATUSES),
		figures: z.record(z.string(), figure).default({}),
		report: optionalText(4000)
	})
	.strict();

export const campaignListQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional().or(z.literal('').transform(() => undefined)) }).strip();

export const figureDef = z.object({ key: z.string(), label: z.string() });
export const directiveOut = z.object({ id: z.string(), campaignId: z.string(), inherited: z.boolean(), position: z.number().int(), title: z.string(), body: z.string(), actorKinds: z.array(z.string()), dueOn: z.string(), figures: z.array(figureDef) });
export type DirectiveOut = z.infer<typeof directiveOut>;

export const campaignOut = z.object({
	id: z.string(),
	level: z.enum(['city', 'commune']),
	unitId: z.string(),
	unitName: z.string(),
	parentCampaignId: z.string().nullable(),
	year: z.number().int(),
	kind: z.enum(CAMPAIGN_KINDS),
	title: z.string(),
	theme: z.string(),
	startsOn: z.string(),
	endsOn: z.string(),
	plan: z.string(),
	reportDueOn: z.string().nullable(),
	reportSubmittedAt: z.string().nullable(),
	can: z.object({ manage: z.boolean() })
});
export type CampaignOut = z.infer<typeof campaignOut>;

export const assignmentOut = z.object({
	id: z.string(),
	campaignId: z.string(),
	campaignTitle: z.string(),
	directive: directiveOut,
	unitId: z.string(),
	unitName: z.string(),
	orgId: z.string().nullable(),
	orgName: z.string().nullable(),
	actorKind: z.string(),
	status: z.enum(ASSIGNMENT_STATUSES),
	figures: z.record(z.string(), z.number()),
	report: z.string(),
	reportedAt: z.string().nullable(),
	remindedAt: z.string().nullable(),
	overdue: z.boolean()
});
export type AssignmentOut = z.infer<typeof assignmentOut>;

/**
 * The figures of a directive as a form writes them, one label a line ("Số học sinh tham gia"):
 * each gets a key made from its label (lower case, no marks, underscores), numbered on a clash.
 */
export function figuresFromLines(text: string, fold: (s: string) => string): { key: string; label: string }[] {
	const out: { key: string; label: string }[] = [];
	for (const line of text.split(/\r?\n/)) {
		const label = line.trim();
		if (!label) continue;
		const base = (fold(label).replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '') || 'so_lieu').replace(/^(\d)/, 'n$1').slice(0, 32);
		let key = base;
		for (let n = 2; out.some((f) => f.key === key); n++) key = `${base}_${n}`;
		out.push({ key, label });
	}
	return out;
}
