/**
 * The one error type of the platform. Services throw it; the HTTP edge maps `code` to a
 * status in one place (`httpStatus`). Messages are i18n keys, translated at the edge in the
 * user's language; `fields` carries one message key per invalid field.
 */
export type ErrorCode =
	| 'invalid'
	| 'unauthenticated'
	| 'forbidden'
	| 'not_found'
	| 'conflict'
	| 'rate_limited'
	| 'payload_too_large'
	| 'internal';

export type MessageParams = Record<string, string | number>;
export interface FieldMessage {
	key: string;
	params?: MessageParams;
}

export class AppError extends Error {
	readonly code: ErrorCode;
	readonly key: string;
	readonly params: MessageParams;
	readonly fields: Record<string, FieldMessage>;
	/** seconds, for rate_limited */
	readonly retryAfter?: number;

	constructor(
		code: ErrorCode,
		key: string = `errors.${code}`,
		opts: { params?: MessageParams; fields?: Record<string, FieldMessage>; retryAfter?: number } = {}
	) {
		super(`${code}: ${key}`);
		this.name = 'AppError';
		this.code = code;
		this.key = key;
		this.params = opts.params ?? {};
		this.fields = opts.fields ?? {};
		if (opts.retryAfter !== undefined) this.retryAfter = opts.retryAfter;
	}
}

const STATUS: Record<ErrorCode, number> = {
	invalid: 400,
	unauthenticated: 401,
	forbidden: 403,
	not_found: 404,
	conflict: 409,
	payload_too_large: 413,
	rate_limited: 429,
	internal: 500
};

export function httpStatus(code: ErrorCode): number {
	return STATUS[code];
}

export const notFound = (): AppError => new AppError('not_found');
export const invalidField = (field: string, key: string, params?: MessageParams): AppError =>
	new AppError('invalid', 'errors.invalid', { fields: { [field]: params ? { key, params } : { key } } });

export function isAppError(e: unknown): e is AppError {
	return e instanceof AppError;
}
