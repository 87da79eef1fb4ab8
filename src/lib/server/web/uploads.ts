/** Reading multipart form data: its text fields and the uploaded `file`, with a clear message when it cannot be read. */
import { AppError } from '../platform/errors';

const unreadable = () => new AppError('invalid', 'errors.invalid', { fields: { file: { key: 'errors.field.required' } } });

/** The text fields and the uploaded file (null when none was chosen), not yet read into memory by us. */
export async function readForm(request: Request): Promise<{ fields: Record<string, string>; file: File | null }> {
	if (!(request.headers.get('content-type') ?? '').includes('multipart/form-data')) throw unreadable();
	let fd: FormData;
	try {
		fd = await request.formData();
	} catch {
		throw unreadable();
	}
	return formParts(fd);
}

/** The same, from form data already parsed (a form action that read it itself). */
export function formParts(fd: FormData): { fields: Record<string, string>; file: File | null } {
	const fields: Record<string, string> = {};
	let file: File | null = null;
	for (const [k, v] of fd) {
		if (typeof v === 'string') fields[k] = v;
		else if (k === 'file' && v.size > 0) file = v;
	}
	return { fields, file };
}

export async function readUpload(request: Request): Promise<{ fields: Record<string, string>; file: Uint8Array | null; fileName: string | null }> {
	const { fields, file } = await readForm(request);
	return { fields, file: file ? new Uint8Array(await file.arrayBuffer()) : null, fileName: file ? file.name || null : null };
}
