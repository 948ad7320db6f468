import * as fs from 'node:fs';
import * as path from 'node:path';
import { SEARCH_ATTRIBUTES } from '@venskab/contracts';
import { MAX_SERVER_PORT, serverPorts } from './server-mode';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

describe('TEMPORAL_MODE=server and docker-compose.yml run the same Temporal server', () => {
  const compose = read('docker-compose.yml');
  const serverVersion = /const TEMPORAL_SERVER_VERSION = 'v([\d.]+)'/.exec(read('scripts/venskab.mjs'))?.[1];

  it('deploys the version the start command builds, with the same configuration file', () => {
    expect(serverVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(compose).toContain(`image: temporalio/server:${serverVersion}`);
    expect(compose.match(/image: temporalio\/admin-tools:([\d.]+)/g)).toEqual([`image: temporalio/admin-tools:${serverVersion}`, `image: temporalio/admin-tools:${serverVersion}`]);
    expect(compose).toContain('./libs/platform/src/temporal/server-mode-config.yaml:');
  });

  it('registers exactly the search attributes of the contracts', () => {
    const registered = [...compose.matchAll(/--name (\w+) --type (\w+)/g)].map(([, name, type]) => ({ name, type }));
    expect(registered).toEqual(Object.values(SEARCH_ATTRIBUTES).map(({ name, type }) => ({ name, type })));
  });

  it("fills every value of the configuration that serverPorts and the database settings supply", () => {
    const config = read('libs/platform/src/temporal/server-mode-config.yaml');
    const variables = new Set([...config.matchAll(/env "(\w+)"/g)].map(([, name]) => name));
    for (const name of Object.keys(serverPorts(7233))) expect(variables).toContain(name);
    for (const name of ['TEMPORAL_DB_HOST', 'TEMPORAL_DB_PORT', 'TEMPORAL_DB_USER', 'TEMPORAL_DB_PASSWORD']) expect(variables).toContain(name);
  });

  it('keeps the default ports at the Temporal server defaults, below the limit of its membership table', () => {
    const ports = serverPorts(7233);
    expect(ports).toMatchObject({ TEMPORAL_FRONTEND_PORT: 7233, TEMPORAL_HISTORY_PORT: 7234, TEMPORAL_MATCHING_PORT: 7235, TEMPORAL_WORKER_PORT: 7239, TEMPORAL_FRONTEND_MEMBERSHIP_PORT: 6933 });
    expect(Math.max(...Object.values(ports))).toBeLessThanOrEqual(MAX_SERVER_PORT);
  });
});
