import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const extensionDir = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));

export function assertBuilt(): void {
  if (!existsSync(`${extensionDir}/manifest.json`)) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  }
}
