/**
 * Work kept on the phone until the server has it — the attendance sheet, the tickets scanned at
 * an event's door. A page keeps what it could not send under a key in localStorage (it survives
 * a reload and a dropped connection), and `whenOnline` tries again as soon as the connection
 * returns and every half minute in case the server itself was away. Browser-only: call from
 * `$effect` or event handlers.
 */

/** A value kept on this phone under `key` (JSON); null when nothing is kept or it cannot be read. */
export function keptLocally<T>(key: string) {
	return {
		read(): T | null {
			try {
				const s = localStorage.getItem(key);
				return s === null ? null : (JSON.parse(s) as T);
			} catch {
				return null;
			}
		},
		write(value: T): void {
			localStorage.setItem(key, JSON.stringify(value));
		},
		clear(): void {
			localStorage.removeItem(key);
		}
	};
}

/** Calls `retry` when the connection returns and every `everyMs` while online; answers the function that stops it. */
export function whenOnline(retry: () => void, everyMs = 30_000): () => void {
	const go = () => {
		if (navigator.onLine) retry();
	};
	window.addEventListener('online', go);
	const timer = setInterval(go, everyMs);
	return () => {
		window.removeEventListener('online', go);
		clearInterval(timer);
	};
}
