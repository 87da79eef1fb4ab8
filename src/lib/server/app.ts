/**
 * The composition root: builds every service with explicit dependencies. Nothing here runs
 * at import time; `getServices()` opens the database on first use (vite build imports
 * server modules without the runtime environment).
 */
import { createAccessGateway } from './platform/access';
import { systemClock, type Clock } from './platform/clock';
import { createDb, migrateToLatest, type Db } from './platform/db';
import type { FileStore } from './platform/files';
import { fileStoreFor } from './platform/files-db';
import { createMailer, createOutbox, type Mailer } from './platform/mail';
import { createJobs, type Jobs } from './platform/jobs';
import { createChangeSignal, type ChangeSignal } from './platform/changes';
import { createOperationsService } from './core/operations/operations.service';
import { createExportsService, EXPORT_QUEUE } from './core/exports/exports.service';
import { residentsTable } from './core/people/people.export';
import { createDeskService } from './core/desk/desk.service';
import { createFundsService } from './core/funds/funds.service';
import { createScholarshipsService } from './core/funds/scholarships.service';
import { createRewardsService } from './core/awards/rewards.service';
import { createHonoursService } from './core/awards/honours.service';
import { createCriteriaService } from './core/criteria/criteria.service';
import { createTitlesService } from './core/titles/titles.service';
import { createLibraryService } from './core/library/library.service';
import { CHALLENGE_QUEUE } from './core/library/library.challenges';
import { createEmulationService } from './core/emulation/emulation.service';
import { createLearningDesk } from './core/learning/learning.desk';
import { createEventsService } from './core/events/events.service';
import { createCampaignsService } from './core/campaigns/campaigns.service';
import { createContestsService } from './core/contests/contests.service';
import { linksFor, publicOrigin, type Links } from './platform/links';
import { createAccountsService } from './core/accounts/accounts.service';
import { createAuditService } from './core/audit/audit.service';
import { createNewsService } from './core/news/news.service';
import { createConsentsService } from './core/people/consents.service';
import { createImportsService } from './core/people/imports.service';
import { createSignupsService } from './core/people/signups.service';
import { createLearningService } from './core/learning/learning.service';
import { sweepStagedUploads, withStreamedForm, type StagedUpload } from './web/uploads';
import { sql } from 'kysely';
import { createCredentialsService } from './core/learning/credentials.service';
import { createLessonsService } from './core/learning/lessons.service';
import { createSurveysService } from './core/learning/surveys.service';
import { createPeopleService } from './core/people/people.service';
import { createPlacesService } from './core/places/places.service';

export function buildServices(db: Db, clock: Clock = systemClock, files: FileStore = fileStoreFor(db), mailer: Mailer = createMailer(), links: Links = linksFor(publicOrigin()), jobs: Jobs = createJobs(db)) {
	// letters go through the job queue: a request never waits for SMTP
	const outbox = createOutbox(jobs, mailer);
	// the gateway needs to know the tree; places gives it, without a cycle
	let placesRef: ReturnType<typeof createPlacesService> | null = null;
	const access = createAccessGateway({ unitAncestors: (id) => placesRef!.scopeResolver.unitAncestors(id) });
	const places = createPlacesService({ db, clock, access });
	placesRef = places;
	const accounts = createAccountsService({ db, clock, access, outbox, places, links });
	const audit = createAuditService({ db, clock, access });
	const news = createNewsService({ db, clock, access, files, places, links });
	const people = createPeopleService({ db, clock, access, accounts, places });
	const consents = createConsentsService({ db, clock, access });
	const imports = createImportsService({ db, clock, access, files, places });
	const signups = createSignupsService({ db, clock, access, accounts, people, outbox, places, links });
	const learning = createLearningService({ db, clock, access, outbox, consents, places, people });
	// a public lookup by code that finds nothing counts against its address (codes are not guessed)
	const lookupMiss = (ip: string | null) => accounts.throttleAddress('lookup-miss', ip);
	const credentials = createCredentialsService({ db, clock, access, people, links, learning, lookupMiss });
	const lessons = createLessonsService({ db, clock, access, files, credentials, people, links });
	const surveys = createSurveysService({ db, clock, access, places, people });
	const operations = createOperationsService({ db, clock, access, jobs });
	const funds = createFundsService({ db, clock, access, places, links, lookupMiss });
	const scholarships = createScholarshipsService({ db, clock, access, files, places, people, funds });
	const rewards = createRewardsService({ db, clock, access, funds, files });
	const honours = createHonoursService({ db, clock, access, places });
	const criteria = createCriteriaService({ db, clock, access });
	const titles = createTitlesService({ db, clock, access, files, links, criteria });
	const events = createEventsService({ db, clock, access, outbox, links, places, people });
	const campaigns = createCampaignsService({ db, clock, access, outbox, places });
	const contests = createContestsService({ db, clock, access, places, people });
	const library = createLibraryService({ db, clock, access, outbox, places, links, funds, credentials, jobs });
	const emulation = createEmulationService({ db, clock, access, criteria });
	const desk = createDeskService({ access, signups, imports, people, learning: createLearningDesk({ db, clock, access }) });
	const exports = createExportsService({
		db,
		clock,
		access,
		files,
		jobs,
		sources: { audit: (auth, filters, asOf) => audit.exportTable(auth, filters, asOf), residents: residentsTable({ db, clock, access }) },
		authOf: (accountId, locale) => accounts.jobAuth(accountId, locale)
	});

	// scheduled work: each queue's job bears running twice (several processes, a retry)
	const housekeeping = { retryLimit: 2, retryDelay: 60, backoff: true };
	jobs.define('learning.reminders', housekeeping, async () => void (await learning.sendReminders()));
	jobs.every('learning.reminders', 15, 'Nhắc lịch học cho học viên vào tối hôm trước buổi học');
	jobs.define('library.reminders', housekeeping, async () => void (await library.sendReminders()));
	jobs.every('library.reminders', 60, 'Nhắc hạn trả sách, báo sách quá hạn, chuyển sách giữ quá hạn cho người chờ tiếp theo');
	// a reading challenge's goal met: sent when a book comes back or a reader joins, and a sweep besides
	jobs.define(CHALLENGE_QUEUE, housekeeping, async (data) => void (await library.checkChallenges(typeof data.accountId === 'string' ? data.accountId : null)));
	jobs.every(CHALLENGE_QUEUE, 15, 'Xét bạn đọc đạt mục tiêu thử thách đọc và cấp giấy chứng nhận');
	// large exports: one at a time per process, retried after a crash (the file is made afresh)
	jobs.define(EXPORT_QUEUE, { retryLimit: 2, retryDelay: 30, backoff: true }, async (data) => exports.build(String(data.exportId)));
	/** Lesson files no lesson holds and staged upload parts, both older than an hour, and exports past their day: how many went. */
	const sweepFiles = async () => (await lessons.sweepFiles()) + (await sweepStagedUploads(files, new Date(clock.now().getTime() - 60 * 60_000))) + (await exports.sweep());
	jobs.define('files.sweep', housekeeping, async () => void (await sweepFiles()));
	jobs.every('files.sweep', 60, 'Dọn tệp bài học không còn dùng, tệp tải lên dở dang và tệp xuất đã quá một ngày');
	/** Whether the database answers, and which kind it is. */
	const health = async () => {
		await sql`select 1`.execute(db.kysely);
		return { status: 'ok' as const, database: db.dialect };
	};
	/** A multipart body whose files are staged in the file store as they arrive (never whole in memory). */
	const uploads = {
		streamedForm: <T>(request: Request, maxFileBytes: number, fn: (fields: Record<string, string>, files: Record<string, StagedUpload>) => Promise<T>) => withStreamedForm(request, files, maxFileBytes, fn)
	};
	// the data-changed signal (a listening connection on PostgreSQL): made when first asked
	let changeSignal: ChangeSignal | null = null;
	const changes = () => (changeSignal ??= createChangeSignal(db));
	/** Stops background work and closes the database: server.js, once the last request is answered. */
	const shutdown = async () => {
		await jobs.stop();
		await changeSignal?.close();
		await db.close();
	};
	return { db, clock, access, files, mailer, jobs, changes, shutdown, sweepFiles, health, uploads, places, accounts, audit, news, people, consents, imports, signups, learning, lessons, credentials, surveys, operations, exports, desk, funds, scholarships, rewards, honours, criteria, titles, events, campaigns, contests, library, emulation };
}

export type Services = ReturnType<typeof buildServices>;

/** What routes receive: the use cases, never the database, the file store, the gateway or the clock. */
export type RouteServices = Omit<Services, 'db' | 'files' | 'access' | 'clock' | 'mailer' | 'jobs' | 'changes' | 'shutdown' | 'sweepFiles'>;

let ready: Promise<Services> | null = null;

/** The process-wide services, opened lazily from DATABASE_URL and migrated once. */
export function getServices(): Promise<Services> {
	ready ??= (async () => {
		const db = createDb(process.env.DATABASE_URL);
		await migrateToLatest(db);
		const services = buildServices(db);
		const recovered = await services.imports.recoverInterrupted();
		if (recovered) console.warn(`${recovered} interrupted import(s) undone`);
		const swept = await services.sweepFiles();
		if (swept) console.warn(`${swept} leftover upload file(s) removed`);
		// this process works the queues too (every app process does; each job runs once); when the
		// server stops, the job running is let finish
		await services.jobs.start();
		// server.js calls this once the last request has been answered
		(globalThis as { __suotdoiStop?: () => Promise<void> }).__suotdoiStop = services.shutdown;
		return services;
	})();
	return ready;
}
