import * as vscode from 'vscode';
import { Middleware } from 'vscode-languageclient/node';
import { fromYamlExtension, shownByYamlExtension } from './squiggleRules';

/**
 * One mistake, one squiggle, when the YAML extension (yaml-language-server) validates the same file
 * with our JSON Schema. It reports syntax errors, duplicate keys and the mistakes of shape a schema
 * can see; its diagnostics cannot be hidden, so where it already underlines a mistake we hide our
 * diagnostic of the same mistake (rules in squiggleRules.ts). Everything the schema cannot see
 * (references, duplicate ids, quotes against their articles, real calendar dates...) is ours alone.
 * A hidden diagnostic is still passed to the server when VS Code asks for code actions, so its quick
 * fixes (did-you-mean) show on the YAML extension's squiggle.
 */
export class OneSquiggle {
  private readonly ours = new Map<string, readonly vscode.Diagnostic[]>();
  private readonly hidden = new Map<string, vscode.Diagnostic[]>();
  private readonly shown = new Map<string, string>();
  private publish: ((uri: vscode.Uri, diagnostics: vscode.Diagnostic[]) => void) | undefined;

  /** The language client's middleware: filters what the server publishes, restores it for code actions. */
  readonly middleware: Middleware = {
    handleDiagnostics: (uri, diagnostics, next) => {
      this.publish = next;
      this.ours.set(uri.toString(), diagnostics);
      this.show(uri);
    },
    provideCodeActions: (document, range, context, token, next) => {
      const hidden = (this.hidden.get(document.uri.toString()) ?? []).filter((d) => d.range.intersection(range) !== undefined);
      const widened = hidden.length === 0 ? context : { ...context, diagnostics: [...context.diagnostics, ...hidden] };
      return next(document, range, widened, token);
    },
  };

  /** Re-filters a file when the YAML extension's diagnostics for it change (it may publish after us). */
  watch(): vscode.Disposable {
    return vscode.languages.onDidChangeDiagnostics((event) => {
      for (const uri of event.uris) {
        if (this.ours.has(uri.toString())) {
          this.show(uri);
        }
      }
    });
  }

  private show(uri: vscode.Uri): void {
    const key = uri.toString();
    const ours = this.ours.get(key) ?? [];
    const theirs = vscode.languages.getDiagnostics(uri).filter(fromYamlExtension);
    const kept = ours.filter((d) => !shownByYamlExtension(d, theirs));
    this.hidden.set(key, ours.filter((d) => !kept.includes(d)));

    // Our own publication changes the diagnostics too: publish only what differs, so this ends.
    const signature = JSON.stringify(kept.map((d) => [d.code, d.message, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character]));
    if (this.shown.get(key) !== signature && this.publish !== undefined) {
      this.shown.set(key, signature);
      this.publish(uri, kept);
    }
  }
}
