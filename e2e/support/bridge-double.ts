import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import type { BridgeDoubleOptions, DoubleSend } from './bridge-double-page';

export type { BridgeDoubleOptions, DoubleSend };

let bundle: string | undefined;

/** The bridge double as one init script, with core's contract code bundled in. */
export function bridgeDoubleScript(options: BridgeDoubleOptions = {}): string {
  bundle ??= buildSync({
    entryPoints: [fileURLToPath(new URL('./bridge-double-page.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'es2022',
    alias: { '@core': fileURLToPath(new URL('../../core', import.meta.url)) },
  }).outputFiles[0]!.text;
  return `${bundle}\nglobalThis.installBridgeDouble(${JSON.stringify(options)});`;
}
