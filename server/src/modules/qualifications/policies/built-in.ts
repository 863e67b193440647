import type { PolicyDocumentInput } from '../../../../../contracts/qualifications.js';
import { aumc } from './aumc.js';
import { umcu } from './umcu.js';

/** A policy shipped with the application; inserted, published, at start when absent. */
export interface BuiltInPolicy {
  id: string;
  /** the institution whose policy it is, by its slug; the institution need not exist yet */
  institutionSlug: string | null;
  name: string;
  versions: { version: string; validFrom: string; document: PolicyDocumentInput }[];
}

export const builtInPolicies: readonly BuiltInPolicy[] = [umcu, aumc];
