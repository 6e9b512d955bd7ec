import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (migrations and fixtures are found from it). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const samplesDir = path.join(repoRoot, 'test', 'fixtures', 'samples');
