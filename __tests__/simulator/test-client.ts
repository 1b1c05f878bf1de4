// Test helpers: a simulator per test (closed afterwards) and an Octokit pointed at it.
import { Octokit } from '@octokit/core';
import { afterEach } from 'vitest';
import { startSimulator, type Simulator, type World } from './index.js';

let current: Simulator | undefined;
afterEach(async () => {
  await current?.close();
  current = undefined;
});

/** Starts the simulator over `world` (closed after the test) with an authenticated client. */
export async function serve(world: World): Promise<{ sim: Simulator; gh: Octokit }> {
  current = await startSimulator(world);
  return { sim: current, gh: new Octokit({ auth: 'test-token', baseUrl: current.url }) };
}

/** The status and message of a failed request (200 and '' if it succeeded). */
export async function failure(
  promise: Promise<unknown>,
): Promise<{ status: number; message: string }> {
  try {
    await promise;
    return { status: 200, message: '' };
  } catch (error) {
    const e = error as { status: number; response: { data: { message: string } } };
    return { status: e.status, message: e.response.data.message };
  }
}

/** The GraphQL errors of a failed query ([] if it succeeded). */
export async function graphqlErrors(promise: Promise<unknown>): Promise<Record<string, unknown>[]> {
  try {
    await promise;
    return [];
  } catch (error) {
    return (error as { errors: Record<string, unknown>[] }).errors;
  }
}
