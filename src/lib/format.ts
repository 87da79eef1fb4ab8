/** Formatting shared by server and pages. Dates are shown the one way Vietnamese paperwork writes them. */

/** The one display format of dates: dd/mm/yyyy, as Vietnamese paperwork writes them. */
export function formatDateVi(isoDate: string | null | undefined): string {
	if (!isoDate) return '';
	const [y, m, d] = isoDate.slice(0, 10).split('-');
	return `${d}/${m}/${y}`;
}

/**
 * A date of birth as recorded: 15/03/1975, or 1955 alone when only the year is known (precision
 * 'year', stored as 1955-01-01: never shown as 01/01/1955). Also what a form field holds to edit it.
 */
export function formatBirthVi(isoDate: string | null | undefined, precision: string | null | undefined): string {
	if (!isoDate) return '';
	return precision === 'year' ? isoDate.slice(0, 4) : formatDateVi(isoDate);
}

/** An instant (ISO-8601 UTC) as Vietnam's local time (UTC+7 all year), YYYY-MM-DDTHH:MM:SS…; '' when unreadable. */
function vnLocal(iso: string): string {
	const t = new Date(iso).getTime();
	return Number.isNaN(t) ? '' : new Date(t + 7 * 3600_000).toISOString();
}

/** Date and time in Vietnam's time zone, dd/mm/yyyy HH:MM. */
export function formatDateTimeVi(iso: string | null | undefined): string {
	if (!iso) return '';
	const local = vnLocal(iso);
	return local && `${formatDateVi(local.slice(0, 10))} ${local.slice(11, 16)}`;
}

/**
 * The calendar day of an instant in Vietnam's time zone, dd/mm/yyyy: for `publishedAt`,
 * `createdAt`, `revokedAt`… (a `YYYY-MM-DD` date takes formatDateVi). 2026-12-02T20:14:00Z is
 * 03/12/2026 in Việt Nam, where slicing the UTC string would say 02/12.
 */
export function formatDayVi(iso: string | null | undefined): string {
	if (!iso) return '';
	const local = vnLocal(iso);
	return local && formatDateVi(local.slice(0, 10));
}

/** Money in whole đồng as Vietnamese paperwork writes it: 1.500.000 đ. */
export function formatDong(n: number): string {
	return `${n.toLocaleString('vi-VN')} đ`;
}

/** A file's size as people read it: 850 KB, 12,4 MB (Vietnamese decimal comma). */
export function formatBytes(bytes: number, locale: 'vi' | 'en' = 'vi'): string {
	const mb = bytes / (1024 * 1024);
	const n = (x: number, digits: number) => x.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: digits });
	return mb >= 1 ? `${n(mb, 1)} MB` : `${n(Math.max(1, Math.round(bytes / 1024)), 0)} KB`;
}
