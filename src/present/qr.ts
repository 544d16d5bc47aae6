/** The audience URL as a QR code: in the terminal (text blocks) and as SVG for the join page. */
import QRCode from 'qrcode';

export function terminalQr(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'utf8', margin: 2, errorCorrectionLevel: 'M' });
}

export function svgQr(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } });
}
