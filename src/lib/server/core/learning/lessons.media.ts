/**
 * Lesson files: an uploaded video or PDF checked by its first bytes and its size before it is
 * kept, a video's captions (WebVTT), and the sweep of files no lesson holds.
 */
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db';
import { invalidField } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { peek, sniffType, TooLarge, type FileStore } from '../../platform/files';
import { cleanText } from '../../platform/text';
import * as repo from './lessons.repository';
import { MEDIA_LIMITS } from './learning.schemas';


/** A file handed over with a lesson: its name as uploaded and its bytes, read as they come. */
export interface LessonUpload {
	name: string;
	body: ReadableStream<Uint8Array>;
}

const CAPTIONS_LIMIT = 1024 * 1024;

export function createLessonMedia({ db, clock, files }: { db: Db; clock: Clock; files: FileStore }) {
	const k = db.kysely;

	/** Stores a lesson's file after checking what it is by its first bytes, and its size. */
	async function storeMedia(kind: 'video' | 'pdf', upload: LessonUpload) {
		const { head, body } = await peek(upload.body, 16);
		const sniffed = sniffType(head);
		const fits = sniffed && (kind === 'pdf' ? sniffed.type === 'application/pdf' : sniffed.type.startsWith('video/'));
		if (!sniffed || !fits) {
			await body.cancel().catch(() => {});
			throw invalidField('file', kind === 'pdf' ? 'errors.learning.not_pdf' : 'errors.learning.not_video');
		}
		const key = `lessons/${newId()}-${kind === 'pdf' ? 'doc' : 'video'}.${sniffed.ext}`;
		let size: number;
		try {
			size = await files.putStream(key, body, MEDIA_LIMITS[kind]);
		} catch (e) {
			if (e instanceof TooLarge) throw invalidField('file', 'errors.learning.file_too_large', { max: Math.round(MEDIA_LIMITS[kind] / 1024 / 1024) });
			throw e;
		}
		const name = cleanText(upload.name.split(/[\\/]/).pop() ?? '').slice(0, 200) || `${kind === 'pdf' ? 'tai-lieu' : 'video'}.${sniffed.ext}`;
		return { key, type: sniffed.type, size, name };
	}

	/** Stores a video's captions: a WebVTT file (it must say so on its first line), UTF-8, at most 1 MB. */
	async function storeCaptions(upload: LessonUpload): Promise<string> {
		const { head, body } = await peek(upload.body, 16);
		const text = new TextDecoder().decode(head).replace(/^\uFEFF/, '');
		if (!/^WEBVTT(\s|$)/.test(text)) {
			await body.cancel().catch(() => {});
			throw invalidField('captions', 'errors.learning.not_captions');
		}
		const key = `lessons/${newId()}-captions.vtt`;
		try {
			await files.putStream(key, body, CAPTIONS_LIMIT);
		} catch (e) {
			if (e instanceof TooLarge) throw invalidField('captions', 'errors.learning.file_too_large', { max: 1 });
			throw e;
		}
		return key;
	}

	/**
	 * Removes lesson files no lesson holds: uploads whose lesson was never written, and the
	 * temporary files of uploads cut off by a stop. Only files older than the given age, so
	 * that an upload in progress is never touched. Answers how many went.
	 */
	async function sweepFiles(olderThanMs = 60 * 60_000): Promise<number> {
		const cutoff = clock.now().getTime() - olderThanMs;
		const found = (await files.list('lessons')).filter((f) => f.modifiedAt.getTime() <= cutoff);
		if (!found.length) return 0;
		const held = await repo.lessonFileKeys(k);
		const gone = found.filter((f) => !f.stored || !held.has(f.name));
		for (const f of gone) await files.discard(f.name);
		return gone.length;
	}

	return { storeMedia, storeCaptions, sweepFiles };
}
