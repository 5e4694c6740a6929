/**
 * Checks a partner's file in a Web Worker (./partnerWorker.ts) and resolves with its records or
 * every problem. The worker is inlined (a blob: URL, which the page's policy allows for workers),
 * so the one-file offline build previews too; it is loaded only when a file is dropped.
 */
import type { PartnerCheck, PartnerContext } from "../schema/partner";
// Vite's worker import (a constructor as default export), which the linter cannot resolve.
// oxlint-disable-next-line import/default
import PartnerWorker from "./partnerWorker?worker&inline";

export async function checkPartnerFile(file: File, context: PartnerContext): Promise<PartnerCheck> {
  const bytes = await file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const worker = new PartnerWorker();
    worker.addEventListener("message", (event: MessageEvent<PartnerCheck>) => {
      worker.terminate();
      resolve(event.data);
    });
    worker.addEventListener("error", (event) => {
      worker.terminate();
      reject(new Error(event.message || "the file could not be checked"));
    });
    worker.postMessage({ fileName: file.name, bytes, context }, [bytes]);
  });
}
