/**
 * The reminder the evening before a class session: from 18:00 (Vietnam time) each learner with a
 * place in a class meeting tomorrow is told when and where, once (marked before the letter is
 * queued, so processes running this at the same time never send it twice). Run by the job queue
 * every quarter of an hour; nothing happens before 18:00.
 */
import type { Clock } from '../../platform/clock';
import { formatDateVi, vnDate, vnHour } from '../../platform/clock';
import type { Db } from '../../platform/db';
import * as repo from './learning.repository';
import { REMINDER_MAIL } from './learning.messages';

/** The hour (Vietnam time) from which tomorrow's learners are reminded. */
export const REMINDER_HOUR = 18;

type Learner = { account_id: string | null; resident_id: string | null };

export function remindersOf({ db, clock, notify }: { db: Db; clock: Clock; notify: (e: Learner, message: { subject: string; text: string }) => Promise<void> }) {
	return {
		/** Reminds tomorrow's learners if it is evening; answers how many were reminded now. */
		async sendReminders(): Promise<number> {
			const now = clock.now();
			if (vnHour(now) < REMINDER_HOUR) return 0;
			const tomorrow = vnDate(new Date(now.getTime() + 24 * 3600_000));
			let sent = 0;
			for (const r of await repo.learnersMeetingOn(db.kysely, tomorrow)) {
				if (!(await repo.markReminded(db.kysely, r.session_id, r.enrolment_id, now.toISOString()))) continue;
				await notify(r, REMINDER_MAIL(r.course_title, r.class_title, r.venue, formatDateVi(r.date), r.starts_at, r.ends_at, r.topic));
				sent++;
			}
			return sent;
		}
	};
}
