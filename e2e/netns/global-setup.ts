import { execFileSync } from 'node:child_process';
import { removeTopology } from './topology';

/**
 * The namespaces and servers belong to the test worker (e2e/netns/fixtures.ts). Here, before and
 * after the run, anything a crashed worker or an earlier aborted run left behind is removed, so
 * every run starts from nothing and leaves nothing.
 */
export default function globalSetup(): () => void {
  execFileSync('iptables', ['--version'], { stdio: 'ignore' });
  removeTopology();
  process.once('exit', removeTopology);
  return removeTopology;
}
