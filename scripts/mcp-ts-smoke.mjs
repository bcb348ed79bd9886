// Smoke test with the official TypeScript SDK client (@modelcontextprotocol/sdk):
// over stdio and streamable HTTP it calls every tool, workos_list on every
// path of the tree (walked through workos_list itself and the index
// resource), reads resources and gets both prompts. The SDK client checks
// each structuredContent against the tool's outputSchema and throws on a
// mismatch or a missing one: the run must end with 0 throws. Over HTTP it
// then sends SIGINT with the client still connected: the server must exit 0
// in under a second. Run by scripts/mcp-ts-smoke.sh, which installs the SDK.
import { spawn } from "node:child_process";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";

const [bin, docsDir] = process.argv.slice(2);
if (!bin || !docsDir) {
  console.error("usage: node mcp-ts-smoke.mjs BINARY DOCS_DIR");
  process.exit(2);
}

let throws = 0;
let calls = 0;
async function attempt(what, f) {
  calls++;
  try {
    return await f();
  } catch (e) {
    throws++;
    console.error(`THROW ${what}: ${e?.message ?? e}`);
    return undefined;
  }
}

async function exercise(label, client) {
  const before = throws;
  const t0 = Date.now();
  const { tools } = await client.listTools();
  const names = tools.map((t) => t.name).sort();
  const args = {
    workos_search: [{ query: "sso" }, { query: "directory sync events", maxResults: 3 }, { query: "zzqqxxnothing" }],
    workos_docs: [{ path: "sso" }, { path: "reference" }, { path: "sso", maxTokens: 300, offset: 100 }, { path: "no/such/page" }],
    workos_list: [{}, { depth: 3 }, { offset: 100000 }],
    workos_api: [{ name: "getProfileAndToken" }, { name: "GET /organizations" }, { name: "zzqq" }],
    workos_examples: [{ example: "list" }, { example: "sso" }],
    workos_changelogs: [{ package: "workos" }, { package: "@workos/node" }],
  };
  for (const name of names) {
    for (const a of args[name] ?? [{}]) {
      await attempt(`${name}(${JSON.stringify(a)})`, () => client.callTool({ name, arguments: a }));
    }
  }
  // Every path of the tree: walk workos_list breadth first, plus every page
  // the index resource names.
  const paths = new Set();
  const queue = [""];
  const seen = new Set();
  while (queue.length) {
    const p = queue.shift();
    if (seen.has(p)) continue;
    seen.add(p);
    let offset = 0;
    for (;;) {
      const res = await attempt(`workos_list(${JSON.stringify(p)}, ${offset})`, () =>
        client.callTool({ name: "workos_list", arguments: { path: p, offset } }));
      const sc = res?.structuredContent;
      if (!sc) break;
      for (const e of sc.entries ?? []) {
        if (e.path) {
          paths.add(e.path);
          if (!seen.has(e.path)) queue.push(e.path);
        }
      }
      if (!sc.nextOffset) break;
      offset = sc.nextOffset;
    }
  }
  const index = await attempt("read index", () => client.readResource({ uri: "workos-docs://index" }));
  for (const line of (index?.contents?.[0]?.text ?? "").split("\n")) {
    const m = /^- (\S+) — /.exec(line);
    if (m) {
      const parts = m[1].split("/"); // the folders above a page, folder-only ones included
      for (let i = 1; i <= parts.length; i++) paths.add(parts.slice(0, i).join("/"));
    }
  }
  for (const p of paths) {
    if (!seen.has(p)) {
      await attempt(`workos_list(${JSON.stringify(p)})`, () => client.callTool({ name: "workos_list", arguments: { path: p } }));
    }
  }
  await attempt("read workos-docs://sso", () => client.readResource({ uri: "workos-docs://sso" }));
  await client.listResourceTemplates();
  const { prompts } = await client.listPrompts();
  for (const p of prompts) {
    const a = Object.fromEntries((p.arguments ?? []).map((x) => [x.name, "sso"]));
    await attempt(`prompt ${p.name}`, () => client.getPrompt({ name: p.name, arguments: a }));
  }
  console.log(`${label}: ${names.length} tools, ${paths.size} tree paths, ${prompts.length} prompts, ` +
    `${throws - before} throws, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

async function overStdio() {
  const client = new Client({ name: "ts-smoke", version: "0" });
  await client.connect(new StdioClientTransport({ command: bin, args: ["--mcp", "--docs", docsDir], stderr: "ignore" }));
  await exercise("stdio", client);
  await client.close();
}

async function overHTTP() {
  const srv = spawn(bin, ["--mcp", "--http", "127.0.0.1:0", "--docs", docsDir], { stdio: ["ignore", "ignore", "pipe"] });
  const url = await new Promise((resolve, reject) => {
    let buf = "";
    const timer = setTimeout(() => reject(new Error("server did not start in 30 s")), 30000);
    srv.stderr.on("data", (d) => {
      buf += d;
      const m = /(http:\/\/\S+\/mcp)/.exec(buf);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    srv.on("exit", (code) => reject(new Error(`server exited early: ${code}`)));
  });
  const client = new Client({ name: "ts-smoke", version: "0" });
  await client.connect(new StreamableHTTPClientTransport(new URL(url)));
  await exercise("http", client);
  // Stop the server with the client still connected.
  const exited = new Promise((resolve) => srv.on("exit", (code, signal) => resolve({ code, signal })));
  const t0 = Date.now();
  srv.kill("SIGINT");
  const { code, signal } = await exited;
  const ms = Date.now() - t0;
  console.log(`http: SIGINT with a client connected: exit ${code ?? signal} in ${ms} ms`);
  await client.close().catch(() => {});
  if (code !== 0 || ms >= 1000) {
    console.error("FAIL: the server must exit 0 in under a second");
    process.exitCode = 1;
  }
}

try {
  await overStdio();
  await overHTTP();
} catch (e) {
  console.error(`FAIL: ${e?.stack ?? e}`);
  process.exit(1);
}
console.log(`${calls} calls, ${throws} throws`);
if (throws > 0) process.exitCode = 1;
