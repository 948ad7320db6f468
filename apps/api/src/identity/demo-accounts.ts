import type { Identity } from './identity';

export interface DemoAccount {
  username: string;
  password: string;
  identity: Identity;
}

/** One account per role for the embedded default (listed in the README); off when an OpenID Connect issuer is configured. */
export const DEMO_PASSWORD = 'venskab-demo';

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'caseworker', password: DEMO_PASSWORD, identity: { userId: 'caseworker', role: 'caseworker' } },
  { username: 'coordinator', password: DEMO_PASSWORD, identity: { userId: 'coordinator', role: 'coordinator' } },
  { username: 'family', password: DEMO_PASSWORD, identity: { userId: 'family', role: 'volunteer_family', familyId: 'demo-family' } },
  { username: 'manager', password: DEMO_PASSWORD, identity: { userId: 'manager', role: 'programme_manager' } },
  { username: 'auditor', password: DEMO_PASSWORD, identity: { userId: 'auditor', role: 'auditor' } },
];
