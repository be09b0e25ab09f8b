import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { DiagnosticLike, shownByYamlExtension } from '../squiggleRules';

const ERROR = 0;
const WARNING = 1;

function ours(code: string, line: number): DiagnosticLike {
  return { code, source: 'factsgen', severity: ERROR, range: { start: { line } } };
}

function schema(line: number): DiagnosticLike {
  return { code: 0, source: 'yaml-schema: file:///work/facts/factsgen.schema.json', severity: WARNING, range: { start: { line } } };
}

function syntax(line: number): DiagnosticLike {
  return { source: 'YAML', severity: ERROR, range: { start: { line } } };
}

test('a mistake of shape the schema flags on the same line shows once, as the schema flags it', () => {
  for (const id of ['FG0002', 'FG0003', 'FG0004', 'FG0005', 'FG0010']) {
    assert.equal(shownByYamlExtension(ours(id, 7), [schema(7)]), true, id);
    assert.equal(shownByYamlExtension(ours(id, 7), [schema(8)]), false, id);
  }
});

test('a mistake the schema cannot see stays ours, whatever the schema flags on its line', () => {
  for (const id of ['FG0006', 'FG0007', 'FG0008', 'FG0011', 'FG0012', 'FG0013', 'FG0014', 'FG0015', 'FG0016', 'FG0100', 'FG9999']) {
    assert.equal(shownByYamlExtension(ours(id, 3), [schema(3), syntax(3)]), false, id);
  }
});

test('a syntax error shows once when the YAML extension reports one, wherever it puts it', () => {
  assert.equal(shownByYamlExtension(ours('FG0001', 4), [syntax(5)]), true);
  assert.equal(shownByYamlExtension(ours('FG0001', 4), [schema(4)]), false);
  assert.equal(shownByYamlExtension(ours('FG0001', 4), [{ ...syntax(4), severity: WARNING }]), false);
  assert.equal(shownByYamlExtension(ours('FG0001', 4), []), false);
});

test('a duplicate key shows once when the YAML parser flags the same line', () => {
  assert.equal(shownByYamlExtension(ours('FG0009', 5), [syntax(5)]), true);
  assert.equal(shownByYamlExtension(ours('FG0009', 5), [syntax(6)]), false);
  assert.equal(shownByYamlExtension(ours('FG0009', 5), [schema(5)]), false);
});

test('a syntax error of the YAML extension does not hide a mistake of shape', () => {
  assert.equal(shownByYamlExtension(ours('FG0003', 2), [syntax(2)]), false);
});

test('codes that carry a link are read by their value', () => {
  assert.equal(shownByYamlExtension({ ...ours('FG0003', 1), code: { value: 'FG0003' } }, [schema(1)]), true);
});

test('diagnostics from other sources never hide ours', () => {
  assert.equal(shownByYamlExtension(ours('FG0003', 1), [{ source: 'cSpell', severity: WARNING, range: { start: { line: 1 } } }]), false);
});
