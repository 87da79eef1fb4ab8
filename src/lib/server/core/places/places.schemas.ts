import { humanText } from '../../platform/validation';
import { z } from 'zod';
import { calendarDate, optionalEmail, optionalPhone, optionalText, uuid } from '../../platform/fields';

export { calendarDate, uuid };

export const UNIT_LEVELS = ['province', 'district', 'commune', 'village'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];
export const ORG_KINDS = ['learning_centre', 'school', 'association_branch', 'agency', 'enterprise'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];
export const LINEAGE_EVENTS = ['merge', 'split', 'rename', 'transfer'] as const;

export const LIMITS = { name: 200, kind: 80, code: 20, address: 300, phone: 30, email: 254, note: 1000 } as const;

const name = humanText(LIMITS.name);

export const treeQuery = z.object({ at: calendarDate.optional() });

export const unitCreate = z
	.object({
		name,
		level: z.enum(UNIT_LEVELS),
		kind: z.string().trim().min(1).max(LIMITS.kind),
		code: optionalText(LIMITS.code),
		parentId: uuid,
		validFrom: calendarDate,
		population: z.coerce.number().int().min(0).max(100_000_000).nullable().optional()
	})
	.strict();
export type UnitCreate = z.output<typeof unitCreate>;

export const unitUpdate = z
	.object({
		name: name.optional(),
		kind: z.string().trim().min(1).max(LIMITS.kind).optional(),
		code: optionalText(LIMITS.code),
		population: z.coerce.number().int().min(0).max(100_000_000).nullable().optional(),
		validUntil: calendarDate.nullable().optional()
	})
	.strict();
export type UnitUpdate = z.output<typeof unitUpdate>;

const phone = optionalPhone;
const email = optionalEmail;

export const orgCreate = z
	.object({
		name,
		kind: z.enum(ORG_KINDS),
		unitId: uuid,
		address: optionalText(LIMITS.address),
		phone,
		email,
		validFrom: calendarDate.optional()
	})
	.strict();
export type OrgCreate = z.output<typeof orgCreate>;

export const orgUpdate = z
	.object({
		name: name.optional(),
		kind: z.enum(ORG_KINDS).optional(),
		unitId: uuid.optional(),
		address: optionalText(LIMITS.address),
		phone,
		email,
		validUntil: calendarDate.nullable().optional()
	})
	.strict();
export type OrgUpdate = z.output<typeof orgUpdate>;

export const orgListQuery = z.object({
	unit: uuid.optional(),
	kind: z.enum(ORG_KINDS).optional(),
	q: z.string().trim().max(100).optional(),
	page: z.coerce.number().int().min(1).max(10_000).default(1)
});
export type OrgListQuery = z.output<typeof orgListQuery>;

// Outputs (the API contract; also the OpenAPI document's source)
export const unitOut = z.object({
	id: z.string(),
	code: z.string().nullable(),
	name: z.string(),
	level: z.enum(UNIT_LEVELS),
	kind: z.string(),
	parentId: z.string().nullable(),
	validFrom: z.string(),
	validUntil: z.string().nullable(),
	population: z.number().nullable()
});
export type UnitOut = z.output<typeof unitOut>;

export const lineageOut = z.object({
	event: z.enum(LINEAGE_EVENTS),
	fromUnitId: z.string(),
	fromName: z.string(),
	toUnitId: z.string(),
	toName: z.string(),
	date: z.string(),
	note: z.string()
});
export type LineageOut = z.output<typeof lineageOut>;

export const unitDetailOut = unitOut.extend({
	ancestors: z.array(z.object({ id: z.string(), name: z.string(), level: z.string() })),
	children: z.array(unitOut),
	parents: z.array(z.object({ parentId: z.string(), parentName: z.string(), validFrom: z.string(), validUntil: z.string().nullable() })),
	lineage: z.array(lineageOut),
	asOf: z.string()
});
export type UnitDetailOut = z.output<typeof unitDetailOut>;

export const orgOut = z.object({
	id: z.string(),
	name: z.string(),
	kind: z.enum(ORG_KINDS),
	unitId: z.string(),
	unitName: z.string(),
	address: z.string().nullable(),
	phone: z.string().nullable(),
	email: z.string().nullable(),
	validFrom: z.string(),
	validUntil: z.string().nullable()
});
export type OrgOut = z.output<typeof orgOut>;
