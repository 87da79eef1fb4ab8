/** Formatting shared by server and pages. Dates are shown the one way Vietnamese paperwork writes them. */

/** The one display format of dates: dd/mm/yyyy, as Vietnamese paperwork writes them. */
export function formatDateVi(isoDate: string | null | undefined): string {
	if (!isoDate) return '';
	const [y, m, d] = isoDate.slice(0, 10).split('-');
	return `${d}/${m}/${y}`;
}

/** Date and time in Vietnam's time zone, dd/mm/yyyy HH:MM. */
export function formatDateTimeVi(iso: string | null | undefined): string {
	if (!iso) return '';
	const local = new Date(new Date(iso).getTime() + 7 * 3600_000).toISOString();
	return `${formatDateVi(local.slice(0, 10))} ${local.slice(11, 16)}`;
}

/** A file's size as people read it: 850 KB, 12,4 MB (Vietnamese decimal comma). */
export function formatBytes(bytes: number, locale: 'vi' | 'en' = 'vi'): string {
	const mb = bytes / (1024 * 1024);
	const n = (x: number, digits: number) => x.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: digits });
	return mb >= 1 ? `${n(mb, 1)} MB` : `${n(Math.max(1, Math.round(bytes / 1024)), 0)} KB`;
}
