import { describe, expect, it } from 'vitest';
import { dongInWords, numberInWords } from './money-words';

describe('numberInWords: đồng in Vietnamese words', () => {
	it.each([
		[0, 'không'],
		[5, 'năm'],
		[10, 'mười'],
		[11, 'mười một'],
		[15, 'mười lăm'],
		[21, 'hai mươi mốt'],
		[24, 'hai mươi bốn'],
		[25, 'hai mươi lăm'],
		[50, 'năm mươi'],
		[105, 'một trăm lẻ năm'],
		[110, 'một trăm mười'],
		[115, 'một trăm mười lăm'],
		[1_000, 'một nghìn'],
		[1_005, 'một nghìn không trăm lẻ năm'],
		[1_500_000, 'một triệu năm trăm nghìn'],
		[1_050_000, 'một triệu không trăm năm mươi nghìn'],
		[1_000_500, 'một triệu năm trăm'],
		[45_000_000, 'bốn mươi lăm triệu'],
		[54_500_000, 'năm mươi bốn triệu năm trăm nghìn'],
		[1_000_000_000, 'một tỷ'],
		[2_001_000_000, 'hai tỷ không trăm lẻ một triệu'],
		[1_000_000_000_000, 'một nghìn tỷ'],
		[123_456_789, 'một trăm hai mươi ba triệu bốn trăm năm mươi sáu nghìn bảy trăm tám mươi chín']
	])('%d → %s', (n, words) => expect(numberInWords(n)).toBe(words));

	it('writes an amount as on a signed list, capitalised with the currency', () => {
		expect(dongInWords(57_500_000)).toBe('Năm mươi bảy triệu năm trăm nghìn đồng');
		expect(dongInWords(0)).toBe('Không đồng');
	});

	it('refuses what is not a whole amount', () => {
		for (const bad of [-1, 1.5, Number.NaN, 2 ** 60]) expect(() => numberInWords(bad)).toThrow(RangeError);
	});
});
