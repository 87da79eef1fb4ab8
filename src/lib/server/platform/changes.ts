/**
 * "The data changed": a number that grows whenever something was written, in this process or
 * in another one on the same database, so that what was computed from the data before (cached
 * public pages) is known to be old. On PostgreSQL the processes tell each other with
 * NOTIFY/LISTEN on one channel; on SQLite, SQLite itself counts commits made by other
 * connections (PRAGMA data_version), and this process counts its own.
 */
import pg from 'pg';
import type { Db } from './db';

const CHANNEL = 'suotdoi_changes';

export interface ChangeSignal {
	/** grows on every change seen; compare two readings */
	version(): number;
	/** this process wrote: the version grows here at once, and in the other processes shortly */
	changed(): void;
	close(): Promise<void>;
}

export function createChangeSignal(db: Db): ChangeSignal {
	let local = 0;
	if (db.dialect === 'sqlite') {
		// other connections' commits (a second process, the command line); this one's are counted by changed()
		const dataVersion = db.sqlite!.prepare('PRAGMA data_version').pluck();
		const others = () => Number(dataVersion.get());
		return {
			version: () => local + others(),
			changed: () => void local++,
			close: async () => {}
		};
	}
	const pool = db.pgPool!;
	let listener: pg.PoolClient | null = null;
	let closed = false;
	let notifyQueued = false;
	// a dedicated connection listens; if it is lost, everything cached is treated as old and it listens again
	const listen = async () => {
		try {
			const c = await pool.connect();
			if (closed) return c.release();
			c.on('notification', () => void local++);
			c.on('error', () => {
				local++;
				c.release(true);
				listener = null;
				if (!closed) setTimeout(() => void listen(), 1000).unref();
			});
			await c.query(`LISTEN ${CHANNEL}`);
			listener = c;
		} catch (e) {
			console.error(`changes: cannot listen on PostgreSQL (${(e as Error).message}); trying again`);
			if (!closed) setTimeout(() => void listen(), 1000).unref();
		}
	};
	void listen();
	return {
		// while not listening, nothing cached can be trusted: the version moves on every reading
		version: () => (listener ? local : ++local),
		changed() {
			local++;
			// one NOTIFY for the writes of one turn of the event loop
			if (notifyQueued) return;
			notifyQueued = true;
			setImmediate(() => {
				notifyQueued = false;
				pool.query(`NOTIFY ${CHANNEL}`).catch((e: Error) => console.error(`changes: NOTIFY failed (${e.message})`));
			});
		},
		async close() {
			closed = true;
			if (listener) {
				await listener.query(`UNLISTEN ${CHANNEL}`).catch(() => undefined);
				listener.release();
				listener = null;
			}
		}
	};
}
