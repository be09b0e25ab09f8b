import { execFile } from 'child_process';
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { FactBase, factBaseOf } from './factBases';
import { OneSquiggle } from './oneSquiggle';
import { SCHEME, SchemaRegistry } from './schemaRegistry';
import { factsgenCommand, notStartedMessage, serverCommand } from './serverCommand';

/** One language server per fact base, as editors/nvim runs one per fact base root. */
interface Running {
  readonly base: FactBase;
  readonly client: LanguageClient;
  readonly squiggles: vscode.Disposable;
}

const running = new Map<string, Running>();
const schemas = new SchemaRegistry();
const pendingSchemas = new Map<string, NodeJS.Timeout>();
let watcher: vscode.Disposable | undefined;
/** One "FactsGen" output channel for every fact base's server, not one channel each. */
let output: vscode.OutputChannel | undefined;
/** One message about a factsgen that cannot be started, not one per fact base and save. */
let toldNotStarted = false;

/**
 * Starts `factsgen lsp` for every fact base in the workspace (a folder named as the
 * `factsgen.factsDirectory` setting, at any depth), and gives the YAML extension (a dependency)
 * each fact base's own JSON Schema, declared kinds included, written by `factsgen schema <folder>`
 * and written again when a fact file is saved, so a changed `kinds` section reaches completion and
 * validation.
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('FactsGen');
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('factsgen.restartServer', restart),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration('factsgen.server.path') || event.affectsConfiguration('factsgen.factsDirectory')) {
        await restart();
      }
    }),
  );
  await registerSchemaContributor();
  await startAll();
}

export function deactivate(): Thenable<void> | undefined {
  return stopAll();
}

async function restart(): Promise<void> {
  await stopAll();
  toldNotStarted = false;
  await startAll();
}

/**
 * The YAML extension asks its contributors which schema a file has (before its own settings and
 * the extensions' yamlValidation) and then for the content of a schema of our scheme.
 */
async function registerSchemaContributor(): Promise<void> {
  const yaml = vscode.extensions.getExtension('redhat.vscode-yaml');
  if (yaml === undefined) {
    return;
  }

  try {
    const api = await yaml.activate();
    api?.registerContributor?.(
      SCHEME,
      (resource: string) => schemas.schemaFor(vscode.Uri.parse(resource).fsPath),
      (uri: string) => schemas.content(uri),
    );
  } catch (error) {
    // The language server does not need the YAML extension: start it all the same.
    output?.appendLine(`The YAML extension did not start (${String(error)}): fact files get no schema.`);
  }
}

function factsDirectory(): string {
  return vscode.workspace.getConfiguration('factsgen').get<string>('factsDirectory', 'facts').trim() || 'facts';
}

/** Every fact file of every fact base, as a glob: an absolute folder, or a relative one at any depth. */
function factFiles(directory: string): vscode.GlobPattern {
  const folder = directory.replace(/\\/g, '/').replace(/\/+$/, '');
  return path.isAbsolute(directory)
    ? new vscode.RelativePattern(vscode.Uri.file(directory), '**/*.{yaml,yml}')
    : `**/${folder}/**/*.{yaml,yml}`;
}

async function startAll(): Promise<void> {
  const directory = factsDirectory();
  const files = factFiles(directory);
  const fileWatcher = vscode.workspace.createFileSystemWatcher(files);
  const changed = async (uri: vscode.Uri): Promise<void> => {
    const base = factBaseOf(uri.fsPath, directory);
    if (base !== undefined) {
      // A new fact base starts its server; a saved or deleted fact file may change the declared kinds.
      await startBase(base);
      scheduleSchema(base);
    }
  };
  fileWatcher.onDidCreate(changed);
  fileWatcher.onDidChange(changed);
  fileWatcher.onDidDelete(changed);
  watcher = fileWatcher;

  const found = await vscode.workspace.findFiles(files, '**/node_modules/**');
  const bases = new Map<string, FactBase>();
  for (const file of found) {
    const base = factBaseOf(file.fsPath, directory);
    if (base !== undefined) {
      bases.set(base.facts, base);
    }
  }

  for (const base of bases.values()) {
    await startBase(base);
    scheduleSchema(base);
  }
}

/** The workspace folder a fact base is in: a relative `factsgen.server.path` is taken from it. */
function workspaceRootOf(base: FactBase): string | undefined {
  return vscode.workspace.getWorkspaceFolder(vscode.Uri.file(base.facts))?.uri.fsPath ?? vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
}

function serverPathSetting(): string {
  return vscode.workspace.getConfiguration('factsgen').get<string>('server.path', '');
}

async function startBase(base: FactBase): Promise<void> {
  if (running.has(base.facts)) {
    return;
  }

  const executable = serverCommand(serverPathSetting(), workspaceRootOf(base));
  const serverOptions: ServerOptions = { run: executable, debug: executable };
  const oneSquiggle = new OneSquiggle();
  // The selector's patterns are globs matched against the file's path (the protocol's filters take strings).
  const folder = base.facts.replace(/\\/g, '/');
  const clientOptions: LanguageClientOptions = {
    // Fact files, and the article texts that their quotes are checked against.
    documentSelector: [
      { scheme: 'file', language: 'yaml', pattern: `${folder}/**/*.{yaml,yml}` },
      { scheme: 'file', pattern: `${folder}/**/*.txt` },
    ],
    // The folder above the fact base is the server's workspace, its fact base folder relative to it.
    workspaceFolder: { uri: vscode.Uri.file(base.root), name: path.basename(base.root), index: 0 },
    initializationOptions: { factsDirectory: path.relative(base.root, base.facts) },
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(base.facts), '**/*')) },
    middleware: oneSquiggle.middleware,
    outputChannel: output,
  };

  const client = new LanguageClient('factsgen', 'FactsGen', serverOptions, clientOptions);
  running.set(base.facts, { base, client, squiggles: oneSquiggle.watch() });
  try {
    await client.start();
  } catch (error) {
    const stopping = running.get(base.facts);
    running.delete(base.facts);
    stopping?.squiggles.dispose();
    tellNotStarted(notStartedMessage(executable, error));
  }
}

function tellNotStarted(message: string): void {
  if (!toldNotStarted) {
    toldNotStarted = true;
    void vscode.window.showErrorMessage(message);
  }
}

/** Writes the fact base's schema again shortly after its files stop changing (one run for a burst of saves). */
function scheduleSchema(base: FactBase): void {
  clearTimeout(pendingSchemas.get(base.facts));
  pendingSchemas.set(base.facts, setTimeout(() => {
    pendingSchemas.delete(base.facts);
    updateSchema(base);
  }, 300));
}

/** `factsgen schema <fact base folder>`: the schema on standard output, declared kinds included. */
function updateSchema(base: FactBase): void {
  const executable = factsgenCommand(serverPathSetting(), workspaceRootOf(base), ['schema', base.facts]);
  execFile(executable.command, executable.args ?? [], { cwd: base.root, maxBuffer: 64 * 1024 * 1024 }, (error, stdout) => {
    if (error !== null) {
      tellNotStarted(notStartedMessage(executable, error));
      return;
    }

    schemas.set(base, stdout);
  });
}

async function stopAll(): Promise<void> {
  watcher?.dispose();
  watcher = undefined;
  for (const timer of pendingSchemas.values()) {
    clearTimeout(timer);
  }

  pendingSchemas.clear();
  const stopping = [...running.values()];
  running.clear();
  await Promise.all(stopping.map(async ({ client, squiggles }) => {
    squiggles.dispose();
    if (client.isRunning()) {
      await client.stop();
    }
  }));
}
