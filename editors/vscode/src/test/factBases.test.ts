import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { test } from 'node:test';
import { factBaseOf, isFactFileOf } from '../factBases';

test('a fact file at the top of the workspace: the facts folder, its parent the root', () => {
  assert.deepEqual(factBaseOf('/work/facts/actors.yaml', 'facts'), { facts: '/work/facts', root: '/work' });
});

test('fact bases at any depth, and fact files in subfolders of one', () => {
  assert.deepEqual(factBaseOf('/work/apps/briefing/facts/2023/niger.yml', 'facts'), { facts: '/work/apps/briefing/facts', root: '/work/apps/briefing' });
  assert.deepEqual(factBaseOf('/work/a/facts/articles/001.txt', 'facts'), { facts: '/work/a/facts', root: '/work/a' });
});

test('a file under no folder of that name has no fact base', () => {
  assert.equal(factBaseOf('/work/config/settings.yaml', 'facts'), undefined);
  assert.equal(factBaseOf('/work/factsheet/settings.yaml', 'facts'), undefined);
});

test('another folder name, with several parts, and a trailing slash', () => {
  assert.deepEqual(factBaseOf('/work/x/curated/actors.yaml', 'curated/'), { facts: '/work/x/curated', root: '/work/x' });
  assert.deepEqual(factBaseOf('/work/x/data/facts/actors.yaml', 'data/facts'), { facts: '/work/x/data/facts', root: '/work/x' });
  assert.equal(factBaseOf('/work/x/facts/actors.yaml', 'data/facts'), undefined);
});

test('an absolute folder: files under it only', () => {
  assert.deepEqual(factBaseOf('/srv/kb/actors.yaml', '/srv/kb'), { facts: '/srv/kb', root: '/srv' });
  assert.equal(factBaseOf('/srv/other/actors.yaml', '/srv/kb'), undefined);
  assert.equal(factBaseOf('/srv/kb2/actors.yaml', '/srv/kb'), undefined);
});

test('the fact files of a fact base are its YAML files at any depth', () => {
  const base = { facts: path.resolve('/work/facts'), root: path.resolve('/work') };
  assert.equal(isFactFileOf('/work/facts/actors.yaml', base), true);
  assert.equal(isFactFileOf('/work/facts/2023/niger.YML', base), true);
  assert.equal(isFactFileOf('/work/facts/articles/001.txt', base), false);
  assert.equal(isFactFileOf('/work/other/actors.yaml', base), false);
  assert.equal(isFactFileOf('/work/facts-old/actors.yaml', base), false);
});
