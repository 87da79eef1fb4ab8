/**
 * Learning titles' rules and shapes that need no database: a cycle's default dates and the warning
 * of its next step, and how a cycle and a registration are answered.
 */
import type * as repo from './titles.repository';
import type { CycleOut, RegistrationOut, TitleKind } from './titles.schemas';

/** The default dates of a year's cycle (DOMAIN.md §3): done before 25 November, summaries upward before 15 December. */
export function defaultDates(year: number) {
	return { registrationUntil: `${year}-09-30`, reviewUntil: `${year}-10-31`, decisionBy: `${year}-11-24`, summaryBy: `${year}-12-14` };
}

const daysBetween = (a: string, b: string) => Math.round((new Date(`${b}T00:00:00Z`).getTime() - new Date(`${a}T00:00:00Z`).getTime()) / 86_400_000);

/** The next step whose date comes within two weeks (or has passed) while the cycle is not done with it. */
export function cycleWarning(c: { registration_until: string; review_until: string; decision_by: string; summary_by: string; status: string }, today: string): CycleOut['warning'] {
	const steps: [NonNullable<CycleOut['warning']>['step'], string][] = c.status === 'decided' ? [['summary', c.summary_by]] : [['registration', c.registration_until], ['review', c.review_until], ['decision', c.decision_by], ['summary', c.summary_by]];
	for (const [step, date] of steps) {
		const left = daysBetween(today, date);
		if (step === 'registration' || step === 'review') {
			if (left >= 0 && left <= 14) return { step, date, daysLeft: left };
			continue;
		}
		if (left <= 14) return { step, date, daysLeft: left };
	}
	return null;
}

export const cycleOut = (c: repo.CycleRow, today: string): CycleOut => ({
	id: c.id,
	communeId: c.commune_id,
	communeName: c.commune_name,
	year: Number(c.year),
	registrationUntil: c.registration_until,
	reviewUntil: c.review_until,
	decisionBy: c.decision_by,
	summaryBy: c.summary_by,
	status: c.status as CycleOut['status'],
	warning: cycleWarning(c, today)
});

export const registrationOut = (r: repo.RegistrationRow): RegistrationOut => ({
	id: r.id,
	cycleId: r.cycle_id,
	year: Number(r.year),
	kind: r.kind as TitleKind,
	subjectId: r.subject_id,
	subjectName: r.subject_name,
	villageId: r.village_id,
	villageName: r.village_name,
	via: r.via as RegistrationOut['via'],
	status: r.status as RegistrationOut['status'],
	selfScore: r.self_score === null ? null : Number(r.self_score),
	reviewScore: r.review_score === null ? null : Number(r.review_score),
	reviewNote: r.review_note,
	refusalReason: r.refusal_reason,
	publicConsent: Number(r.public_consent) === 1,
	createdAt: r.created_at
});

