#!/usr/bin/env node
// `npm run test:security`: runs Doyensec's Electronegativity on the Electron sources and
// the packaging config, writes its SARIF result to out/security/, and fails on any finding that
// build/electronegativity-allowlist.json does not explain. The tool itself exits 0 even
// with HIGH findings, so this script reads the result. Allowlist entries that no longer
// match a finding also fail, so the list cannot silently go stale.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'out', 'security');
const allowlistPath = path.join(root, 'build', 'electronegativity-allowlist.json');
const electronVersion = JSON.parse(
  readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
).version;
const bin = path.join(
  root,
  'node_modules',
  '.bin',
  process.platform === 'win32' ? 'electronegativity.cmd' : 'electronegativity',
);

/**
 * What is scanned, copied into one folder so a single run (about 10 s, most of it the
 * tool's failing attempts to reach the internet) sees it all: the main-process and
 * preload sources, the packaging config and package.json (for the Electron version).
 */
export const SCAN_SOURCES = ['electron', 'build/electron-builder.config.cjs', 'package.json'];

const CHECK_NAME = /^[A-Z][A-Z0-9_]+$/;
const SARIF_LEVELS = new Set(['none', 'note', 'warning', 'error']);
// A finding of the whole application (the global CSP check) has no file; SARIF gives it
// the empty file URI, the allowlist calls it "N/A" as the tool's own text output does.
const NO_FILE_URI = 'file:///';
const NO_FILE = 'N/A';

/**
 * Whether the tool's SARIF result is whole: JSON, one run, every result with a check name,
 * a level and a place. A scanner killed mid-write (it spends most of its time failing to
 * reach the internet, and is stopped after a minute) leaves a cut file; that must be
 * scanned again, not judged.
 */
export function sarifProblems(text) {
  let log;
  try {
    log = JSON.parse(text);
  } catch (error) {
    return [`not JSON: ${error.message}`];
  }
  const results = log?.runs?.[0]?.results;
  if (!Array.isArray(results)) return ['no runs[0].results'];
  const problems = [];
  results.forEach((result, i) => {
    const place = result?.locations?.[0]?.physicalLocation;
    if (
      !CHECK_NAME.test(result?.ruleId ?? '') ||
      !SARIF_LEVELS.has(result?.level) ||
      typeof place?.artifactLocation?.uri !== 'string' ||
      !Number.isInteger(place?.region?.startLine)
    ) {
      problems.push(`result ${i + 1} is not a finding: ${JSON.stringify(result).slice(0, 200)}`);
    }
  });
  return problems;
}

/**
 * The findings of a whole SARIF result. SARIF names the place but not the code there, so
 * the sample (what an allowlist entry's `sampleIncludes` is matched against) is read from
 * the scanned file: the finding's line, trimmed, as the tool's CSV gave it.
 * `readSource(file)` returns a scanned file's text, or undefined.
 */
export function parseFindings(text, readSource) {
  return JSON.parse(text).runs[0].results.map((result) => {
    const { artifactLocation, region } = result.locations[0].physicalLocation;
    const file = artifactLocation.uri === NO_FILE_URI ? NO_FILE : artifactLocation.uri;
    return {
      check: result.ruleId,
      level: result.level,
      file,
      location: `${region.startLine}:${region.startColumn ?? 1}`,
      sample: file === NO_FILE ? NO_FILE : sampleAt(readSource(file), region),
    };
  });
}

// The tool's sample is the finding's line, trimmed (its SARIF charLength is that line's
// length, not the node's), so that is what is read back here.
function sampleAt(source, region) {
  return source?.split('\n')[region.startLine - 1]?.trim() ?? '';
}

/** An allowlist entry matches by check and file, and by sample text when it gives one. */
export function matches(entry, finding) {
  return (
    entry.check === finding.check &&
    entry.file === finding.file &&
    (entry.sampleIncludes === undefined || finding.sample.includes(entry.sampleIncludes))
  );
}

export function judge(findings, allowlist) {
  const unexplained = findings.filter((f) => !allowlist.some((entry) => matches(entry, f)));
  const stale = allowlist.filter((entry) => !findings.some((f) => matches(entry, f)));
  return { unexplained, stale };
}

// Electronegativity 1.10's CSV writer races with itself: the row of its global CSP check is
// overwritten by the next one in about half the runs (3 of 6 here on 2026-11-30). Its SARIF
// output is written in one piece (whole in 8 of 8 runs that day), so the gate reads SARIF
// and takes the code samples from the scanned files itself. An attempt is still judged
// whole or not at all: a scanner stopped by the timeout leaves a cut file, scanned again.
const SCAN_ATTEMPTS = 3;

/** Scans until the tool leaves a whole result, at most SCAN_ATTEMPTS times. */
function scan() {
  let problems = [];
  for (let attempt = 1; attempt <= SCAN_ATTEMPTS; attempt += 1) {
    // A private folder per run: two test runs at once must not scan each other's copies.
    const work = mkdtempSync(path.join(tmpdir(), 'electronegativity-'));
    try {
      const result = scanIn(work);
      if (result.problems.length === 0) return result.findings;
      problems = result.problems;
      console.error(
        `Electronegativity: attempt ${attempt} left an incomplete result (${problems[0]}); scanning again.`,
      );
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  throw new Error(`Electronegativity gave no complete result in ${SCAN_ATTEMPTS} attempts:\n${problems.join('\n')}`);
}

function scanIn(work) {
  const staging = path.join(work, 'scanned');
  for (const source of SCAN_SOURCES) cpSync(path.join(root, source), path.join(staging, source), { recursive: true });
  const sarifPath = path.join(work, 'electronegativity.sarif');
  const run = spawnSync(bin, ['-i', staging, '-o', sarifPath, '-r', '-v', 'false', '-e', electronVersion], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (!existsSync(sarifPath)) {
    return {
      findings: [],
      problems: [
        `no results written (exit ${run.status}, ${run.signal ?? 'no signal'}): ${(run.stderr || run.stdout || '').slice(0, 300)}`,
      ],
    };
  }
  copyFileSync(sarifPath, path.join(outDir, 'electronegativity.sarif'));
  const text = readFileSync(sarifPath, 'utf8');
  const ended =
    run.error || run.signal || run.status !== 0
      ? [`the scanner ended with ${run.error?.message ?? run.signal ?? `exit ${run.status}`}`]
      : [];
  const problems = [...ended, ...sarifProblems(text)];
  if (problems.length > 0) return { findings: [], problems };
  const readSource = (file) => {
    const scanned = path.join(staging, file);
    return existsSync(scanned) ? readFileSync(scanned, 'utf8') : undefined;
  };
  return { findings: parseFindings(text, readSource), problems: [] };
}

function main() {
  mkdirSync(outDir, { recursive: true });
  const allowlist = JSON.parse(readFileSync(allowlistPath, 'utf8'));
  for (const entry of allowlist) {
    if (!entry.reason || entry.reason.length < 20)
      throw new Error(`allowlist entry for ${entry.check} needs a real reason`);
  }
  const findings = scan();
  writeFileSync(path.join(outDir, 'electronegativity-findings.json'), `${JSON.stringify(findings, null, 2)}\n`);
  const { unexplained, stale } = judge(findings, allowlist);
  console.log(
    `Electronegativity ${electronVersion}: ${findings.length} finding(s), ${findings.length - unexplained.length} explained in the allowlist.`,
  );
  for (const f of unexplained) {
    console.error(`NOT ALLOWED  ${f.level} ${f.check} ${f.file}:${f.location}  ${f.sample}`);
  }
  for (const e of stale)
    console.error(`STALE ALLOWLIST ENTRY  ${e.check} ${e.file} (no such finding any more; remove it)`);
  if (unexplained.length > 0 || stale.length > 0) {
    console.error('Fix the finding, or add it to build/electronegativity-allowlist.json with the reason it is safe.');
    process.exit(1);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
