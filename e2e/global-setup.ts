import type { TestProject } from 'vitest/node';
import { startServer } from './server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the e2e server answers, e.g. http://127.0.0.1:41234 */
    baseUrl: string;
  }
}

/** One server for the whole e2e run; the test script has built it (and the web app) before. */
export default async function setup(project: TestProject) {
  const server = await startServer();
  project.provide('baseUrl', server.baseUrl);
  return server.stop;
}
