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
