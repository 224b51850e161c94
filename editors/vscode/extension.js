// Starts `canvaslint server` for canvas files and hands it to VS Code's LSP client.
// The server does the work; this file only says which files and which command.
"use strict";

const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

// The names canvaslint lints (its discovery names): canvas.yaml, *.canvas.yaml, ...
const CANVAS_FILES = "**/{canvas.yaml,canvas.yml,*.canvas.yaml,*.canvas.yml}";

let client;

function activate() {
  const settings = vscode.workspace.getConfiguration("canvaslint");
  const [command, ...args] = settings.get("command");
  client = new LanguageClient(
    "canvaslint",
    "canvaslint",
    { command, args },
    {
      documentSelector: [{ scheme: "file", language: "yaml", pattern: CANVAS_FILES }],
      initializationOptions: { noPlugins: settings.get("noPlugins") },
    },
  );
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
