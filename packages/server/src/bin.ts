import { serveProcess } from "./serveProcess.js";

serveProcess(process.argv.slice(2), process.env, "corroborate-server");
