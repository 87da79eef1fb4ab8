/**
 * QR codes for pages: an SVG of an ASCII address (a ticket's, a certificate's), drawn on the
 * server so the page needs no script. Keep to ASCII: decoders guess the wrong charset for
 * Vietnamese bytes (STACK.md).
 */
import QRCode from 'qrcode';

/** The QR code of `text` as an SVG `data:` address, for an <img> (no markup put into the page). */
export async function qrSvg(text: string): Promise<string> {
	const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
	return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}
