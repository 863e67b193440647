// Screenshots for the README: `npm run build && npx tsx e2e/screenshots.ts [outDir]` (default docs/).
import { join, resolve } from 'node:path';
import { startServer } from './server.js';
import { launchBrowser, newContext, signIn } from './support.js';

const outDir = resolve(process.argv[2] ?? join(import.meta.dirname, '../docs'));
const server = await startServer();
const browser = await launchBrowser();
try {
  const context = await newContext(browser, server.baseUrl);
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.screenshot({ path: join(outDir, 'screenshot-login.png') });

  await signIn(context, server.baseUrl, 'teacher@docentdossier.test');
  await page.goto('/');
  await page.getByRole('main').getByRole('listitem').first().waitFor();
  await page.screenshot({ path: join(outDir, 'screenshot-start.png') });
} finally {
  await browser.close();
  await server.stop();
}
