#!/usr/bin/env node
// The README's two commands land here: `npm start` and `npm test`.
// This file uses Node built-ins only, because its first job is to install everything else.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fingerprint, isUpToDate, writeStamp } from './support/build-stamp.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const TEMPORAL_CLI_MODULE = 'github.com/temporalio/cli/cmd/temporal@v1.5.1';
// The server version the CLI above embeds: TEMPORAL_MODE=server runs what the dev server runs, on PostgreSQL.
const TEMPORAL_SERVER_MODULE = 'go.temporal.io/server';
const TEMPORAL_SERVER_VERSION = 'v1.29.2';
const toolsBin = join(root, '.tools', 'bin');
/** Where the build puts the workflow bundle; scripts/stack.ts hands it to the workers. */
const WORKFLOW_BUNDLE = join('dist', 'workflow-bundle.js');

function say(message) {
  console.log(`[venskab] ${message}`);
}

function fail(message) {
  console.error(`[venskab] ERROR: ${message}`);
  process.exit(1);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) fail(`could not run ${command}: ${result.error.message}`);
  return result.status ?? 1;
}

function findOnPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, name);
    if (dir && existsSync(candidate)) return candidate;
  }
  return null;
}

function ensureDependencies() {
  // Only what decides the installed packages: editing a script in package.json must not reinstall.
  const { dependencies, devDependencies, optionalDependencies, overrides } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const hash = createHash('sha256')
    .update(JSON.stringify({ dependencies, devDependencies, optionalDependencies, overrides }))
    .update(readFileSync(join(root, 'package-lock.json')))
    .digest('hex');
  const stamp = join(root, 'node_modules', '.venskab-installed');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return;
  say('Installing npm dependencies (npm ci; the first run takes a minute or two)...');
  if (run('npm', ['ci', '--no-audit', '--no-fund']) !== 0) fail('npm ci failed; see the output above.');
  writeFileSync(stamp, hash);
}

function findGo(missing) {
  const go = findOnPath('go') ?? (existsSync('/usr/local/go/bin/go') ? '/usr/local/go/bin/go' : null);
  if (!go) fail(`${missing} Install Go 1.23+ and run again.`);
  return go;
}

function ensureTemporalCli() {
  const onPath = findOnPath('temporal');
  if (onPath) return onPath;
  const built = join(toolsBin, 'temporal');
  if (existsSync(built)) return built;
  const go = findGo('the Temporal CLI is not on PATH (put `temporal` there) and Go is not installed to build it.');
  say(`Building the Temporal CLI from ${TEMPORAL_CLI_MODULE} into .tools/bin (first time only: 3-5 minutes)...`);
  mkdirSync(toolsBin, { recursive: true });
  const started = Date.now();
  const status = run(go, ['install', TEMPORAL_CLI_MODULE], { env: { ...process.env, GOBIN: toolsBin } });
  if (status !== 0 || !existsSync(built)) fail('building the Temporal CLI failed; see the Go output above.');
  say(`Temporal CLI built in ${Math.round((Date.now() - started) / 1000)} s.`);
  return built;
}

/**
 * The Temporal server and its schema tool for TEMPORAL_MODE=server (and its test), built once from the
 * server's Go module into .tools/bin, with the module's PostgreSQL schemas copied beside them; their paths.
 */
function ensureTemporalServer() {
  const server = join(toolsBin, 'temporal-server');
  const sqlTool = join(toolsBin, 'temporal-sql-tool');
  const schemaDir = join(root, '.tools', 'temporal-schema', 'postgresql', 'v12');
  const tools = { TEMPORAL_SERVER_PATH: server, TEMPORAL_SQL_TOOL_PATH: sqlTool, TEMPORAL_SCHEMA_DIR: schemaDir };
  if ([server, sqlTool, schemaDir].every((path) => existsSync(path))) return tools;
  const go = findGo('TEMPORAL_MODE=server needs the Temporal server, built from its Go module.');
  say(`Building the Temporal server ${TEMPORAL_SERVER_VERSION} and its schema tool from ${TEMPORAL_SERVER_MODULE} into .tools/bin (first time only: about 8-15 minutes)...`);
  const started = Date.now();
  // `go install` names each binary after its folder (server, sql): built apart, then renamed to say what they are.
  const buildBin = join(root, '.tools', 'build');
  mkdirSync(buildBin, { recursive: true });
  const packages = ['cmd/server', 'cmd/tools/sql'].map((pkg) => `${TEMPORAL_SERVER_MODULE}/${pkg}@${TEMPORAL_SERVER_VERSION}`);
  if (run(go, ['install', ...packages], { env: { ...process.env, GOBIN: buildBin } }) !== 0) fail('building the Temporal server failed; see the Go output above.');
  renameSync(join(buildBin, 'server'), server);
  renameSync(join(buildBin, 'sql'), sqlTool);
  rmSync(buildBin, { recursive: true, force: true });
  const moduleCache = spawnSync(go, ['env', 'GOMODCACHE'], { encoding: 'utf8' }).stdout.trim();
  const moduleSchemas = join(moduleCache, `${TEMPORAL_SERVER_MODULE}@${TEMPORAL_SERVER_VERSION}`, 'schema', 'postgresql', 'v12');
  if (!existsSync(moduleSchemas)) fail(`the server module's schemas are not at ${moduleSchemas}.`);
  cpSync(moduleSchemas, schemaDir, { recursive: true });
  say(`Temporal server built in ${Math.round((Date.now() - started) / 1000)} s.`);
  return tools;
}

/** Runs a build step unless its inputs are unchanged since it last succeeded (its stamp sits in its output). */
function buildIfChanged({ name, inputs, stampFile, build }) {
  const current = fingerprint(root, inputs);
  if (isUpToDate(stampFile, current)) {
    say(`${name}: nothing changed since the last build, skipped.`);
    return;
  }
  build();
  writeStamp(stampFile, current);
}

function compile() {
  const bin = (name) => join(root, 'node_modules', '.bin', name);
  buildIfChanged({
    name: 'TypeScript',
    inputs: ['apps', 'libs', 'scripts', 'tsconfig.base.json', 'tsconfig.build.json', 'package-lock.json'],
    stampFile: join(root, 'dist', '.build-stamp'),
    build: () => {
      say('Compiling TypeScript...');
      if (run(bin('tsc'), ['-p', 'tsconfig.build.json']) !== 0) fail('TypeScript compilation failed; see the errors above.');
      // Node resolves relative paths only: the `@venskab/*` imports become relative ones in dist.
      if (run(bin('tsc-alias'), ['-p', 'tsconfig.build.json']) !== 0) fail('rewriting the library imports in dist failed; see the errors above.');
    },
  });
  // Bundling the workflow code takes most of a worker's start: done here once, the worker loads the file.
  buildIfChanged({
    name: 'Workflow bundle',
    // What the workflow code imports, the bundler's settings (platform/temporal) and the failure converter it bundles (platform/codec).
    inputs: ['libs/workflows', 'libs/domain', 'libs/contracts', 'libs/platform/src/temporal', 'libs/platform/src/codec', 'package-lock.json'],
    stampFile: join(root, 'dist', '.workflow-bundle-stamp'),
    build: () => {
      say('Bundling the workflow code (dist/workflow-bundle.js)...');
      const script = join(root, 'dist', 'scripts', 'support', 'bundle-workflows.js');
      if (run(process.execPath, [script, join(root, WORKFLOW_BUNDLE)]) !== 0) fail('bundling the workflow code failed; see the errors above.');
    },
  });
  buildIfChanged({
    name: 'Web UI',
    // The UI imports these libraries by alias (web/vite.config.ts).
    inputs: ['web', 'libs/domain', 'libs/contracts', 'package-lock.json'],
    stampFile: join(root, 'web', 'dist', '.build-stamp'),
    build: () => {
      say('Building the web UI (web/dist)...');
      if (run(bin('vite'), ['build', '--config', 'web/vite.config.ts', '--logLevel', 'warn']) !== 0) fail('building the web UI failed; see the errors above.');
    },
  });
}

/** The browser tests drive Debian's Chromium (no browser download is possible here); installed once if missing. */
function ensureChromium() {
  if (existsSync('/usr/bin/chromium')) return;
  if (process.getuid?.() !== 0) fail('the browser tests need Chromium: run `apt-get install -y chromium` as root, then again.');
  say('Installing Chromium for the browser tests (apt-get, first time only: a minute or two)...');
  if (run('apt-get', ['update', '-q']) !== 0 || run('apt-get', ['install', '-y', '-q', 'chromium']) !== 0) {
    fail('installing Chromium failed; see the apt-get output above.');
  }
}

function start(env) {
  compile();
  const child = spawn(process.execPath, [join(root, 'dist', 'scripts', 'stack.js')], { cwd: root, stdio: 'inherit', env });
  // A Ctrl-C reaches the stack too (same process group); a signal sent to this process alone is passed on.
  // The stack stops its servers in order and ignores repeats.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function jestSummary(file) {
  if (!existsSync(file)) return { passed: 0, failed: 0 };
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: report.numPassedTests, failed: report.numFailedTests + report.numRuntimeErrorTestSuites };
}

function test(env) {
  compile();
  ensureChromium();
  const reports = join(root, '.test-artifacts', 'reports');
  rmSync(reports, { recursive: true, force: true });
  mkdirSync(reports, { recursive: true });
  const bin = (name) => join(root, 'node_modules', '.bin', name);
  const steps = [
    ['type-check', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']],
    ['type-check of the web UI', bin('tsc'), ['-p', 'web/tsconfig.json', '--noEmit']],
    ['lint', bin('eslint'), ['.', '--max-warnings', '0']],
    ['unit tests', bin('jest'), ['--selectProjects', 'unit', '--json', '--outputFile', join(reports, 'unit.json')]],
    [
      'integration tests (real Temporal dev server and PostgreSQL)',
      bin('jest'),
      ['--selectProjects', 'integration', '--runInBand', '--json', '--outputFile', join(reports, 'integration.json')],
    ],
  ];
  const failedSteps = [];
  for (const [name, command, args] of steps) {
    say(`Running ${name}...`);
    const started = Date.now();
    const status = run(command, args, { env });
    say(`${name}: ${status === 0 ? 'ok' : 'FAILED'} (${Math.round((Date.now() - started) / 1000)} s)`);
    if (status !== 0) failedSteps.push(name);
  }
  const unit = jestSummary(join(reports, 'unit.json'));
  const integration = jestSummary(join(reports, 'integration.json'));
  if (failedSteps.length > 0) say(`Failed steps: ${failedSteps.join(', ')}`);
  // A failed gate with no failed test behind it (type errors, lint, a crashed runner) counts as one failure.
  const uncounted = failedSteps.filter((name) => !name.startsWith('unit') || unit.failed === 0)
    .filter((name) => !name.startsWith('integration') || integration.failed === 0).length;
  console.log(`tests: ${unit.passed + integration.passed} passed, ${unit.failed + integration.failed + uncounted} failed`);
  process.exit(failedSteps.length === 0 ? 0 : 1);
}

const command = process.argv[2];
if (command !== 'start' && command !== 'test') fail('usage: node scripts/venskab.mjs start|test');
const nodeMajor = Number(process.versions.node.split('.')[0]);
if (nodeMajor < 20) fail(`Node.js 20 or newer is needed, this is ${process.versions.node}.`);
ensureDependencies();
const temporalCli = ensureTemporalCli();
// The tests run journeys on the Temporal server too (test/temporal-server-mode.test.ts).
const serverMode = command === 'test' || process.env.TEMPORAL_MODE === 'server';
const env = { ...process.env, TEMPORAL_CLI_PATH: temporalCli, ...(serverMode ? ensureTemporalServer() : {}) };
if (command === 'start') start(env);
else test(env);
