import { parseArgs } from 'node:util';
import { unlinkSync } from 'node:fs';
import { access, constants, mkdir, readdir, realpath, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from './command.ts';

/** One input file of a batch command, with the name its outputs take under the output folder. */
export interface BatchInput {
  /** Path as given or found, usable with fs. */
  path: string;
  /** Output base name: the file's path relative to the folder it was found in (or its own name), without its extension. */
  name: string;
  /** Lower-case extension with its dot, e.g. ".html". */
  ext: string;
}

export interface BatchOptions {
  inputs: BatchInput[];
  outDir: string;
  /** Label for progress lines, e.g. "clean". */
  label: string;
  /** Returns the files to write, keyed by suffix appended to the input's name (e.g. ".txt", ".json"). */
  handle: (input: BatchInput) => Promise<Record<string, string | Uint8Array>>;
  /**
   * Every suffix a successful input writes (whether `handle` returns them or writes them itself):
   * a page that fails has these removed, so that no output of an earlier run is taken for its own.
   */
  outputSuffixes: string[];
  /** Where progress goes; stderr by default so stdout stays clean for pipes. */
  progress?: NodeJS.WritableStream;
  /** Emit a progress line at most this often (ms). */
  progressEveryMs?: number;
}

export interface BatchResult {
  total: number;
  succeeded: number;
  failed: number;
  elapsedMs: number;
}

/** Sidecar and output files that a batch must never take as inputs. */
const derivedSuffixes = ['.meta.json', '.facts.json', '.items.json', '.error.txt'];

function extensionOf(file: string): string {
  return path.extname(file).toLowerCase();
}

/** The path without its extension. */
function withoutExtension(file: string): string {
  return file.slice(0, file.length - path.extname(file).length);
}

function isDerived(file: string): boolean {
  const lower = file.toLowerCase();
  return derivedSuffixes.some((suffix) => lower.endsWith(suffix));
}

/**
 * The files under `dir`, sorted, following symbolic links (a folder of links to the pages of several
 * others is a common way to make a batch). A link back to a folder already being walked is skipped.
 */
async function walk(dir: string, open: Set<string> = new Set()): Promise<string[]> {
  const real = await realpath(dir);
  if (open.has(real)) return [];
  open.add(real);
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const files: string[] = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    // A dangling link is no input: skipped like any other entry that is not a file.
    const target = entry.isSymbolicLink() ? await stat(full).catch(() => null) : entry;
    if (target?.isDirectory()) files.push(...(await walk(full, open)));
    else if (target?.isFile()) files.push(full);
  }
  open.delete(real);
  return files;
}

/**
 * Expands files and folders into batch inputs. Files inside a folder keep their path relative to
 * that folder; a file named directly keeps only its base name. Where one page is saved several ways
 * beside itself (page.txt beside page.json), the extension listed first in `extensions` wins.
 * Throws, before any work starts, when a named path does not exist or when two different pages
 * would write the same outputs (a/page.html and b/page.html named directly).
 */
export async function collectInputs(paths: string[], extensions: string[]): Promise<BatchInput[]> {
  const byName = new Map<string, BatchInput>();
  const rank = (ext: string) => extensions.indexOf(ext);
  const consider = (file: string, name: string, named: boolean) => {
    const ext = extensionOf(file);
    if (!named && (rank(ext) < 0 || isDerived(file))) return;
    const candidate: BatchInput = { path: file, name, ext };
    const existing = byName.get(name);
    // The same page saved twice beside itself (page.html, page.txt) is one input; two pages from
    // different places that would write the same outputs are a mistake to report, not to resolve
    // by dropping one of them.
    if (existing && path.resolve(withoutExtension(existing.path)) !== path.resolve(withoutExtension(file))) {
      throw new Error(`${existing.path} and ${file} would both write ${name}.* in the output folder: name them through their folders, or clean them apart`);
    }
    if (!existing || rank(ext) < rank(existing.ext)) byName.set(name, candidate);
  };
  for (const given of paths) {
    const info = await stat(given).catch(() => null);
    if (!info) throw new Error(`no such file or folder: ${given}`);
    if (info.isDirectory()) {
      for (const file of await walk(given)) {
        const relative = path.relative(given, file);
        consider(file, withoutExtension(relative), false);
      }
    } else {
      const base = path.basename(given);
      consider(given, withoutExtension(base), true);
    }
  }
  return [...byName.values()];
}

function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

/** The first line of an error's message, for a one-line report. */
function summarise(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n', 1)[0] ?? '';
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

/**
 * Creates `dir` and the folders above it. Node's own `mkdir(…, { recursive: true })` never returns
 * where the kernel answers ENOENT for a folder whose parent exists (under /proc or /sys): it spins
 * at full CPU. Here each level is tried at most twice, so such a path fails with ENOENT.
 */
async function makeDirectory(dir: string): Promise<void> {
  try {
    await mkdir(dir);
    return;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') {
      if (!(await stat(dir)).isDirectory()) throw new Error(`${dir} is a file, not a folder`, { cause: error });
      return;
    }
    const parent = path.dirname(dir);
    if (errorCode(error) !== 'ENOENT' || parent === dir) throw error;
    await makeDirectory(parent);
  }
  await mkdir(dir).catch((error: unknown) => {
    if (errorCode(error) !== 'EEXIST') throw error;
  });
}

/**
 * Makes sure the batch can write under `outDir` before any work starts, and that no output would
 * overwrite an input (`pwatch clean dumps --out dumps` would write cleaned text over `page.txt`).
 * Every problem is a UsageError, so the command stops with exit code 2 and a one-line reason.
 */
export async function prepareOutDir(outDir: string, inputs: BatchInput[], outputSuffixes: string[]): Promise<void> {
  try {
    await makeDirectory(path.resolve(outDir));
    await access(outDir, constants.W_OK | constants.X_OK);
  } catch (error) {
    throw new UsageError(`cannot write to the output folder ${outDir}: ${summarise(error)}`, { cause: error });
  }
  const inputPaths = new Set(inputs.map((input) => path.resolve(input.path)));
  for (const input of inputs) {
    for (const suffix of outputSuffixes) {
      const output = path.resolve(outDir, input.name + suffix);
      if (inputPaths.has(output)) {
        throw new UsageError(`the output ${output} would overwrite an input: choose an --out folder apart from the inputs`);
      }
    }
  }
}

/**
 * Runs `handle` over every input, one at a time, writing its outputs under `outDir`. A failing
 * input writes `<name>.error.txt` with the reason, is named on the progress stream, and the batch
 * goes on. Each input's outputs say how its latest run went: a success removes an error file left
 * by an earlier run, and a failure removes earlier outputs.
 */
export async function runBatch(options: BatchOptions): Promise<BatchResult> {
  const { inputs, outDir, label, handle, outputSuffixes } = options;
  const progress = options.progress ?? process.stderr;
  const every = options.progressEveryMs ?? 2000;
  await prepareOutDir(outDir, inputs, outputSuffixes);
  const started = performance.now();
  let lastReport = started;
  let succeeded = 0;
  let failed = 0;
  const createdDirs = new Set<string>([path.resolve(outDir)]);
  const ensureDir = async (dir: string) => {
    const resolved = path.resolve(dir);
    if (createdDirs.has(resolved)) return;
    await makeDirectory(resolved);
    createdDirs.add(resolved);
  };
  // Synchronous: one unlink per page, where a thread-pool round trip would cost more than the call.
  const removeStale = (file: string) => {
    try {
      unlinkSync(file);
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') progress.write(`${label}: cannot remove ${file} left by an earlier run: ${summarise(error)}\n`);
    }
  };
  for (const [index, input] of inputs.entries()) {
    const base = path.join(outDir, input.name);
    try {
      await ensureDir(path.dirname(base));
      const outputs = await handle(input);
      await Promise.all(Object.entries(outputs).map(([suffix, content]) => writeFile(base + suffix, content)));
      removeStale(`${base}.error.txt`);
      succeeded += 1;
    } catch (error) {
      failed += 1;
      progress.write(`${label}: failed ${input.path}: ${summarise(error)}\n`);
      for (const suffix of outputSuffixes) removeStale(base + suffix);
      try {
        await writeFile(`${base}.error.txt`, `${input.path}\n${describeError(error)}\n`);
      } catch (writeError) {
        progress.write(`${label}: cannot write ${base}.error.txt: ${summarise(writeError)}\n`);
      }
    }
    const now = performance.now();
    if (now - lastReport >= every) {
      lastReport = now;
      const rate = ((index + 1) / ((now - started) / 1000)).toFixed(1);
      progress.write(`${label}: ${index + 1}/${inputs.length} (${failed} failed, ${rate}/s)\n`);
    }
  }
  const elapsedMs = performance.now() - started;
  progress.write(
    `${label}: ${succeeded + failed} files, ${succeeded} ok, ${failed} failed in ${(elapsedMs / 1000).toFixed(2)} s\n`,
  );
  return { total: inputs.length, succeeded, failed, elapsedMs };
}

type StringOptions = Record<string, { type: 'string'; short?: string }>;

export interface BatchArgs<Extra extends StringOptions> {
  inputs: BatchInput[];
  outDir: string;
  /** Reference time for date checks (`--now`, default the current time). */
  now: Date;
  values: { [Key in keyof Extra]?: string };
}

/**
 * The arguments every batch command shares: inputs (files or folders), `--out DIR`, `--now DATE`,
 * plus the command's own string options. Every problem is a UsageError (exit code 2).
 */
export async function parseBatchArgs<Extra extends StringOptions>(
  argv: string[],
  extensions: string[],
  extra: Extra = {} as Extra,
): Promise<BatchArgs<Extra>> {
  const asUsage = (error: unknown) => new UsageError(error instanceof Error ? error.message : String(error));
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { out: { type: 'string', short: 'o' }, now: { type: 'string' }, ...extra },
    });
  } catch (error) {
    throw asUsage(error);
  }
  const { values, positionals } = parsed as { values: Record<string, string | undefined>; positionals: string[] };
  if (positionals.length === 0) throw new UsageError('no input files or folders given');
  if (!values.out) throw new UsageError('--out DIR is required');
  const now = values.now ? new Date(values.now) : new Date();
  if (Number.isNaN(now.getTime())) throw new UsageError(`--now: not a date: ${values.now}`);
  let inputs: BatchInput[];
  try {
    inputs = await collectInputs(positionals, extensions);
  } catch (error) {
    throw asUsage(error);
  }
  return { inputs, outDir: values.out, now, values: values as BatchArgs<Extra>['values'] };
}
