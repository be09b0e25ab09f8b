import { FactBase, isFactFileOf } from './factBases';

/** The URI scheme of our schemas; the YAML extension asks the contributor of that name for their content. */
export const SCHEME = 'factsgen';

/**
 * The JSON Schema of each fact base (its declared kinds included), as `factsgen schema <folder>`
 * printed it, and which schema a fact file gets. A schema's URI carries a version that changes with
 * its content: yaml-language-server caches a schema by URI, so a new URI is how a changed `kinds`
 * section reaches it. Plain data, no VS Code API, so it is tested with node alone (src/test).
 */
export class SchemaRegistry {
  private readonly schemas = new Map<string, { base: FactBase; uri: string; content: string }>();
  /** Every URI handed out, to its fact base folder: an older one still gets its base's current schema. */
  private readonly issued = new Map<string, string>();
  private version = 0;

  /** Records a fact base's schema; true when it changed (a new URI), false when it is the same. */
  set(base: FactBase, content: string): boolean {
    const current = this.schemas.get(base.facts);
    if (current !== undefined && current.content === content) {
      return false;
    }

    this.version++;
    // Only safe characters, so the URI comes back from the YAML extension exactly as it went.
    const uri = `${SCHEME}://schema/${this.version}/factsgen.schema.json`;
    this.schemas.set(base.facts, { base, uri, content });
    this.issued.set(uri, base.facts);
    return true;
  }

  delete(base: FactBase): void {
    this.schemas.delete(base.facts);
  }

  /** The schema URI for a fact file of a known fact base; undefined for any other file. */
  schemaFor(file: string): string | undefined {
    let best: { base: FactBase; uri: string } | undefined;
    for (const entry of this.schemas.values()) {
      // Nested fact bases: the deepest folder wins.
      if (isFactFileOf(file, entry.base) && (best === undefined || entry.base.facts.length > best.base.facts.length)) {
        best = entry;
      }
    }

    return best?.uri;
  }

  /** A schema's content by URI; an older version's URI gets the current content of its fact base. */
  content(uri: string): string | undefined {
    const facts = this.issued.get(uri);
    return facts === undefined ? undefined : this.schemas.get(facts)?.content;
  }
}
