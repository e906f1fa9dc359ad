#!/usr/bin/env node
// The bundled server reads its transport (--stdio, --node-ipc, --socket=, --pipe=) from the command line.
require("../dist/server.js");
