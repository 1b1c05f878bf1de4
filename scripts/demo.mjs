// npm run demo: loads the TypeScript demo (and the simulator it drives) through Vite, as vitest does.
import { runnerImport } from 'vite';

const entry = new URL('./demo/main.ts', import.meta.url).pathname;
const { module } = await runnerImport(entry, { configFile: false, logLevel: 'error' });
const color = process.stdout.isTTY && !process.env['NO_COLOR'];
process.exitCode = await module.main(process.argv.slice(2), color);
