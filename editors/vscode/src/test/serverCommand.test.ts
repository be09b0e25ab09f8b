import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { test } from 'node:test';
import { serverCommand } from '../serverCommand';

test('no setting: the factsgen tool on the PATH', () => {
  assert.deepEqual(serverCommand('', '/work'), { command: 'factsgen', args: ['lsp'] });
  assert.deepEqual(serverCommand('   ', undefined), { command: 'factsgen', args: ['lsp'] });
});

test('a factsgen.dll runs with dotnet', () => {
  assert.deepEqual(serverCommand('/opt/factsgen/factsgen.dll', '/work'), { command: 'dotnet', args: ['/opt/factsgen/factsgen.dll', 'lsp'] });
  assert.deepEqual(serverCommand('/opt/factsgen/FactsGen.DLL', undefined), { command: 'dotnet', args: ['/opt/factsgen/FactsGen.DLL', 'lsp'] });
});

test('a program runs as it is', () => {
  assert.deepEqual(serverCommand('/usr/local/bin/factsgen', '/work'), { command: '/usr/local/bin/factsgen', args: ['lsp'] });
});

test('a relative path is taken from the workspace folder', () => {
  const dll = path.join('generator', 'FactsGen.Cli', 'bin', 'Debug', 'net10.0', 'factsgen.dll');
  assert.deepEqual(serverCommand(dll, '/work'), { command: 'dotnet', args: [path.join('/work', dll), 'lsp'] });
});
