/**
 * The officer's desk: counts and a to-do list on the console's home page, put together from what
 * each module answers for the actor (sign-ups and imports waiting, residents, classes starting,
 * attendance not taken, classes to judge). It reads no table itself.
 */
import { can, type AccessGateway, type AuthContext } from '../../platform/access';
import type { ImportsService } from '../people/imports.service';
import type { PeopleService } from '../people/people.service';
import type { SignupsService } from '../people/signups.service';
import type { createLearningDesk } from '../learning/learning.desk';
import { DESK_PARTS } from './desk.policy';

export interface DeskDeps {
	access: AccessGateway;
	signups: Pick<SignupsService, 'queue'>;
	imports: Pick<ImportsService, 'recent'>;
	people: Pick<PeopleService, 'list'>;
	learning: ReturnType<typeof createLearningDesk>;
}

const SHOWN = 5;

export function createDeskService({ access, signups, imports, people, learning }: DeskDeps) {
	return {
		async home(auth: AuthContext) {
			access.requireAny(auth, 'console.enter');
			const may = (part: keyof typeof DESK_PARTS) => can(auth, DESK_PARTS[part]);
			const [queue, recent, residents, classes] = await Promise.all([
				may('signups') ? signups.queue(auth, {}) : null,
				may('imports') ? imports.recent(auth) : null,
				may('residents') ? people.list(auth, {}) : null,
				may('learning') ? learning.desk(auth) : null
			]);
			const checked = recent?.filter((i) => i.status === 'checked' && Number(i.rejected_rows) === 0) ?? null;
			return {
				signups: queue && { total: queue.total, items: queue.items.slice(0, SHOWN).map((s) => ({ id: s.id, fullName: s.fullName, villageName: s.villageName, createdAt: s.createdAt })) },
				imports: checked && { total: checked.length, items: checked.slice(0, SHOWN).map((i) => ({ id: i.id, fileName: i.file_name, unitName: i.unit_name, rows: Number(i.total_rows) })) },
				residents: residents?.total ?? null,
				learning: classes
			};
		}
	};
}

export type DeskService = ReturnType<typeof createDeskService>;
