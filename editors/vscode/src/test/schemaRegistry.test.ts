import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { SchemaRegistry } from '../schemaRegistry';

const app = { facts: '/work/app/facts', root: '/work/app' };
const other = { facts: '/work/other/facts', root: '/work/other' };

test('a fact file gets its own fact base schema; other files none', () => {
  const registry = new SchemaRegistry();
  registry.set(app, '{"app":1}');
  registry.set(other, '{"other":1}');

  const uri = registry.schemaFor('/work/app/facts/meetings.yaml');
  assert.match(uri ?? '', /^factsgen:\/\/schema\/\d+\/factsgen\.schema\.json$/);
  assert.equal(registry.content(uri!), '{"app":1}');
  assert.equal(registry.content(registry.schemaFor('/work/other/facts/sub/x.yml')!), '{"other":1}');
  assert.equal(registry.schemaFor('/work/app/config.yaml'), undefined);
  assert.equal(registry.schemaFor('/work/app/facts/articles/001.txt'), undefined);
});

test('a changed schema gets a new URI (the YAML server caches by URI); the same schema keeps it', () => {
  const registry = new SchemaRegistry();
  assert.equal(registry.set(app, '{"kinds":1}'), true);
  const first = registry.schemaFor('/work/app/facts/kinds.yaml')!;

  assert.equal(registry.set(app, '{"kinds":1}'), false);
  assert.equal(registry.schemaFor('/work/app/facts/kinds.yaml'), first);

  assert.equal(registry.set(app, '{"kinds":2}'), true);
  const second = registry.schemaFor('/work/app/facts/kinds.yaml')!;
  assert.notEqual(second, first);
  assert.equal(registry.content(second), '{"kinds":2}');
  // A request for the old URI, still in flight, gets the current schema.
  assert.equal(registry.content(first), '{"kinds":2}');
});

test('nested fact bases: the deepest one wins', () => {
  const registry = new SchemaRegistry();
  const inner = { facts: '/work/app/facts/sub/facts', root: '/work/app/facts/sub' };
  registry.set(app, 'outer');
  registry.set(inner, 'inner');
  assert.equal(registry.content(registry.schemaFor('/work/app/facts/sub/facts/a.yaml')!), 'inner');
  assert.equal(registry.content(registry.schemaFor('/work/app/facts/b.yaml')!), 'outer');
});

test('an unknown URI, or a deleted fact base, has no content', () => {
  const registry = new SchemaRegistry();
  registry.set(app, 'x');
  const uri = registry.schemaFor('/work/app/facts/a.yaml')!;
  registry.delete(app);
  assert.equal(registry.content(uri), undefined);
  assert.equal(registry.content('factsgen://schema/99/factsgen.schema.json'), undefined);
  assert.equal(registry.schemaFor('/work/app/facts/a.yaml'), undefined);
});
