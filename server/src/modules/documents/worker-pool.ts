import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PdfJob, PdfJobResult } from './jobs.js';
import type { WorkerReply } from './pdf-worker.js';

// Up to two PDF workers per process, started on first use and kept (starting one, with MuPDF's WASM,
// takes a few hundred milliseconds). An idle worker does not keep the process alive.

export const POOL_SIZE = Math.max(1, Math.min(2, availableParallelism()));

interface Pending {
  job: PdfJob;
  resolve: (result: PdfJobResult) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  current: Pending | null;
}

const slots: Slot[] = [];
const queue: Pending[] = [];

/**
 * Built, the worker is plain JavaScript. From source (tsx, Vitest) it is TypeScript: Node 20 cannot load
 * that in a worker by itself, and `--import tsx` in a worker's execArgv is not honoured, so a small
 * bootstrap registers tsx's loader inside the worker first.
 */
function newWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./pdf-worker.js', import.meta.url));
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./pdf-worker.ts', import.meta.url).href;
  return new Worker(
    `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`,
    { eval: true },
  );
}

function startWorker(): Slot {
  const worker = newWorker();
  const slot: Slot = { worker, current: null };
  const finish = (settle: (pending: Pending) => void) => {
    const pending = slot.current;
    slot.current = null;
    worker.unref();
    if (pending) settle(pending);
    dispatch();
  };
  const retire = () => {
    const index = slots.indexOf(slot);
    if (index >= 0) slots.splice(index, 1);
  };
  worker.on('message', (reply: WorkerReply) => {
    if (!reply.ok && reply.broken) {
      retire();
      void worker.terminate();
    }
    finish((p) => (reply.ok ? p.resolve(reply.result) : p.reject(new Error(reply.message))));
  });
  const fail = (error: Error) => {
    retire();
    finish((p) => p.reject(error));
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the PDF worker stopped (exit code ${code})`)));
  worker.unref();
  return slot;
}

function dispatch(): void {
  while (queue.length > 0) {
    let slot = slots.find((s) => s.current === null);
    if (!slot && slots.length < POOL_SIZE) {
      slot = startWorker();
      slots.push(slot);
    }
    const pending = slot && queue.shift();
    if (!slot || !pending) return;
    slot.current = pending;
    // A running job keeps the process alive until its answer arrives.
    slot.worker.ref();
    slot.worker.postMessage(pending.job);
  }
}

/** Runs one PDF job in a worker thread. */
export function runInWorker(job: PdfJob): Promise<PdfJobResult> {
  return new Promise((resolve, reject) => {
    queue.push({ job, resolve, reject });
    dispatch();
  });
}
