/**
 * An amount of đồng in Vietnamese words, as written under the figure on receipts and lists
 * ("Số tiền bằng chữ"): 45.000.000 → "Bốn mươi lăm triệu đồng". Northern usage: "lẻ" for a
 * missing ten (một trăm lẻ năm), "mốt" and "lăm" after a ten, "bốn" (not "tư"); a group of three
 * after the first that has no hundreds reads "không trăm" (một triệu không trăm năm mươi nghìn).
 */
const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
const GROUPS = ['', 'nghìn', 'triệu'];

/** Three digits (0 < n < 1000); `full` when a group comes before it (hundreds are then always read). */
function threeDigits(n: number, full: boolean): string[] {
	const h = Math.floor(n / 100);
	const t = Math.floor((n % 100) / 10);
	const u = n % 10;
	const w: string[] = [];
	if (h > 0 || full) w.push(DIGITS[h]!, 'trăm');
	if (t === 0) {
		if (u > 0 && w.length) w.push('lẻ');
	} else if (t === 1) w.push('mười');
	else w.push(DIGITS[t]!, 'mươi');
	if (u > 0) {
		if (u === 1 && t >= 2) w.push('mốt');
		else if (u === 5 && t >= 1) w.push('lăm');
		else w.push(DIGITS[u]!);
	}
	return w;
}

/** A whole number below 10^9 in words (without "đồng"); `full` when something is read before it. */
function belowBillion(n: number, full: boolean): string[] {
	const w: string[] = [];
	for (let g = 2; g >= 0; g--) {
		const part = Math.floor(n / 1000 ** g) % 1000;
		if (part === 0) continue;
		w.push(...threeDigits(part, full || w.length > 0));
		if (GROUPS[g]) w.push(GROUPS[g]!);
	}
	return w;
}

function words(n: number, full = false): string[] {
	if (n >= 1_000_000_000) {
		const rest = n % 1_000_000_000;
		return [...words(Math.floor(n / 1_000_000_000), full), 'tỷ', ...(rest ? belowBillion(rest, true) : [])];
	}
	return belowBillion(n, full);
}

/** A whole, non-negative amount in words: 1500000 → "một triệu năm trăm nghìn". */
export function numberInWords(n: number): string {
	if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`not a whole amount: ${n}`);
	return n === 0 ? 'không' : words(n).join(' ');
}

/** "Bốn mươi lăm triệu đồng": capitalised, with the currency, as on a signed list. */
export function dongInWords(n: number): string {
	const s = `${numberInWords(n)} đồng`;
	return s.charAt(0).toUpperCase() + s.slice(1);
}
