import type { Migration } from 'kysely';
import * as m0001 from './0001_foundation';
import * as m0002 from './0002_news';
import * as m0003 from './0003_people';
import * as m0004 from './0004_consents';
import * as m0005 from './0005_imports_signups';
import * as m0006 from './0006_audit_redaction';
import * as m0007 from './0007_learning';
import * as m0008 from './0008_lessons_certificates';
import * as m0009 from './0009_attendance';
import * as m0010 from './0010_surveys';
import * as m0011 from './0011_news_covers';
import * as m0012 from './0012_lesson_media';
import * as m0013 from './0013_completion_once';
import * as m0014 from './0014_jobs';
import * as m0015 from './0015_file_store';
import * as m0016 from './0016_session_reminders';
import * as m0017 from './0017_exports';
import * as m0018 from './0018_course_search';
import * as m0019 from './0019_birth_precision';
import * as m0020 from './0020_certificate_code_fold';
import * as m0021 from './0021_funds';
import * as m0022 from './0022_scholarships';
import * as m0023 from './0023_awards';
import * as m0024 from './0024_fund_donors_receipts';
import * as m0025 from './0025_fund_totals';
import * as m0026 from './0026_titles';
import * as m0027 from './0027_library';
import * as m0028 from './0028_week';
import * as m0033 from './0033_reading_challenges';
import * as m0032 from './0032_emulation';
import * as m0034 from './0034_library_notices';

/** Every migration, in order. Append only; a landed migration is never edited. */
export const MIGRATIONS: Record<string, Migration> = {
	'0001_foundation': m0001,
	'0002_news': m0002,
	'0003_people': m0003,
	'0004_consents': m0004,
	'0005_imports_signups': m0005,
	'0006_audit_redaction': m0006,
	'0007_learning': m0007,
	'0008_lessons_certificates': m0008,
	'0009_attendance': m0009,
	'0010_surveys': m0010,
	'0011_news_covers': m0011,
	'0012_lesson_media': m0012,
	'0013_completion_once': m0013,
	'0014_jobs': m0014,
	'0015_file_store': m0015,
	'0016_session_reminders': m0016,
	'0017_exports': m0017,
	'0018_course_search': m0018,
	'0019_birth_precision': m0019,
	'0020_certificate_code_fold': m0020,
	'0021_funds': m0021,
	'0022_scholarships': m0022,
	'0023_awards': m0023,
	'0024_fund_donors_receipts': m0024,
	'0025_fund_totals': m0025,
	'0026_titles': m0026,
	'0027_library': m0027,
	'0028_week': m0028,
	'0032_emulation': m0032,
	'0033_reading_challenges': m0033,
	'0034_library_notices': m0034
};
