/**
 * What the measuring scripts (soak.mjs, measure-embed.mjs) share: reading `--name value`
 * options, and serving a build with its own `vite preview` that stops when the script exits.
 */
import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));

/** `opt("--port", "4193")`: the value after a flag in `args`, or the fallback. */
export function cliOptions(args) {
  return (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
  };
}

/**
 * Starts `vite preview` of `dist` on 127.0.0.1:`port` and waits until it answers (polling every
 * 200 ms, `tries` times). `extraArgs`: more preview flags (soak passes --bypass-lock to run beside
 * the browser tests' server). Returns the origin and `stop`; it also stops when this process exits.
 */
export async function startPreview({ dist, port, tries, extraArgs = [] }) {
  const origin = `http://127.0.0.1:${port}`;
  const server = spawn("npx", ["vite", "preview", "--outDir", dist, "--host", "127.0.0.1", "--port", String(port), "--strictPort", ...extraArgs], {
    cwd: ROOT,
    stdio: "ignore",
    detached: true, // its own process group, so stopping it also stops the vite child of npx
  });
  const stop = () => {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      /* already gone */
    }
  };
  process.on("exit", stop);
  for (let i = 0; ; i++) {
    if (await fetch(origin).then((r) => r.ok, () => false)) return { origin, stop };
    if (i >= tries) throw new Error(`vite preview did not start on ${origin}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
