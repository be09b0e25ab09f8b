import * as path from 'path';

/** A fact base: its folder (named like the `factsgen.factsDirectory` setting) and the folder above it. */
export interface FactBase {
  /** The fact base folder, e.g. /work/app/facts. */
  readonly facts: string;
  /** The folder that holds it: the language server's workspace folder, as in editors/nvim. */
  readonly root: string;
}

/**
 * The fact base a file belongs to, at any depth: the nearest folder above it named as the setting
 * (`facts`), or, for an absolute setting, that folder when the file is under it. Plain paths in, no
 * VS Code API, so it is tested with node alone (src/test).
 */
export function factBaseOf(file: string, factsDirectory: string, p: path.PlatformPath = path): FactBase | undefined {
  const setting = factsDirectory.trim().replace(/[\\/]+$/, '') || 'facts';
  if (p.isAbsolute(setting)) {
    const facts = p.resolve(setting);
    const relative = p.relative(facts, p.resolve(file));
    return relative !== '' && !relative.startsWith('..') && !p.isAbsolute(relative) ? { facts, root: p.dirname(facts) } : undefined;
  }

  // A relative setting may have several parts (data/facts): match them as the last folders.
  const wanted = setting.split(/[\\/]+/);
  let folder = p.dirname(p.resolve(file));
  while (true) {
    const parts = folder.split(/[\\/]+/);
    const tail = parts.slice(parts.length - wanted.length);
    if (tail.length === wanted.length && tail.every((part, i) => part === wanted[i])) {
      return { facts: folder, root: p.resolve(folder, ...wanted.map(() => '..')) };
    }

    const parent = p.dirname(folder);
    if (parent === folder) {
      return undefined;
    }

    folder = parent;
  }
}

/** Whether a file is a fact file (YAML) of the fact base, at any depth under its folder. */
export function isFactFileOf(file: string, base: FactBase, p: path.PlatformPath = path): boolean {
  const relative = p.relative(base.facts, p.resolve(file));
  return /\.ya?ml$/i.test(file) && relative !== '' && !relative.startsWith('..') && !p.isAbsolute(relative);
}
