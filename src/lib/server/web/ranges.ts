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
	const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
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

export function fileResponse(request: Request, f: { file: StoredFile; type: string; name: string; etag: string }, disposition: 'inline' | 'attachment'): Response {
	const size = f.file.size;
	const headers: Record<string, string> = {
		'content-type': f.type,
		'accept-ranges': 'bytes',
		etag: f.etag,
		// behind a sign-in: kept by the learner's browser only
		'cache-control': 'private, max-age=86400',
		'content-disposition': `${disposition}; filename*=UTF-8''${encodeURIComponent(f.name)}`
	};
	if (request.headers.get('if-none-match') === f.etag) return new Response(null, { status: 304, headers });
	const ifRange = request.headers.get('if-range');
	const range = ifRange && ifRange !== f.etag ? null : parseRange(request.headers.get('range'), size);
	if (range === 'unsatisfiable') return new Response(null, { status: 416, headers: { ...headers, 'content-range': `bytes */${size}` } });
	if (!range || size === 0) return new Response(size ? f.file.read(0, size - 1) : null, { status: 200, headers: { ...headers, 'content-length': String(size) } });
	return new Response(f.file.read(range.start, range.end), {
		status: 206,
		headers: { ...headers, 'content-length': String(range.end - range.start + 1), 'content-range': `bytes ${range.start}-${range.end}/${size}` }
	});
}
