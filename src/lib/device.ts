/** A device as a person recognises it ("Chrome trên Android") from a browser's user-agent string; the raw string is never shown. */
export function deviceLabel(userAgent: string | null | undefined, locale: 'vi' | 'en' = 'vi'): string {
	const ua = userAgent ?? '';
	const browser = /Edg\//.test(ua) ? 'Edge' : /OPR\/|Opera/.test(ua) ? 'Opera' : /SamsungBrowser/.test(ua) ? 'Samsung Internet' : /Zalo/i.test(ua) ? 'Zalo' : /CocCoc|coc_coc/i.test(ua) ? 'Cốc Cốc' : /Firefox\//.test(ua) ? 'Firefox' : /Chrome\/|CriOS/.test(ua) ? 'Chrome' : /Safari\//.test(ua) ? 'Safari' : null;
	const system = /Android/.test(ua) ? 'Android' : /iPhone|iPad|iPod/.test(ua) ? 'iPhone/iPad' : /Windows/.test(ua) ? 'Windows' : /Mac OS X|Macintosh/.test(ua) ? 'macOS' : /Linux/.test(ua) ? 'Linux' : null;
	const on = locale === 'vi' ? 'trên' : 'on';
	if (browser && system) return `${browser} ${on} ${system}`;
	if (browser || system) return (browser ?? system)!;
	if (!ua) return locale === 'vi' ? 'Không rõ thiết bị' : 'Unknown device';
	// a program, not a browser (an app using a token, a script): its first word
	return ua.split(/[\s/;(]/)[0]!.slice(0, 40) || (locale === 'vi' ? 'Không rõ thiết bị' : 'Unknown device');
}
