import { request } from 'node:http';
/** A small HTTP client for tests: keeps the session cookie and sends our Origin on writes. */
let clients = 0;
/** A client address of its own for each test client (see servers.ts: ADDRESS_HEADER). */
export function nextClientAddress(): string {
	clients++;
	return `10.${(clients >> 16) & 255}.${(clients >> 8) & 255}.${clients & 255}`;
}

export class Client {
	cookie: string | null = null;
	readonly address = nextClientAddress();
	constructor(readonly base: string) {}

	async req(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
		const h: Record<string, string> = { ...headers };
		if (this.cookie && !('cookie' in h)) h.cookie = this.cookie;
		if (body !== undefined && !('content-type' in h)) h['content-type'] = 'application/json';
		if (method !== 'GET' && !('origin' in h)) h.origin = this.base;
		if (!('x-forwarded-for' in h)) h['x-forwarded-for'] = this.address;
		const r = await fetch(this.base + path, { method, headers: h, body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body), redirect: 'manual' });
		const set = r.headers.getSetCookie().find((c) => c.startsWith('sd_session='));
		if (set) this.cookie = set.split(';')[0]!.endsWith('=') ? null : set.split(';')[0]!;
		return r;
	}

	async signIn(login: string, password = 'hoctap2026'): Promise<Response> {
		return this.req('POST', '/api/v1/session', { login, password });
	}
}

export async function jsonOf<T = Record<string, unknown>>(r: Response): Promise<T> {
	return (await r.json()) as T;
}

/** A POST on a fresh connection (no keep-alive pool), answering the status and body. */
export function rawPost(url: string, headers: Record<string, string>, body: string): Promise<{ status: number; body: string }> {
	return new Promise((resolve, reject) => {
		const req = request(url, { method: 'POST', agent: false, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } }, (res) => {
			let text = '';
			res.setEncoding('utf8');
			res.on('data', (d: string) => (text += d));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
		});
		req.on('error', reject);
		req.end(body);
	});
}
