// Set-up for each bundle test file. The bundle projects share modules between files (no
// isolation: the simulator and GitHub's schema load once per worker), so per-file hooks live here.
import { afterEach } from 'vitest';
import { closeSimulators } from './scenario.js';

afterEach(closeSimulators);
