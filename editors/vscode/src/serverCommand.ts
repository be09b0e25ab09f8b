import * as path from 'path';
import { Executable } from 'vscode-languageclient/node';

/**
 * How to start `factsgen lsp` from the `factsgen.server.path` setting: empty means the `factsgen`
 * dotnet tool on the PATH, a `.dll` is run with `dotnet`, anything else is the program itself.
 */
export function serverCommand(configuredPath: string, workspaceRoot: string | undefined): Executable {
  const setting = configuredPath.trim();
  if (setting === '') {
    return { command: 'factsgen', args: ['lsp'] };
  }

  const resolved = path.isAbsolute(setting) || workspaceRoot === undefined ? setting : path.join(workspaceRoot, setting);
  return resolved.toLowerCase().endsWith('.dll')
    ? { command: 'dotnet', args: [resolved, 'lsp'] }
    : { command: resolved, args: ['lsp'] };
}
