/**
 * Audit: the log is written by every module inside its own transactions (platform/audit.ts)
 * and read here. `audit.read` is held by administrators and auditors; a global grant reads
 * every row, a unit grant reads the rows whose scope unit lies in its subtree as of today, and
 * rows with no unit (accounts, sign-ins) are for global readers only. Nobody edits the log:
 * the database refuses UPDATE, DELETE and TRUNCATE on it.
 */
export {};
