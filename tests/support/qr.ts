/** Reading back the QR codes the site draws, as a phone would: a screenshot of the code, decoded by jsQR. */
import jsQR from 'jsqr';
import type { Locator } from 'playwright-core';

/** The text a QR code drawn as SVG encodes. The screenshot goes back into the page as bytes: its CSP rightly refuses data: addresses. */
export async function decodedQr(svg: Locator): Promise<string | undefined> {
  const shot = await svg.screenshot();
  const image = await svg.page().evaluate(async (png) => {
    const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(png), (c) => c.charCodeAt(0))], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const { data, width, height } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    return { data: [...data], width, height };
  }, shot.toString('base64'));
  return jsQR(Uint8ClampedArray.from(image.data), image.width, image.height)?.data;
}
