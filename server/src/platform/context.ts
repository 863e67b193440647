import type { Config } from '../config.js';
import type { Db } from './db/database.js';

/** What a use case needs from the outside world; tests build one with their own database and clock. */
export interface AppContext {
  db: Db;
  config: Config;
  /** The current moment; a function so tests can move time. */
  now(): Date;
}
