/** Marking a quiz: pure, so that the rules can be read and tested apart from the database. */
import { normalizeVi } from '../../platform/text';

export interface QuestionKey {
	id: string;
	kind: 'single' | 'multiple' | 'true_false' | 'short';
	answer: (number | string)[];
	feedback: string | null;
}

export interface Marked {
	score: number; // percent, rounded down
	passed: boolean;
	results: { questionId: string; correct: boolean; feedback: string | null }[];
}

/** Each question is right or wrong as a whole; short answers are compared folded (accents, case, spaces). */
export function markQuiz(questions: QuestionKey[], answers: Record<string, number[] | string>, passMark: number): Marked {
	const results = questions.map((q) => {
		const given = answers[q.id];
		let correct = false;
		if (q.kind === 'short') correct = typeof given === 'string' && given.trim() !== '' && q.answer.some((a) => normalizeVi(String(a)) === normalizeVi(given));
		else if (Array.isArray(given)) {
			const want = [...new Set(q.answer as number[])].sort((a, b) => a - b);
			const got = [...new Set(given)].sort((a, b) => a - b);
			correct = want.length === got.length && want.every((w, i) => w === got[i]);
		}
		return { questionId: q.id, correct, feedback: q.feedback };
	});
	const right = results.filter((r) => r.correct).length;
	const score = questions.length ? Math.floor((right * 100) / questions.length) : 0;
	return { score, passed: score >= passMark, results };
}

/** What a certificate certifies: a course completed, or a reading challenge's goal reached. */
export const CERTIFICATE_KINDS = ['course', 'reading_challenge'] as const;
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number];

/** Who signs for the organiser, by its kind: a school's head, an association's chair, else a centre's director. */
export function signerOf(orgKind: string | null | undefined): string {
	return orgKind === 'school' ? 'HIỆU TRƯỞNG' : orgKind === 'association_branch' ? 'CHỦ TỊCH' : 'GIÁM ĐỐC';
}

/** The issuance-book number: sequence per organiser and year, e.g. 007/2026/GCN-TTHTCĐXQM. */
export function certificateNumber(seq: number, year: number, orgName: string): string {
	const initials = orgName
		.normalize('NFC')
		.split(/\s+/)
		.filter(Boolean)
		.map((w) => w[0]!.toUpperCase())
		.join('');
	return `${String(seq).padStart(3, '0')}/${year}/GCN-${initials}`;
}

/**
 * A certificate code as compared when typed by hand: lower-cased, without spaces and without
 * dashes (the ASCII one, and the look-alikes phones and word processors put in). Codes never hold
 * a space; their own '-' goes too, on both sides of the comparison (see `findCertificatesByFoldedCode`).
 */
export function foldCertificateCode(typed: string): string {
	return typed.normalize('NFKC').replace(/[\s\-\u2010-\u2015\u2212]/g, '').toLowerCase();
}
