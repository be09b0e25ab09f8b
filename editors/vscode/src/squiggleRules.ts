/**
 * Which of our diagnostics the YAML extension already shows (see oneSquiggle.ts). Plain data in,
 * no VS Code API, so the rules are tested with node alone (src/test).
 */
export interface DiagnosticLike {
  readonly code?: string | number | { readonly value: string | number };
  readonly source?: string;
  /** vscode.DiagnosticSeverity: 0 is Error. */
  readonly severity?: number;
  readonly range: { readonly start: { readonly line: number } };
}

const ERROR = 0;

const SYNTAX = 'FG0001';

/** Duplicate key: the YAML parser itself reports it ("Map keys must be unique"). */
const DUPLICATE_KEY = 'FG0009';

/** Unknown section or field, missing field, bad value, missing sources: the ids a schema also sees. */
const SHAPE = new Set(['FG0002', 'FG0003', 'FG0004', 'FG0005', 'FG0010']);

/** yaml-language-server's sources: "YAML" for syntax, "yaml-schema: <schema>" for the schema's findings. */
export function fromYamlExtension(diagnostic: DiagnosticLike): boolean {
  const source = diagnostic.source ?? '';
  return source === 'YAML' || source.startsWith('yaml-schema');
}

export function idOf(diagnostic: DiagnosticLike): string {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : String(code ?? '');
}

/**
 * Whether the YAML extension already shows this mistake of ours: a syntax error (FG0001) when it
 * reports any syntax error in the file, a duplicate key when its parser flags the same line, a
 * mistake of shape when its schema flags the same line.
 */
export function shownByYamlExtension(ours: DiagnosticLike, theirs: readonly DiagnosticLike[]): boolean {
  const id = idOf(ours);
  if (id === SYNTAX) {
    return theirs.some((t) => t.source === 'YAML' && t.severity === ERROR);
  }

  if (id === DUPLICATE_KEY) {
    return theirs.some((t) => t.source === 'YAML' && t.range.start.line === ours.range.start.line);
  }

  return SHAPE.has(id) && theirs.some((t) => fromYamlExtension(t) && t.source !== 'YAML' && t.range.start.line === ours.range.start.line);
}
