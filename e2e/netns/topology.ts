import { execFileSync } from 'node:child_process';

/**
 * Real network separation for the cross-network tests, built from Linux network namespaces:
 *
 *   ptn-comp 10.1.0.2 ── ptn-rc (NAT) 203.0.113.2 ─┐
 *                                                  ├─ ptn-inet bridge: 203.0.113.10 signaling, Caddy, coturn
 *   ptn-phone 10.2.0.2 ── ptn-rp (NAT) 203.0.113.3 ┤
 *           10.3.0.2 ── ptn-rp2 (NAT) 203.0.113.4 ─┘   (the phone's second network, down at first)
 *
 * The routers MASQUERADE (Linux keeps the source port where it can: endpoint-independent mapping).
 * Nothing connects these namespaces to the host's own network, so the traffic stays inside them.
 */
export const NS = {
  inet: 'ptn-inet',
  computerRouter: 'ptn-rc',
  computer: 'ptn-comp',
  phoneRouter: 'ptn-rp',
  phoneRouter2: 'ptn-rp2',
  phone: 'ptn-phone',
} as const;

export const ADDR = {
  server: '203.0.113.10',
  computerPublic: '203.0.113.2',
  phonePublic: '203.0.113.3',
  phonePublic2: '203.0.113.4',
} as const;

const ip = (...args: string[]) => execFileSync('ip', args, { stdio: ['ignore', 'ignore', 'pipe'] });
const inNs = (ns: string, command: string, ...args: string[]) =>
  execFileSync('ip', ['netns', 'exec', ns, command, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });

/**
 * Removes every namespace this file makes, after killing what still runs in them (a crashed test
 * worker leaves its servers behind); veths and rules go with the namespaces. Safe to run twice.
 */
export function removeTopology(): void {
  const existing = execFileSync('ip', ['netns', 'list'], { encoding: 'utf8' });
  for (const ns of Object.values(NS)) {
    if (!new RegExp(`^${ns}( |$)`, 'm').test(existing)) continue;
    const pids = execFileSync('ip', ['netns', 'pids', ns], { encoding: 'utf8' }).split('\n').filter(Boolean);
    for (const pid of pids) {
      try {
        process.kill(Number(pid), 'SIGKILL');
      } catch {
        // Gone already.
      }
    }
    ip('netns', 'del', ns);
  }
}

export function createTopology(): void {
  removeTopology();
  for (const ns of Object.values(NS)) {
    ip('netns', 'add', ns);
    ip('-n', ns, 'link', 'set', 'lo', 'up');
  }
  ip('-n', NS.inet, 'link', 'add', 'br-inet', 'type', 'bridge');
  ip('-n', NS.inet, 'addr', 'add', `${ADDR.server}/24`, 'dev', 'br-inet');
  ip('-n', NS.inet, 'link', 'set', 'br-inet', 'up');

  router(NS.computerRouter, 'rc', ADDR.computerPublic, NS.computer, 'comp-eth', '10.1.0');
  router(NS.phoneRouter, 'rp', ADDR.phonePublic, NS.phone, 'phone-a', '10.2.0');
  router(NS.phoneRouter2, 'rp2', ADDR.phonePublic2, NS.phone, 'phone-b', '10.3.0');
  ip('-n', NS.phone, 'link', 'set', 'phone-b', 'down');
  ip('-n', NS.phone, 'route', 'replace', 'default', 'via', '10.2.0.1');
  ip('-n', NS.computer, 'route', 'replace', 'default', 'via', '10.1.0.1');
}

/** A NAT router between a LAN `${lan}.0/24` (router .1, device .2) and the shared public bridge. */
function router(
  ns: string,
  name: string,
  publicAddr: string,
  deviceNs: string,
  deviceIf: string,
  lan: string,
) {
  ip(
    'link',
    'add',
    `${name}-wan`,
    'netns',
    ns,
    'type',
    'veth',
    'peer',
    'name',
    `inet-${name}`,
    'netns',
    NS.inet,
  );
  ip('-n', NS.inet, 'link', 'set', `inet-${name}`, 'master', 'br-inet', 'up');
  ip('-n', ns, 'addr', 'add', `${publicAddr}/24`, 'dev', `${name}-wan`);
  ip('-n', ns, 'link', 'set', `${name}-wan`, 'up');
  ip('link', 'add', `${name}-lan`, 'netns', ns, 'type', 'veth', 'peer', 'name', deviceIf, 'netns', deviceNs);
  ip('-n', ns, 'addr', 'add', `${lan}.1/24`, 'dev', `${name}-lan`);
  ip('-n', ns, 'link', 'set', `${name}-lan`, 'up');
  ip('-n', deviceNs, 'addr', 'add', `${lan}.2/24`, 'dev', deviceIf);
  ip('-n', deviceNs, 'link', 'set', deviceIf, 'up');
  inNs(ns, 'sysctl', '-qw', 'net.ipv4.ip_forward=1');
  inNs(ns, 'iptables', '-t', 'nat', '-A', 'POSTROUTING', '-o', `${name}-wan`, '-j', 'MASQUERADE');
  // Unsolicited packets from outside are dropped, as home routers do, before conntrack confirms an
  // entry for them: an entry left by the other side's first hole-punching packet would make the
  // outgoing one take another port (a port clash), and an ICMP "port unreachable" back would end it.
  inNs(
    ns,
    'iptables',
    '-A',
    'INPUT',
    '-i',
    `${name}-wan`,
    '-m',
    'conntrack',
    '--ctstate',
    'NEW',
    '-j',
    'DROP',
  );
}

/**
 * The phone leaves its Wi-Fi for its mobile network (another router, another public address), the
 * way Android does it: the new network becomes the default, the old one goes with its address, and
 * the sockets bound to that address are destroyed (netd's SOCK_DESTROY; here `ss -K`), so the apps
 * on the phone learn it at once instead of from a timeout.
 */
export function movePhoneToSecondNetwork(): void {
  ip('-n', NS.phone, 'link', 'set', 'phone-b', 'up');
  ip('-n', NS.phone, 'route', 'replace', 'default', 'via', '10.3.0.1');
  ip('-n', NS.phone, 'link', 'set', 'phone-a', 'down');
  ip('-n', NS.phone, 'addr', 'flush', 'dev', 'phone-a');
  inNs(NS.phone, 'ss', '-K', 'src', '10.2.0.2');
}

/** Drops UDP between the two homes (both ways), as strict NATs and firewalls do: only a relay can join them. */
export function dropUdpBetweenHomes(): void {
  for (const [flag, addr] of [
    ['-d', ADDR.computerPublic],
    ['-s', ADDR.computerPublic],
  ] as const) {
    inNs(NS.phoneRouter, 'iptables', '-A', 'FORWARD', '-p', 'udp', flag, addr, '-j', 'DROP');
  }
}

/** Drops every UDP packet from and to the phone's network: only TURN over TCP gets through. */
export function dropAllUdpOfPhone(): void {
  inNs(NS.phoneRouter, 'iptables', '-A', 'FORWARD', '-p', 'udp', '-j', 'DROP');
}

/**
 * Back to the start for the next test in the same namespaces: the phone on its first network again,
 * and open NATs (no test's filters left behind on either of the phone's routers).
 */
export function resetNetwork(): void {
  ip('-n', NS.phone, 'link', 'set', 'phone-a', 'up');
  ip('-n', NS.phone, 'addr', 'replace', '10.2.0.2/24', 'dev', 'phone-a');
  ip('-n', NS.phone, 'route', 'replace', 'default', 'via', '10.2.0.1');
  ip('-n', NS.phone, 'link', 'set', 'phone-b', 'down');
  for (const ns of [NS.phoneRouter, NS.phoneRouter2]) inNs(ns, 'iptables', '-F', 'FORWARD');
}
