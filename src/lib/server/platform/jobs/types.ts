/**
 * Background jobs: work that must not hold up a request (mail, sweeps, large exports), with one
 * interface on both databases. On SQLite, a durable table (`jobs`) that every process polls; on
 * PostgreSQL, pg-boss (its tables in the `pgboss` schema, on the app's own pool). A job queued
 * is in the database once `send` resolves, so it outlives the process that queued it; a job that
 * keeps failing becomes a dead letter, listed for the administrator and sent again on request.
 *
 * Each data carries `about`: what the job is for in words an administrator may read (never a
 * letter's text or a link's secret), shown in the dead-letter view.
 */
export interface QueuePolicy {
	/** attempts after the first before the job is a dead letter */
	retryLimit: number;
	/** seconds before the first retry */
	retryDelay: number;
	/** the delay doubles at each retry */
	backoff: boolean;
}

export type JobData = { about: string } & Record<string, unknown>;
export type JobHandler = (data: JobData) => Promise<void>;

export interface FailedJob {
	id: string;
	queue: string;
	about: string;
	attempts: number;
	error: string;
	createdAt: string;
	failedAt: string | null;
}

export interface Jobs {
	readonly kind: 'table' | 'pg-boss';
	/** A queue: its retry policy and, in processes that work it, its handler. Before start or send. */
	define(queue: string, policy: QueuePolicy, handler: JobHandler): void;
	/**
	 * Runs a defined queue's job every `minutes` (a divisor of 60, or 60): pg-boss's cron on
	 * PostgreSQL (one job per slot whatever the number of processes); on SQLite each working
	 * process queues one when none waits. The handler must bear running twice. Before start.
	 */
	every(queue: string, minutes: number, about: string): void;
	/** Queues a job (durable once this resolves); `startAfter` delays it. */
	send(queue: string, data: JobData, opts?: { startAfter?: Date }): Promise<void>;
	/** Starts working the defined queues in this process (one job at a time per queue). */
	start(): Promise<void>;
	/** Stops taking jobs and waits for the ones running. */
	stop(): Promise<void>;
	/** Dead letters, newest first. */
	failed(limit?: number): Promise<FailedJob[]>;
	/** Sends a dead letter again (one more attempt); false when it is not a dead letter. */
	retry(id: string): Promise<boolean>;
	/** Jobs waiting or running, and dead letters. */
	counts(): Promise<{ waiting: number; failed: number }>;
}

export interface JobsOptions {
	/** how often an idle worker looks for due jobs (seconds; pg-boss takes at least 0.5) */
	pollSeconds?: number;
	/** seconds a running job is held before another process may take it (its process died) */
	lockSeconds?: number;
}

/** An error's message for the dead-letter view, short and on one line. */
export const errorText = (e: unknown) => String((e as Error | null)?.message ?? e).replace(/\s+/g, ' ').slice(0, 500);

/** A schedule checked: a defined queue, every so many minutes that an hour divides into (or 60). */
export function scheduleOf(queues: Map<string, unknown>, queue: string, minutes: number, about: string): { queue: string; minutes: number; about: string } {
	if (!queues.has(queue)) throw new Error(`no queue named ${queue}`);
	if (!(minutes === 60 || (minutes > 0 && minutes < 60 && 60 % minutes === 0))) throw new Error(`every ${minutes} minutes: a divisor of 60, or 60`);
	return { queue, minutes, about };
}
