/**
 * Learning titles (issue 13), put together from its parts: the core (cycles, registration,
 * self-assessment with evidence from the records; `titles.core.ts`), the village review, posting,
 * objections, decision and certificates (`titles.review.ts`), and the figures (`titles.figures.ts`).
 */
import type { AccessGateway } from '../../platform/access';
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db';
import type { FileStore } from '../../platform/files';
import type { Links } from '../../platform/links';
import type { CriteriaService } from '../criteria/criteria.service';
import { createTitlesCore } from './titles.core';
import { createTitlesFigures } from './titles.figures';
import { createTitlesReview } from './titles.review';

export interface TitlesServiceDeps {
	db: Db;
	clock: Clock;
	access: AccessGateway;
	files: FileStore;
	links: Links;
	criteria: CriteriaService;
}

export function createTitlesService(deps: TitlesServiceDeps) {
	const core = createTitlesCore(deps);
	const { setFor, evidenceOf, cycleFor, scoreOf, ...useCases } = core;
	void setFor;
	void cycleFor;
	void scoreOf;
	return { ...useCases, ...createTitlesReview({ ...deps, core }), ...createTitlesFigures({ ...deps, core }), lookups: { evidenceOf } };
}

export type TitlesService = ReturnType<typeof createTitlesService>;
