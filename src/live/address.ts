import type { NetworkInterfaceInfo } from 'node:os';

/** The port a session listens on unless the teacher picks another. */
export const defaultPort = 7373;

/** A WebSocket URL built from what a student typed, or what was wrong with it. */
export type ParsedAddress =
	| { readonly ok: true; readonly url: string }
	| { readonly ok: false; readonly message: string };

/** Accepts `HOST`, `HOST:PORT`, `[IPv6]:PORT` or a `ws://` URL; the port defaults to 7373. */
export function parseJoinAddress(typed: string): ParsedAddress {
	const text = typed.trim();
	const withScheme = /^[a-z]+:\/\//i.test(text) ? text : `ws://${text}`;
	let url: URL;
	try {
		url = new URL(withScheme);
	} catch {
		return {
			ok: false,
			message: `"${typed}" is not an address; expected HOST:PORT, e.g. 192.168.1.20:${defaultPort}`,
		};
	}
	if (url.protocol !== 'ws:' && url.protocol !== 'wss:') {
		return { ok: false, message: `"${typed}": expected a ws:// address, not ${url.protocol}//` };
	}
	if (url.hostname === '') return { ok: false, message: `"${typed}" names no host` };
	if (url.port === '') url.port = String(defaultPort);
	return { ok: true, url: url.href };
}

/** The address students should type: the machine's LAN address when bound to all interfaces. */
export function displayHost(
	bound: string,
	interfaces: NodeJS.Dict<readonly NetworkInterfaceInfo[]>,
): string {
	if (bound !== '0.0.0.0' && bound !== '::') return bound.includes(':') ? `[${bound}]` : bound;
	const external = Object.values(interfaces)
		.flatMap((list) => list ?? [])
		.find((info) => info.family === 'IPv4' && !info.internal);
	return external?.address ?? 'localhost';
}

/**
 * Whom limits on wrong join codes count a connection as: an IPv4 address (also when mapped into
 * IPv6), or an IPv6 address's /64 network, since one machine may hold a whole /64.
 */
export function addressKey(remote: string | undefined): string {
	if (!remote) return 'unknown';
	const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(remote)?.[1];
	if (mapped) return mapped;
	if (!remote.includes(':')) return remote;
	const [head = '', tail = ''] = remote.replace(/%.*$/, '').split('::');
	const groups = (part: string) => (part === '' ? [] : part.split(':'));
	const known = [...groups(head), ...groups(tail)].length;
	const full = remote.includes('::')
		? [...groups(head), ...Array(8 - known).fill('0'), ...groups(tail)]
		: groups(head);
	const network = full.slice(0, 4).map((group) => Number.parseInt(group, 16).toString(16));
	return `${network.join(':')}::/64`;
}
