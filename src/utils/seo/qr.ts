/**
 * QR codes of page URLs, for printed stories and trade-fair stands. Built at
 * build time as SVG so they print sharp at any size and cost no request.
 */
import QRCode from 'qrcode';

/**
 * The QR code of a URL as an SVG string. The markup comes from the module
 * matrix alone (the URL is never written into it), so it is safe to inline.
 */
export function qrSvg(url: string): Promise<string> {
	return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#1f1a15', light: '#ffffff' } });
}
