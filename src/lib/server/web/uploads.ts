/** Reading an uploaded file from multipart form data, with a clear message when it is not there. */
import { AppError } from '../platform/errors';

export async function readUpload(request: Request): Promise<{ fields: Record<string, string>; file: Uint8Array | null; fileName: string | null }> {
	if (!(request.headers.get('content-type') ?? '').includes('multipart/form-data')) throw new AppError('invalid', 'errors.invalid', { fields: { file: { key: 'errors.field.required' } } });
	let fd: FormData;
	try {
		fd = await request.formData();
	} catch {
		throw new AppError('invalid', 'errors.invalid', { fields: { file: { key: 'errors.field.required' } } });
	}
	const fields: Record<string, string> = {};
	let file: Uint8Array | null = null;
	let fileName: string | null = null;
	for (const [k, v] of fd) {
		if (typeof v === 'string') fields[k] = v;
		else if (k === 'file' && v.size > 0) {
			file = new Uint8Array(await v.arrayBuffer());
			fileName = v.name || null;
		}
	}
	return { fields, file, fileName };
}
