import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { OneSquiggle } from './oneSquiggle';
import { serverCommand } from './serverCommand';

/** The running server and what watches for it; undefined while none runs. */
let running: { client: LanguageClient; watcher: vscode.Disposable } | undefined;

/**
 * Starts `factsgen lsp` for a workspace that holds fact files. The YAML extension, when installed,
 * adds completion and hover from our JSON Schema (contributes.yamlValidation in package.json).
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  context.subscriptions.push(
    vscode.commands.registerCommand('factsgen.restartServer', async () => {
      await stop();
      await start(context);
    }),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration('factsgen.server.path') || event.affectsConfiguration('factsgen.factsDirectory')) {
        await stop();
        await start(context);
      }
    }),
  );
  await start(context);
}

export function deactivate(): Thenable<void> | undefined {
  return stop();
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const settings = vscode.workspace.getConfiguration('factsgen');
  const factsDirectory = settings.get<string>('factsDirectory', 'facts').trim() || 'facts';
  // Activated by any YAML file: start only where the fact base folder holds fact files.
  if (!(await hasFactFiles(factsDirectory))) {
    return;
  }

  const root = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const executable = serverCommand(settings.get<string>('server.path', ''), root);
  const serverOptions: ServerOptions = { run: executable, debug: executable };
  const oneSquiggle = new OneSquiggle();
  const facts = factsGlob(factsDirectory);
  const clientOptions: LanguageClientOptions = {
    // Fact files, and the article texts that their quotes are checked against.
    documentSelector: [
      { scheme: 'file', language: 'yaml', pattern: `${facts}/*.{yaml,yml}` },
      { scheme: 'file', pattern: `${facts}/*.txt` },
    ],
    initializationOptions: { factsDirectory },
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher(`${facts}/*`) },
    middleware: oneSquiggle.middleware,
  };

  const client = new LanguageClient('factsgen', 'FactsGen', serverOptions, clientOptions);
  running = { client, watcher: oneSquiggle.watch() };
  try {
    await client.start();
  } catch (error) {
    await stop();
    const command = [executable.command, ...(executable.args ?? [])].join(' ');
    void vscode.window.showErrorMessage(
      `FactsGen: could not start the language server with '${command}' (${String(error)}). Install the factsgen tool, or set factsgen.server.path.`,
    );
  }
}

async function stop(): Promise<void> {
  const stopping = running;
  running = undefined;
  if (stopping !== undefined) {
    stopping.watcher.dispose();
    if (stopping.client.isRunning()) {
      await stopping.client.stop();
    }
  }
}

/** Every file under the fact base folder, as a glob: relative folders may sit in any workspace folder. */
function factsGlob(factsDirectory: string): string {
  const folder = factsDirectory.replace(/\\/g, '/').replace(/\/+$/, '');
  return path.isAbsolute(factsDirectory) ? `${folder}/**` : `**/${folder}/**`;
}

async function hasFactFiles(factsDirectory: string): Promise<boolean> {
  const pattern = path.isAbsolute(factsDirectory)
    ? new vscode.RelativePattern(vscode.Uri.file(factsDirectory), '**/*.{yaml,yml}')
    : `${factsDirectory.replace(/\\/g, '/').replace(/\/+$/, '')}/**/*.{yaml,yml}`;
  const found = await vscode.workspace.findFiles(pattern, '**/node_modules/**', 1);
  return found.length > 0;
}
