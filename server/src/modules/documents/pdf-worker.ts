import { parentPort } from 'node:worker_threads';
import { type PdfJob, type PdfJobResult, runJob } from './jobs.js';
import { isWasmFault } from './pdf.js';

// A worker thread with its own MuPDF (WASM) instance, one job at a time: PDF work never blocks the
// server's event loop, and two jobs of one hand-in run side by side.

/** `broken`: MuPDF's WebAssembly memory broke, this thread can do no more PDF work (the pool replaces it). */
export type WorkerReply =
  | { ok: true; result: PdfJobResult }
  | { ok: false; message: string; broken: boolean };

parentPort?.on('message', (job: PdfJob) => {
  let reply: WorkerReply;
  try {
    reply = { ok: true, result: runJob(job) };
  } catch (error) {
    reply = {
      ok: false,
      message: error instanceof Error ? error.message : String(error),
      // MuPDF's memory breaks after about a thousand of its errors were caught in one thread (damaged
      // files, say): from then on every job here fails with "memory access out of bounds".
      broken: isWasmFault(error),
    };
  }
  parentPort?.postMessage(reply, reply.ok ? [reply.result.bytes.buffer as ArrayBuffer] : []);
});
