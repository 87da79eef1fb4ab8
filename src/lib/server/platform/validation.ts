/** Turns zod issues into one message key per field; the edge translates them. */
import { z } from 'zod';
import { AppError, type FieldMessage } from './errors';
import { BIDI_CONTROLS, cleanText } from './text';

function issueToMessage(issue: z.core.$ZodIssue): FieldMessage {
	if (issue.message.startsWith('errors.')) {
		const params: Record<string, number> = {};
		if ('minimum' in issue) params.min = Number(issue.minimum);
		if ('maximum' in issue) params.max = Number(issue.maximum);
		// a custom rule may name what it found (a line number, a value)
		if (issue.code === 'custom' && issue.params) for (const [k, v] of Object.entries(issue.params)) if (typeof v === 'number') params[k] = v;
		return Object.keys(params).length ? { key: issue.message, params } : { key: issue.message };
	}
	switch (issue.code) {
		case 'invalid_type':
			return { key: issue.input === undefined || issue.input === null ? 'errors.field.required' : 'errors.field.invalid' };
		case 'too_small': {
			const min = Number(issue.minimum);
			if (issue.origin === 'string') return min <= 1 ? { key: 'errors.field.required' } : { key: 'errors.field.too_short', params: { min } };
			return { key: 'errors.field.too_small', params: { min } };
		}
		case 'too_big': {
			const max = Number(issue.maximum);
			if (issue.origin === 'string') return { key: 'errors.field.too_long', params: { max } };
			if (issue.origin === 'file') return { key: 'errors.field.file_too_large', params: { max } };
			return { key: 'errors.field.too_big', params: { max } };
		}
		case 'invalid_format':
			return { key: issue.format === 'email' ? 'errors.field.email' : 'errors.field.invalid' };
		case 'invalid_value':
			return { key: 'errors.field.choice' };
		case 'unrecognized_keys':
			return { key: 'errors.field.unknown' };
		default:
			return { key: 'errors.field.invalid' };
	}
}

export function fieldsFromIssues(issues: readonly z.core.$ZodIssue[]): Record<string, FieldMessage> {
	const fields: Record<string, FieldMessage> = {};
	for (const issue of issues) {
		const path = issue.path.length ? issue.path.map(String).join('.') : '_';
		if (issue.code === 'unrecognized_keys') {
			for (const k of issue.keys) fields[k] ??= { key: 'errors.field.unknown' };
			continue;
		}
		fields[path] ??= issueToMessage(issue);
	}
	return fields;
}

/** Validates input against a schema or throws AppError('invalid') with a message per field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
	const r = schema.safeParse(input);
	if (!r.success) throw new AppError('invalid', 'errors.invalid', { fields: fieldsFromIssues(r.error.issues) });
	const bad = controlCharField(r.data, '');
	if (bad !== null) throw new AppError('invalid', 'errors.invalid', { fields: { [bad || '_']: { key: 'errors.field.control_chars' } } });
	return r.data;
}

/**
 * A name, a title, a one-line label as people type it: NFC, invisible format characters
 * dropped, spaces collapsed; checked again once cleaned, so a name made of zero-width spaces
 * alone is empty, not stored blank.
 */
export const humanText = (max: number, min = 1) => z.string().trim().min(min).max(max).transform(cleanText).pipe(z.string().min(min));

// NUL and other C0 controls (tab, newline and carriage return aside) are refused everywhere:
// PostgreSQL cannot store NUL, and none belongs in a name or an id; so are bidirectional
// overrides, which make text read other than it is stored.
// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/;

function controlCharField(v: unknown, path: string): string | null {
	if (typeof v === 'string') return CONTROL.test(v) || BIDI_CONTROLS.test(v) ? path : null;
	if (Array.isArray(v)) {
		for (let i = 0; i < v.length; i++) {
			const r = controlCharField(v[i], path ? `${path}.${i}` : String(i));
			if (r !== null) return r;
		}
		return null;
	}
	if (v && typeof v === 'object') {
		for (const [k, x] of Object.entries(v)) {
			const r = controlCharField(x, path ? `${path}.${k}` : k);
			if (r !== null) return r;
		}
	}
	return null;
}
