/** Starts a throwaway PostgreSQL cluster; see pg-cluster.mjs. */
export function startCluster(): Promise<{ url: string; stop(): Promise<void> }>;
export function findPgBinDir(): string;
