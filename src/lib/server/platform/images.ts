/**
 * Uploaded pictures: the type is read from the bytes (not the name or the browser's word),
 * only JPEG, PNG and WebP are taken, sizes are bounded, and what is kept is re-encoded WebP at
 * fixed widths — so nothing else a file carried (scripts in SVG, metadata, location) survives.
 */
import sharp from 'sharp';
import { AppError } from './errors';

export const IMAGE_LIMITS = { bytes: 5 * 1024 * 1024, side: 8000, pixels: 40_000_000 } as const;
const ACCEPTED = new Set(['jpeg', 'png', 'webp']);

export interface ImageVariant {
	name: string;
	bytes: Uint8Array;
	width: number;
	height: number;
}

const bad = (key: string, params?: Record<string, number>) => new AppError('invalid', 'errors.invalid', { fields: { file: params ? { key, params } : { key } } });

export async function prepareImage(input: Uint8Array, variants: { name: string; width: number }[]): Promise<ImageVariant[]> {
	if (input.byteLength === 0) throw bad('errors.field.required');
	if (input.byteLength > IMAGE_LIMITS.bytes) throw bad('errors.image.too_large', { max: IMAGE_LIMITS.bytes / 1024 / 1024 });
	let meta: sharp.Metadata;
	try {
		meta = await sharp(input, { limitInputPixels: IMAGE_LIMITS.pixels }).metadata();
	} catch {
		throw bad('errors.image.type');
	}
	if (!meta.format || !ACCEPTED.has(meta.format)) throw bad('errors.image.type');
	if (!meta.width || !meta.height || meta.width > IMAGE_LIMITS.side || meta.height > IMAGE_LIMITS.side) throw bad('errors.image.dimensions', { max: IMAGE_LIMITS.side });
	const out: ImageVariant[] = [];
	for (const v of variants) {
		try {
			const { data, info } = await sharp(input, { limitInputPixels: IMAGE_LIMITS.pixels })
				.rotate() // honour EXIF orientation, then drop the metadata
				.resize({ width: v.width, withoutEnlargement: true })
				.webp({ quality: 80 })
				.toBuffer({ resolveWithObject: true });
			out.push({ name: v.name, bytes: new Uint8Array(data), width: info.width, height: info.height });
		} catch {
			throw bad('errors.image.type');
		}
	}
	return out;
}
