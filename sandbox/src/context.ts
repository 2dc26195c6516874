// Shared types of the sandbox: its configuration, its dependencies, and the signed-in user.
import type Database from 'better-sqlite3';

export interface SandboxConfig {
  port: number;
  dataDir: string;
  /** Where the sandbox itself is reachable, e.g. http://localhost:4010 */
  publicUrl: string;
  appOrigins: string[];
  defaultAppOrigin: string;
  registrationKey: string;
  idTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  failingNumber: '5550000000';
}

export interface SandboxDeps {
  db: Database.Database;
  config: SandboxConfig;
  now: () => Date;
}

export interface AuthUser {
  id: string;
  email: string;
  company_id: string;
  first_name: string;
  last_name: string;
}

export type SandboxEnv = { Variables: { user: AuthUser } };
