import { parentPort } from 'node:worker_threads';
import { type PdfJob, type PdfJobResult, runJob } from './jobs.js';

// A worker thread with its own MuPDF (WASM) instance, one job at a time: PDF work never blocks the
// server's event loop, and two jobs of one hand-in run side by side.

export type WorkerReply = { ok: true; result: PdfJobResult } | { ok: false; message: string };

parentPort?.on('message', (job: PdfJob) => {
  let reply: WorkerReply;
  try {
    reply = { ok: true, result: runJob(job) };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply, reply.ok ? [reply.result.bytes.buffer as ArrayBuffer] : []);
});
