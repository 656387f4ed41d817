/**
 * Renders assets/icon.svg to the PNG sizes Outlook asks for (16, 32, 64, 80,
 * 128 px) in Debian's Chromium. Run after editing the SVG:
 *   node scripts/render-icons.mjs
 */
import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";

const SIZES = [16, 32, 64, 80, 128];
const svg = readFileSync(new URL("../assets/icon.svg", import.meta.url), "utf8");
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body></html>`,
    );
    const target = new URL(`../assets/icon-${size}.png`, import.meta.url);
    await page.screenshot({ path: target.pathname, omitBackground: true });
    await page.close();
    console.log(`wrote assets/icon-${size}.png`);
  }
} finally {
  await browser.close();
}
