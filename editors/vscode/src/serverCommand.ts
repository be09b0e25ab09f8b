import * as path from 'path';
import { Executable } from 'vscode-languageclient/node';

/**
 * How to run a `factsgen` command (`lsp`, `schema`) from the `factsgen.server.path` setting: empty
 * means the `factsgen` dotnet tool on the PATH, a `.dll` is run with `dotnet`, anything else is the
 * program itself.
 */
export function factsgenCommand(configuredPath: string, workspaceRoot: string | undefined, args: readonly string[]): Executable {
  const setting = configuredPath.trim();
  if (setting === '') {
    return { command: 'factsgen', args: [...args] };
  }

  const resolved = path.isAbsolute(setting) || workspaceRoot === undefined ? setting : path.join(workspaceRoot, setting);
  return resolved.toLowerCase().endsWith('.dll')
    ? { command: 'dotnet', args: [resolved, ...args] }
    : { command: resolved, args: [...args] };
}

/** The language server, `factsgen lsp`. */
export function serverCommand(configuredPath: string, workspaceRoot: string | undefined): Executable {
  return factsgenCommand(configuredPath, workspaceRoot, ['lsp']);
}

/** The install command the messages give when `factsgen` cannot be started. */
export const INSTALL_COMMAND = 'dotnet tool install --global FactsGen.Cli';

/**
 * What to tell the user when the command could not be started. A missing `factsgen` on the PATH is
 * the common case: a dotnet tool lands in ~/.dotnet/tools, which an editor started from a desktop
 * menu often does not have on its PATH even when a terminal does.
 */
export function notStartedMessage(executable: Executable, error: unknown): string {
  const command = [executable.command, ...(executable.args ?? [])].join(' ');
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (executable.command === 'factsgen' && (code === 'ENOENT' || /ENOENT/.test(String(error)))) {
    return `FactsGen: 'factsgen' is not on the PATH VS Code was started with. Install it with '${INSTALL_COMMAND}'; `
      + `if it is installed, ~/.dotnet/tools is probably missing from this PATH (common when VS Code is started from a desktop menu): `
      + `add it, start VS Code from a terminal, or set factsgen.server.path to the full path of factsgen.`;
  }

  return `FactsGen: could not run '${command}' (${String(error)}). Install the factsgen tool ('${INSTALL_COMMAND}'), or set factsgen.server.path.`;
}
