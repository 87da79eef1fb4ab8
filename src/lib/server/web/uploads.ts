/** Reading multipart form data: its text fields and the uploaded `file`, with a clear message when it cannot be read. */
import { AppError } from '../platform/errors';

const unreadable = () => new AppError('invalid', 'errors.invalid', { fields: { file: { key: 'errors.field.required' } } });

/** The text fields and the uploaded file (null when none was chosen), not yet read into memory by us. */
export async function readForm(request: Request): Promise<{ fields: Record<string, string>; file: File | null; files: Record<string, File> }> {
	if (!(request.headers.get('content-type') ?? '').includes('multipart/form-data')) throw unreadable();
	let fd: FormData;
	try {
		fd = await request.formData();
	} catch {
		throw unreadable();
	}
	return formParts(fd);
}

/**
 * The same, from form data already parsed (a form action that read it itself): the `file`, and
 * any other file chosen, by field name (e.g. a video's `captions`).
 */
export function formParts(fd: FormData): { fields: Record<string, string>; file: File | null; files: Record<string, File> } {
	const fields: Record<string, string> = {};
	const files: Record<string, File> = {};
	for (const [k, v] of fd) {
		if (typeof v === 'string') fields[k] = v;
		else if (v.size > 0) files[k] = v;
	}
	return { fields, file: files.file ?? null, files };
}

export async function readUpload(request: Request): Promise<{ fields: Record<string, string>; file: Uint8Array | null; fileName: string | null }> {
	const { fields, file } = await readForm(request);
	return { fields, file: file ? new Uint8Array(await file.arrayBuffer()) : null, fileName: file ? file.name || null : null };
}
