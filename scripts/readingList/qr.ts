// The reading list's QR code, drawn at build time from the exhibit's data: offline, no service.
import QRCode from 'qrcode';

// Bone on the kiosk's near-black, as the screen's text: a calm square, not a white flash, and
// well over the contrast phone cameras need. Level M survives a smudged or glare-struck screen.
const COLOURS = { dark: '#0f1215', light: '#e8e2d6' };

/** An SVG QR code of `url`, with its quiet zone, scaled by whatever displays it. */
export async function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 4,
    color: COLOURS,
  });
}
