import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { test } from 'node:test';
import { factsgenCommand, INSTALL_COMMAND, notStartedMessage, serverCommand } from '../serverCommand';

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

test('other commands run the same way as the server', () => {
  assert.deepEqual(factsgenCommand('', '/work', ['schema', '/work/facts']), { command: 'factsgen', args: ['schema', '/work/facts'] });
  assert.deepEqual(factsgenCommand('/opt/factsgen.dll', '/work', ['schema', '/work/facts']), { command: 'dotnet', args: ['/opt/factsgen.dll', 'schema', '/work/facts'] });
});

test('factsgen missing from the PATH: the message says so, with the install command and ~/.dotnet/tools', () => {
  const missing = Object.assign(new Error('spawn factsgen ENOENT'), { code: 'ENOENT' });
  const message = notStartedMessage({ command: 'factsgen', args: ['lsp'] }, missing);
  assert.match(message, /'factsgen' is not on the PATH VS Code was started with/);
  assert.ok(message.includes(INSTALL_COMMAND), message);
  assert.ok(message.includes('~/.dotnet/tools'), message);
  assert.equal(INSTALL_COMMAND, 'dotnet tool install --global FactsGen.Cli');
});

test('any other failure names the command that was run', () => {
  const message = notStartedMessage({ command: 'dotnet', args: ['/opt/factsgen.dll', 'lsp'] }, new Error('exit 134'));
  assert.match(message, /could not run 'dotnet \/opt\/factsgen.dll lsp' \(Error: exit 134\)/);
});
