import { describe, expect, it } from 'vitest';
import { dictionaries, t } from '$lib/i18n';
import { redact, AUDIT_CSV_COLUMNS } from './audit';
import { writeCsv } from './spreadsheet';
import { formatDateTimeVi, formatDateVi, isCalendarDate, vnDate } from './clock';
import { AppError, httpStatus } from './errors';
import { newId, UUID_RE } from './ids';
import { ROLE_PERMISSIONS, ROLES } from './permissions';
import { cleanText, normalizeVi, normalizeViReference } from './text';
import { createAccessGateway, scopesFor, type AuthContext, type Grant } from './access';
import { parseDatabaseUrl } from './db';
import { z } from 'zod';
import { humanText, parseInput } from './validation';

const auth = (grants: Grant[]): AuthContext => ({ actor: { accountId: 'a', login: 'x', displayName: 'X', grants, via: 'session', sessionId: 's', tokenId: null }, ip: null, userAgent: null, locale: 'vi' });

describe('normalizeVi', () => {
	it('folds Vietnamese as people type it, đ included', () => {
		expect(normalizeVi('Học tập Suốt Đời')).toBe('hoc tap suot doi');
		expect(normalizeVi('Đường làng')).toBe('duong lang');
		expect(normalizeVi('  Nguyễn   Thị\tHương ')).toBe('nguyen thi huong');
		expect(normalizeVi('Trung tâm HTCĐ, xã Tiến Thắng!')).toBe('trung tam htcd xa tien thang');
		// decomposed input folds the same as composed
		expect(normalizeVi('Học'.normalize('NFD'))).toBe('hoc');
	});
	it('folds exactly as the plain whole-string definition does, character by character', () => {
		const samples = [
			'Học tập Suốt Đời', 'ĐƯỜNG LÀNG SỐ HÓA — Thôn Xuân Trạch', 'Ngô Thị Ánh Tuyết', 'Khuất Duy Tiến', '  ', '', '!!!', 'a--b', 'x\u00a0y',
			'Trẻ 7–15 tuổi', 'Nguyễn Văn A1', 'Ếch ộp ữ ỹ Ỵ', 'Tiếng Việt'.normalize('NFD'), 'e\u0301\u0323', 'Ｆｕｌｌ ｗｉｄｔｈ', '第一 課', '한국어', 'İstanbul', 'Straße', '😀 học 😀', '\u0301abc', 'tab\tnew\nline', 'Ng\u200buyễn', 'Lê\u200d Văn', '\u202eAn'
		];
		// and random strings over the letters, marks, digits and punctuation people type
		const alphabet = [...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ0123456789 ,.-–/()\u0300\u0301\u0303\u0309\u0323\u00a0'];
		let seed = 7;
		const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
		for (let i = 0; i < 2000; i++) samples.push(Array.from({ length: 1 + Math.floor(rnd() * 30) }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join(''));
		for (const s of samples) expect(normalizeVi(s), JSON.stringify(s)).toBe(normalizeViReference(s));
	});
	it('cleans typed names without changing letters', () => {
		expect(cleanText('  Xã   Quang\u00a0Minh ')).toBe('Xã Quang Minh');
		expect(cleanText('Ho\u0323c')).toBe('Học');
	});
	it('drops invisible format characters from names and from what search folds', () => {
		// zero-width space, zero-width joiner, right-to-left override, soft hyphen, BOM
		expect(cleanText('Ng\u200buyễn Văn\u200d An\u202e')).toBe('Nguyễn Văn An');
		expect(cleanText('\u00adTrần\ufeff Thị')).toBe('Trần Thị');
		expect(normalizeVi('Ng\u200buyễn\u200d Văn')).toBe('nguyen van');
		expect(cleanText('\u200b\u200b')).toBe('');
	});
	it('refuses direction overrides in any text, and names that are blank once cleaned', () => {
		const schema = z.object({ name: humanText(50), note: z.string() });
		expect(parseInput(schema, { name: ' Lê\u200b Văn ', note: 'x' })).toEqual({ name: 'Lê Văn', note: 'x' });
		const refusal = (input: unknown) => {
			try {
				parseInput(schema, input);
			} catch (e) {
				return e as AppError;
			}
			throw new Error('expected a refusal');
		};
		expect(refusal({ name: 'Lê', note: 'abc\u202edef' }).fields.note?.key).toBe('errors.field.control_chars');
		expect(refusal({ name: '\u200b\u2060', note: '' }).fields.name?.key).toBe('errors.field.required');
	});
});

describe('ids and dates', () => {
	it('makes ordered UUIDv7 keys', () => {
		const ids = Array.from({ length: 2000 }, () => newId());
		expect(ids.every((i) => UUID_RE.test(i) && i[14] === '7')).toBe(true);
		expect([...ids].sort()).toEqual(ids);
		expect(new Set(ids).size).toBe(ids.length);
	});
	it('knows real calendar dates and shows them as dd/mm/yyyy in Vietnam time', () => {
		expect(isCalendarDate('2024-02-29')).toBe(true);
		expect(isCalendarDate('2025-02-29')).toBe(false);
		expect(isCalendarDate('2025-7-1')).toBe(false);
		expect(formatDateVi('2025-07-01')).toBe('01/07/2025');
		expect(formatDateTimeVi('2025-06-30T17:30:00.000Z')).toBe('01/07/2025 00:30');
		expect(vnDate(new Date('2025-06-30T17:00:00.000Z'))).toBe('2025-07-01');
	});
});

describe('errors, roles and translations', () => {
	it('maps every error code to one status', () => {
		expect(httpStatus(new AppError('not_found').code)).toBe(404);
		expect(httpStatus('invalid')).toBe(400);
		expect(httpStatus('rate_limited')).toBe(429);
	});
	it('gives every role a permission list and the administrator all of them', () => {
		expect(Object.keys(ROLE_PERMISSIONS).sort()).toEqual([...ROLES].sort());
		expect(ROLE_PERMISSIONS.resident).toEqual([]);
		expect(ROLE_PERMISSIONS.commune_officer).not.toContain('accounts.view');
	});
	it('has the same keys in Vietnamese and English, and every role, level and kind translated', () => {
		expect(Object.keys(dictionaries.en).sort()).toEqual(Object.keys(dictionaries.vi).sort());
		for (const r of ROLES) expect(dictionaries.vi[`role.${r}`], r).toBeTruthy();
		for (const [k, v] of Object.entries(dictionaries.vi)) expect(v.trim(), k).not.toBe('');
		expect(t('en', 'errors.field.too_short', { min: 8 })).toBe('At least 8 characters.');
		expect(t('vi', 'khong.co.khoa')).toBe('khong.co.khoa');
	});
});

describe('audit helpers', () => {
	it('never writes secrets into the log', () => {
		expect(redact({ login: 'a', password: 'x', nested: { token_hash: 'y', ok: 1 } })).toEqual({ login: 'a', password: '[ẩn]', nested: { token_hash: '[ẩn]', ok: 1 } });
	});
	it('writes CSV that spreadsheets cannot turn into formulas', () => {
		const row: Record<string, string> = { at: 't', actor_label: '=HYPERLINK("x")', action: 'a', entity_type: 'e', before_json: '{"a":1,"b":"c"}' };
		const csv = writeCsv([...AUDIT_CSV_COLUMNS], [AUDIT_CSV_COLUMNS.map((c) => row[c] ?? '')]);
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
		expect(csv).toContain('"{""a"":1,""b"":""c""}"');
	});
});

describe('access gateway', () => {
	const gateway = createAccessGateway({ unitAncestors: async (id) => ({ village: ['village', 'commune', 'province'], other: ['other', 'province'] })[id] ?? [] });
	it('reaches a subtree through a unit grant, one organisation through an org grant, and reads as not found elsewhere', async () => {
		const officer = auth([{ id: 'g', role: 'commune_officer', scope: { kind: 'unit', unitId: 'commune' } }]);
		await expect(gateway.requireAccess(officer, 'organizations.manage', { unitId: 'village' })).resolves.toBeUndefined();
		await expect(gateway.requireAccess(officer, 'organizations.manage', { unitId: 'other' })).rejects.toMatchObject({ code: 'not_found' });
		await expect(gateway.requireAccess(officer, 'units.manage', { unitId: 'village' })).rejects.toMatchObject({ code: 'not_found' });
		const centre = auth([{ id: 'g', role: 'centre_manager', scope: { kind: 'organization', orgId: 'org1' } }]);
		expect(await gateway.allows(centre, 'organizations.view', { unitId: 'village', orgId: 'org1' })).toBe(true);
		expect(await gateway.allows(centre, 'organizations.view', { unitId: 'village', orgId: 'org2' })).toBe(false);
		expect(() => gateway.requireAny({ ...officer, actor: null }, 'console.enter')).toThrow(AppError);
		expect(() => gateway.requireAny(auth([{ id: 'r', role: 'resident', scope: { kind: 'global' } }]), 'console.enter')).toThrow(/forbidden/);
		expect(scopesFor(officer, 'organizations.view')).toEqual({ all: false, unitIds: ['commune'], orgIds: [] });
	});
});

describe('DATABASE_URL', () => {
	it('chooses the dialect from the URL and defaults to the embedded file', () => {
		expect(parseDatabaseUrl(undefined)).toEqual({ dialect: 'sqlite', path: './data/suotdoi.db' });
		expect(parseDatabaseUrl('sqlite:/var/lib/suotdoi.db')).toEqual({ dialect: 'sqlite', path: '/var/lib/suotdoi.db' });
		expect(parseDatabaseUrl('postgres://u@h/db').dialect).toBe('postgres');
		expect(() => parseDatabaseUrl('mysql://x')).toThrow(/sqlite: or postgres/);
	});
});

describe('safeNext', async () => {
	const { safeNext } = await import('../web/forms');
	it('keeps local paths and refuses everything a browser could read as another site', () => {
		expect(safeNext('/console/units?at=2025-07-01')).toBe('/console/units?at=2025-07-01');
		for (const bad of ['//evil.example', '/\\evil.example', '/\t/evil.example', '/\n/x', 'https://evil.example', 'javascript:alert(1)', '', null, undefined, '/%0a'])
			expect(safeNext(bad as string | null | undefined, '/x'), String(bad)).toBe(bad === '/%0a' ? '/%0a' : '/x');
	});
});
