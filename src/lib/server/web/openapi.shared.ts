/** What the OpenAPI document's parts share: an operation's shape and the small schemas it uses. */
import { z } from 'zod';

export type Schema = z.ZodType;

export interface Op {
	summary: string;
	tag: string;
	auth: 'public' | 'session' | 'staff';
	query?: Schema;
	path?: string[];
	body?: Schema;
	/** a multipart/form-data body (files as `binary`) */
	form?: Schema;
	response?: Schema;
	status?: number;
	responseType?: string;
}

/** A file part of a multipart body. */
export const binary = z.string().meta({ format: 'binary' });

/** A page of a list. */
export const page = (item: Schema) => z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
