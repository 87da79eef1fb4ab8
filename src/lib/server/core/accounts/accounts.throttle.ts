/**
 * Sign-in throttling and the throttling of anonymous requests from an address (sign-ups,
 * reset requests), counted in the database so that every app process sees the same counts.
 */
import { AppError } from '../../platform/errors';
import * as repo from './accounts.repository';
import { THROTTLE_RULES } from './accounts.policy';
import { iso, type AccountsContext } from './accounts.context';

export function createThrottle({ k, now }: AccountsContext) {
	function throttleKeys(login: string, ip: string | null) {
		const addr = ip ?? 'unknown';
		return {
			pair: { key: `pair:${login}|${addr}`, rule: THROTTLE_RULES.pair },
			address: { key: `address:${addr}`, rule: THROTTLE_RULES.address },
			account: { key: `account:${login}`, rule: THROTTLE_RULES.account }
		};
	}

	type ThrottleKey = { key: string; rule: { free: number; baseMs: number; capMs: number } };

	/**
	 * Counts this attempt against one key before the password is checked, in one atomic
	 * statement that also sets a provisional block once the allowance is used up, so that
	 * concurrent guesses cannot slip past. A blocked key refuses without counting: answers
	 * the milliseconds to wait (0: go on) and the failures counted so far.
	 */
	async function countAgainst({ key, rule }: ThrottleKey, t: number): Promise<{ wait: number; failures: number }> {
		const r = await repo.countAttempt(k, key, { at: iso(t), forgetBefore: iso(t - THROTTLE_RULES.forgetAfterMs), free: rule.free, provisionalUntil: iso(t + rule.baseMs) });
		if (r.blockedUntil) return { wait: Math.max(0, new Date(r.blockedUntil).getTime() - t), failures: r.failures };
		if (r.failures >= rule.free) {
			const delay = Math.min(rule.capMs, rule.baseMs * 2 ** Math.min(30, r.failures - rule.free));
			await repo.setBlockedUntil(k, key, iso(t + delay));
		}
		return { wait: 0, failures: r.failures };
	}

	function throttled(wait: number, message = 'errors.auth.throttled'): AppError {
		const seconds = Math.max(1, Math.ceil(wait / 1000));
		return new AppError('rate_limited', message, { params: { seconds }, retryAfter: seconds });
	}

	/** One attempt of a kind from an address (sign-ups, reset requests), refused while blocked. */
	async function reserveAttempt(key: ThrottleKey, message: string): Promise<void> {
		const r = await countAgainst(key, now());
		if (r.wait > 0) throw throttled(r.wait, message);
	}

	/**
	 * A sign-in attempt, counted before the password is checked: first against the pair
	 * (account, address), then the address, then the account. An attempt refused by the pair
	 * or the address counts no further, and an address feeds the account's count only with its
	 * first few failures (THROTTLE_RULES.pairToAccount): a stranger guessing from one place is
	 * stopped by the pair and never locks the person out, while guesses spread over many
	 * addresses still slow down on the account.
	 */
	async function reserveSignIn(login: string, ip: string | null): Promise<ReturnType<typeof throttleKeys>> {
		const keys = throttleKeys(login, ip);
		const t = now();
		const pair = await countAgainst(keys.pair, t);
		if (pair.wait > 0) throw throttled(pair.wait);
		const address = await countAgainst(keys.address, t);
		if (address.wait > 0) throw throttled(address.wait);
		if (pair.failures <= THROTTLE_RULES.pairToAccount) {
			const account = await countAgainst(keys.account, t);
			if (account.wait > 0) throw throttled(account.wait);
		} else {
			const until = await repo.blockedUntil(k, keys.account.key);
			const wait = until ? new Date(until).getTime() - t : 0;
			if (wait > 0) throw throttled(wait);
		}
		return keys;
	}

	return { reserveSignIn, reserveAttempt };
}
