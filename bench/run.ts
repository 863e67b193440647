// `npm run bench`: every benchmark, each printed with its ratio against its reference and its target.
// Uses BENCH_DATABASE_URL when set, otherwise a throwaway PostgreSQL cluster (Debian's server binaries).
import { startCluster } from '../scripts/pg-cluster.mjs';
import { benchAdvice } from './advice.js';
import { benchDocuments } from './documents.js';
import { benchMe } from './me.js';
import { benchRegisterCompliance } from './register-compliance.js';

const cluster = process.env.BENCH_DATABASE_URL ? null : await startCluster();
const url = process.env.BENCH_DATABASE_URL ?? cluster?.url;
if (!url) throw new Error('no database');

let failed = false;
try {
  // BENCH_ONLY=benchRegisterCompliance (a function's name) runs that one alone.
  const benches = [benchMe, benchAdvice, benchDocuments, benchRegisterCompliance];
  for (const bench of benches.filter((b) => !process.env.BENCH_ONLY || b.name === process.env.BENCH_ONLY)) {
    const result = await bench(url);
    const met = result.higherIsBetter ? result.ratio >= result.target : result.ratio <= result.target;
    failed ||= !met;
    console.log(`\n${result.name}`);
    for (const line of result.lines) console.log(`  ${line}`);
    const sign = result.higherIsBetter ? '≥' : '≤';
    console.log(
      `  ratio ${result.ratio.toFixed(2)} (target ${sign} ${result.target}) ${met ? 'met' : 'NOT MET'}`,
    );
  }
} finally {
  await cluster?.stop();
}
process.exit(failed ? 1 : 0);
