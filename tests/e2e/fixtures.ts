/** What several e2e files need: small media files and an online course to put lessons in. */
import { expect } from 'vitest';
import { Client, jsonOf } from './http';

const ascii = (x: string) => [...x].map((c) => c.charCodeAt(0));
/** An MP4's first box and filler: what the server checks is the "ftyp" signature, not playability. */
export const MP4 = new Uint8Array([0, 0, 0, 0x18, ...ascii('ftypisom'), ...Array.from({ length: 300_000 }, (_, i) => i % 251)]);
export const PDF = new Uint8Array([...ascii('%PDF-1.4\n% Sổ tay\n'), ...new Array(4_000).fill(32)]);

export async function orgId(url: string, name: string): Promise<string> {
	const r = await jsonOf<{ items: { id: string; name: string }[] }>(await fetch(`${url}/api/v1/organizations?q=${encodeURIComponent(name)}`));
	return r.items.find((o) => o.name === name)!.id;
}

export async function onlineCourse(url: string, manager: Client, title: string): Promise<string> {
	const r = await manager.req('POST', '/api/v1/courses', { orgId: await orgId(url, 'Trung tâm học tập cộng đồng xã Quang Minh'), title, topic: 'digital_skills', audience: 'Mọi người', description: 'Học trên điện thoại.', mode: 'online', expectedHours: 2, status: 'published' });
	expect(r.status).toBe(201);
	return (await jsonOf<{ id: string }>(r)).id;
}

/** A multipart POST with the client's session, as a browser form or an integration would send it. */
export function postForm(client: Client, path: string, fields: Record<string, string>, file?: { name: string; type: string; bytes: Uint8Array }, captions?: string, headers: Record<string, string> = {}): Promise<Response> {
	const fd = new FormData();
	for (const [k, v] of Object.entries(fields)) fd.append(k, v);
	if (file) fd.append('file', new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.type }), file.name);
	if (captions) fd.append('captions', new Blob([captions], { type: 'text/vtt' }), 'phu-de.vtt');
	return fetch(client.base + path, { method: 'POST', body: fd, redirect: 'manual', headers: { cookie: client.cookie ?? '', origin: client.base, 'x-forwarded-for': client.address, ...headers } });
}
