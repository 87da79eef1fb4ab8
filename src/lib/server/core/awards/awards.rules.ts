/**
 * The rules of awards that need no database: how a rule reads when no label was written, which
 * proposals a payout may take, and whether a nomination may be shown in public.
 */
import type { ACHIEVEMENTS, LEVELS } from './awards.schemas';

type Achievement = (typeof ACHIEVEMENTS)[number];
type Level = (typeof LEVELS)[number];

const ACHIEVEMENT_VI: Record<Achievement, string> = {
	national_prize: 'giải cấp quốc gia',
	city_prize: 'giải cấp thành phố',
	commune_prize: 'giải cấp xã',
	excellent_pupil: 'Học sinh giỏi',
	valedictorian: 'Thủ khoa',
	university_entrance: 'Đỗ đại học',
	clan_rule: 'Theo quy định của dòng họ',
	other: 'Thành tích khác'
};
const LEVEL_VI: Record<Level, string> = { first: 'Giải Nhất', second: 'Giải Nhì', third: 'Giải Ba', consolation: 'Giải Khuyến khích', none: '' };

/** "Giải Nhất giải cấp quốc gia" reads badly: a prize's rank comes first, then its level. */
export function ruleLabel(achievement: Achievement, level: Level): string {
	const a = ACHIEVEMENT_VI[achievement];
	const isPrize = achievement.endsWith('_prize');
	if (level === 'none') return isPrize ? a.charAt(0).toUpperCase() + a.slice(1) : a;
	return isPrize ? `${LEVEL_VI[level]} ${a.replace('giải ', '')}` : `${a} (${LEVEL_VI[level].toLowerCase()})`;
}

/** Why a proposal cannot be paid now (null: it can). Only an approved award not yet paid is paid. */
export function payRefusal(p: { status: string; paid_entry_id: string | null }): 'errors.awards.not_approved' | 'errors.awards.already_paid' | null {
	if (p.status === 'paid' || p.paid_entry_id) return 'errors.awards.already_paid';
	if (p.status !== 'approved') return 'errors.awards.not_approved';
	return null;
}

/** Whether a decision may be made on a proposal or a nomination (once, while it waits). */
export const canDecide = (status: string) => status === 'proposed';

/** A nomination is public only when it is approved AND the person's consent stands. */
export const isPublic = (n: { status: string; consent: string }) => n.status === 'approved' && n.consent === 'given';

/** A minor's consent needs a parent or guardian named with it. */
export const consentProblem = (isMinor: boolean, guardianName: string | null | undefined) => (isMinor && !guardianName ? 'errors.awards.guardian' : null);
