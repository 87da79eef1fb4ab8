/**
 * Serving a stored file with HTTP range requests (RFC 9110 §14), so that a video can be sought
 * and a download resumed on a weak connection without sending the whole file again.
 */
export interface StoredFile {
	size: number;
	read(start: number, end: number): ReadableStream<Uint8Array>;
}

/** One byte range of a file of the given size: [start, end] inclusive, 'unsatisfiable', or null to send it whole. */
export function parseRange(header: string | null, size: number): { start: number; end: number } | 'unsatisfiable' | null {
	if (!header) return null;
	const m = /^bytes=(\d*)-(\d*)$/i.exec(header.trim());
	if (!m || (m[1] === '' && m[2] === '')) return null; // several ranges or nonsense: the whole file (allowed by the RFC)
	if (m[1] === '') {
		const suffix = Number(m[2]);
		if (suffix === 0) return 'unsatisfiable';
		return { start: Math.max(0, size - suffix), end: size - 1 };
	}
	const start = Number(m[1]);
	const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
	if (start >= size || end < start) return 'unsatisfiable';
	return { start, end };
}

/** RFC 8187 (ext-value): percent-encodes all but the attribute characters. */
const rfc8187 = (name: string) => encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** A plain-ASCII name for old clients: accents folded, anything else an underscore. */
const asciiName = (name: string) =>
	name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
		.replace(/[^\x20-\x7e]|["\\]/g, '_');

/** If-None-Match: a list of entity tags, weak or strong, or *; compared weakly (RFC 9110 §13.1.2). */
function matches(ifNoneMatch: string | null, etag: string): boolean {
	if (!ifNoneMatch) return false;
	const bare = (t: string) => t.trim().replace(/^W\//, '');
	return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((t) => bare(t) === bare(etag));
}

export function fileResponse(request: Request, f: { file: StoredFile; type: string; name: string; etag: string }, disposition: 'inline' | 'attachment'): Response {
	const size = f.file.size;
	const headers: Record<string, string> = {
		'content-type': f.type,
		'accept-ranges': 'bytes',
		etag: f.etag,
		// behind a sign-in: kept by the learner's browser only, and asked about again each time
		// (a cheap 304), so that a signed-out shared computer cannot replay it
		'cache-control': 'private, no-cache',
		'content-disposition': `${disposition}; filename="${asciiName(f.name)}"; filename*=UTF-8''${rfc8187(f.name)}`
	};
	const head = request.method === 'HEAD';
	if (matches(request.headers.get('if-none-match'), f.etag)) return new Response(null, { status: 304, headers });
	const ifRange = request.headers.get('if-range');
	const range = ifRange && ifRange !== f.etag ? null : parseRange(request.headers.get('range'), size);
	if (range === 'unsatisfiable') return new Response(null, { status: 416, headers: { ...headers, 'content-range': `bytes */${size}` } });
	if (!range || size === 0) return new Response(head || !size ? null : f.file.read(0, size - 1), { status: 200, headers: { ...headers, 'content-length': String(size) } });
	return new Response(head ? null : f.file.read(range.start, range.end), {
		status: 206,
		headers: { ...headers, 'content-length': String(range.end - range.start + 1), 'content-range': `bytes ${range.start}-${range.end}/${size}` }
	});
}
