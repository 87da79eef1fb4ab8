/**
 * The residents in an officer's scope as a table for an export built in the background (the
 * exports module writes it): the same filters and scope as the list, page after page, every row
 * one resident. Personal data: the exports module audits who asked for it.
 */
import type { AccessGateway, AuthContext } from '../../platform/access';
import { todayVn, type Clock } from '../../platform/clock';
import type { Db } from '../../platform/db';
import type { PagedTable } from '../../platform/table-stream';
import { searchTerms } from '../../platform/text';
import { parseInput } from '../../platform/validation';
import { t } from '../../../i18n';
import { formatBirthVi } from '../../../format';
import * as repo from './people.repository';
import { peopleListQuery } from './people.schemas';

const PAGE = 1000;

export function residentsTable({ db, clock, access }: { db: Db; clock: Clock; access: AccessGateway }) {
	return async (auth: AuthContext, input: unknown, asOf: string = clock.now().toISOString()): Promise<PagedTable> => {
		const scope = access.requireAny(auth, 'people.view');
		const v = parseInput(peopleListQuery, input);
		const filter = { scope, terms: searchTerms(v.q), underUnit: v.unit, today: todayVn(clock), asOf };
		const { total } = await repo.listResidents(db.kysely, { ...filter, limit: 0, offset: 0 });
		const l = auth.locale;
		const word = (prefix: string, key: string | null) => (key ? t(l, `${prefix}.${key}`) : '');
		return {
			headers: [t(l, 'people.fullName'), t(l, 'people.birthDate'), t(l, 'people.gender'), t(l, 'people.village'), t(l, 'people.relation'), t(l, 'people.phone'), t(l, 'people.email'), t(l, 'exports.col.account')],
			total,
			async *pages() {
				for (let offset = 0; ; offset += PAGE) {
					const { rows } = await repo.listResidents(db.kysely, { ...filter, limit: PAGE, offset, count: false });
					if (rows.length > 0)
						yield rows.map((r) => [r.full_name, formatBirthVi(r.birth_date, r.birth_precision), word('people.gender', r.gender), r.village_name, word('people.relation', r.relation_to_head), r.phone ?? '', r.email ?? '', r.account_id ? t(l, 'exports.yes') : '']);
					if (rows.length < PAGE) return;
				}
			}
		};
	};
}
