// Live class session under load: 300 students on 127.0.0.1, first against the real `quizline
// host` with its Ink screen in a pseudo-terminal (the teacher's keys typed at it), then against
// the bare session server in its own process. Prints the answer acknowledgement p50/p99, the time
// for a reveal to reach every client, the longest gap between redraws of the host screen while
// the answers come in, and peak memory, each beside a bare ws echo server measured in the same
// run (baseline). Everything binds and connects to 127.0.0.1 only, and every wait is bounded.
import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { longestGap, startHost } from './live-host.mjs';
import { median, ms } from './measure.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const host = '127.0.0.1';
const count = Number(process.env.BENCH_LIVE_CLIENTS ?? 300);
const spreadMs = 1000;
const now = () => performance.now();

/** The value at `share` (0–1) of the sorted values. */
function percentile(values, share) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
}

const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** Resolves when `condition()` holds; rejects after `timeoutMs`. */
async function until(condition, what, timeoutMs = 30_000) {
	const started = Date.now();
	while (!condition()) {
		if (Date.now() - started > timeoutMs) throw new Error(`bench: timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 2));
	}
}

/** Forks bench/live-server.mjs in `mode`; commands go over IPC and resolve with the reply. */
async function startServer(mode) {
	const child = fork(path.join(here, 'live-server.mjs'), [mode], {
		stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
	});
	const replies = new Map();
	let nextId = 0;
	let stopped;
	const ready = new Promise((resolve, reject) => {
		child.once('error', reject);
		child.once('exit', (code) => reject(new Error(`bench server (${mode}) exited with ${code}`)));
		child.on('message', (message) => {
			if (message.type === 'ready') resolve(message);
			else if (message.type === 'stopped') stopped?.(message);
			else replies.get(message.id)?.(message);
		});
	});
	const info = await ready;
	return {
		port: info.port,
		options: info.options,
		command(type) {
			const id = nextId++;
			return new Promise((resolve) => {
				replies.set(id, resolve);
				child.send({ type, id });
			});
		},
		/** Sends a command without waiting; returns the time it was sent. */
		send(type) {
			const at = now();
			child.send({ type, id: nextId++ });
			return at;
		},
		stop() {
			return new Promise((resolve) => {
				const timer = setTimeout(() => {
					child.kill();
					resolve({ peakRss: Number.NaN, peakHeap: Number.NaN });
				}, 10_000);
				stopped = (message) => {
					clearTimeout(timer);
					resolve(message);
				};
				child.send({ type: 'stop' });
			});
		},
		kill: () => child.kill(),
	};
}

/** Opens `count` sockets to the server (50 at a time); each records when each message type came. */
async function connectAll(port) {
	const clients = [];
	for (let start = 0; start < count; start += 50) {
		const batch = Array.from({ length: Math.min(50, count - start) }, (_, i) => {
			const socket = new WebSocket(`ws://${host}:${port}`);
			const client = { socket, seen: [], sentAt: new Map() };
			socket.on('message', (data) => {
				const at = now();
				const message = JSON.parse(String(data));
				client.seen.push({ at, message });
			});
			clients[start + i] = client;
			return new Promise((resolve, reject) => {
				socket.once('open', resolve);
				socket.once('error', reject);
			});
		});
		await Promise.all(batch);
	}
	return clients;
}

/** When the client first got a message matching `test`, or undefined. */
function arrival(client, test) {
	return client.seen.find(({ message }) => test(message))?.at;
}

/** Sends `build(i)` from every client, spread evenly over `spread` ms (0: all at once). */
async function sendAll(clients, spread, build) {
	const started = now();
	await Promise.all(
		clients.map(
			(client, i) =>
				new Promise((resolve) => {
					const send = () => {
						client.sentAt.set(build.key, now());
						client.socket.send(JSON.stringify(build(i)));
						resolve();
					};
					const delay = spread === 0 ? 0 : (i * spread) / clients.length;
					if (delay === 0) send();
					else setTimeout(send, Math.max(0, started + delay - now()));
				}),
		),
	);
}

async function baseline() {
	const server = await startServer('echo');
	try {
		const clients = await connectAll(server.port);
		const rtt = [];
		const burst = [];
		for (const [round, spread] of [
			[0, spreadMs],
			[1, spreadMs],
			[2, spreadMs],
			[3, 0],
		]) {
			const build = (i) => ({ type: 'ping', round, i });
			build.key = `ping-${round}`;
			await sendAll(clients, spread, build);
			await until(
				() => clients.every((c) => arrival(c, (m) => m.type === 'ping' && m.round === round)),
				'echoes',
			);
			for (const client of clients) {
				(spread === 0 ? burst : rtt).push(
					arrival(client, (m) => m.type === 'ping' && m.round === round) -
						client.sentAt.get(build.key),
				);
			}
		}
		const fanOut = [];
		for (let i = 0; i < 5; i++) {
			const before = clients.map((c) => c.seen.length);
			const sentAt = server.send('broadcast');
			await until(() => clients.every((c, n) => c.seen.length > before[n]), 'broadcast');
			fanOut.push(Math.max(...clients.map((c, n) => c.seen[before[n]].at)) - sentAt);
		}
		for (const client of clients) client.socket.terminate();
		const memory = await server.stop();
		return { rtt, burst, fanOut, memory };
	} catch (error) {
		server.kill();
		throw error;
	}
}

async function quiz() {
	const server = await startServer('quiz');
	try {
		const clients = await connectAll(server.port);
		const joinStarted = now();
		for (const [i, client] of clients.entries()) {
			client.socket.send(
				JSON.stringify({ v: 1, type: 'join', code: 'BENCH', name: `Student ${i + 1}` }),
			);
		}
		await until(() => clients.every((c) => arrival(c, (m) => m.type === 'welcome')), 'welcomes');
		const joinMs =
			Math.max(...clients.map((c) => arrival(c, (m) => m.type === 'welcome'))) - joinStarted;
		const acks = { spread: [], burst: [] };
		const reveals = { lastAnswer: [], teacher: [] };
		// Questions 1–3: answers spread over a second; 4: all at once; 5–6: the teacher reveals.
		const plan = ['spread', 'spread', 'spread', 'burst', 'teacher', 'teacher'];
		await server.command('start');
		for (const [index, kind] of plan.entries()) {
			await until(
				() =>
					clients.every((c) =>
						arrival(c, (m) => m.type === 'question' && m.question.index === index),
					),
				`question ${index + 1}`,
			);
			const isRevealed = (c) =>
				arrival(c, (m) => m.type === 'reveal' && m.index === index) !== undefined;
			let startedAt;
			if (kind === 'teacher') {
				startedAt = server.send('reveal');
			} else {
				const options = server.options[index];
				const build = (i) => ({ v: 1, type: 'answer', index, answer: options[i % options.length] });
				build.key = `answer-${index}`;
				await sendAll(clients, kind === 'burst' ? 0 : spreadMs, build);
				startedAt = Math.max(...clients.map((c) => c.sentAt.get(build.key)));
				await until(
					() => clients.every((c) => arrival(c, (m) => m.type === 'locked' && m.index === index)),
					'acks',
				);
				for (const client of clients) {
					acks[kind].push(
						arrival(client, (m) => m.type === 'locked' && m.index === index) -
							client.sentAt.get(build.key),
					);
				}
			}
			await until(() => clients.every(isRevealed), `reveal ${index + 1}`);
			const last = Math.max(
				...clients.map((c) => arrival(c, (m) => m.type === 'reveal' && m.index === index)),
			);
			(kind === 'teacher' ? reveals.teacher : reveals.lastAnswer).push(last - startedAt);
			if (index < plan.length - 1) await server.command('next');
		}
		const { counts } = await server.command('memory');
		for (const client of clients) client.socket.terminate();
		const memory = await server.stop();
		return { joinMs, acks, reveals, memory, counts };
	} catch (error) {
		server.kill();
		throw error;
	}
}

/** The answer client `i` gives to the question it was sent (any text when it has no options). */
function answerFor(client, index, i) {
	const asked = client.seen.find(
		({ message }) => message.type === 'question' && message.question.index === index,
	)?.message.question;
	const options = asked?.options ?? [];
	return options.length > 0 ? options[i % options.length] : 'x';
}

const isAck = (index) => (m) =>
	(m.type === 'locked' || m.type === 'answer-refused') && m.index === index;

/** Presses Enter until every client has question `index` (reveal → standings → question). */
async function advanceTo(host, clients, index) {
	const hasIt = () =>
		clients.every((c) => arrival(c, (m) => m.type === 'question' && m.question.index === index));
	for (let tries = 0; tries < 40 && !hasIt(); tries++) {
		host.press('\r');
		const started = Date.now();
		while (!hasIt() && Date.now() - started < 250) await new Promise((r) => setTimeout(r, 5));
	}
	await until(hasIt, `question ${index + 1}`);
}

async function hostQuiz() {
	const plan = ['spread', 'spread', 'spread', 'burst', 'teacher', 'teacher'];
	const host = await startHost(plan.length);
	try {
		const clients = await connectAll(host.port);
		const joinStarted = now();
		for (const [i, client] of clients.entries()) {
			const join = { v: 1, type: 'join', code: host.code, name: `Student ${i + 1}` };
			client.socket.send(JSON.stringify(join));
		}
		await until(() => clients.every((c) => arrival(c, (m) => m.type === 'welcome')), 'welcomes');
		const joinMs =
			Math.max(...clients.map((c) => arrival(c, (m) => m.type === 'welcome'))) - joinStarted;
		await host.waitFor((screen) => (screen.includes(`Joined: ${count}`) ? true : undefined), 'all');
		const acks = { spread: [], burst: [] };
		const reveals = { lastAnswer: [], teacher: [] };
		let burstGap = Number.NaN;
		for (const [index, kind] of plan.entries()) {
			await advanceTo(host, clients, index);
			const isRevealed = (c) =>
				arrival(c, (m) => m.type === 'reveal' && m.index === index) !== undefined;
			let startedAt;
			if (kind === 'teacher') startedAt = host.press('r');
			else {
				const build = (i) => ({
					v: 1,
					type: 'answer',
					index,
					answer: answerFor(clients[i], index, i),
				});
				build.key = `answer-${index}`;
				const sentFrom = now();
				await sendAll(clients, kind === 'burst' ? 0 : spreadMs, build);
				startedAt = Math.max(...clients.map((c) => c.sentAt.get(build.key)));
				await until(() => clients.every((c) => arrival(c, isAck(index))), 'acks');
				for (const client of clients) {
					acks[kind].push(arrival(client, isAck(index)) - client.sentAt.get(build.key));
				}
				if (kind === 'burst') {
					const lastAck = Math.max(...clients.map((c) => arrival(c, isAck(index))));
					// The screen's writes while the answers came in, and up to 250 ms after the last.
					await new Promise((resolve) => setTimeout(resolve, 300));
					burstGap = longestGap(host.writes, sentFrom, lastAck + 250);
				}
			}
			// An answer the question cannot take (free text, an order) is refused: the last answer
			// does not close it, and the teacher reveals it instead.
			const isLocked = (m) => m.type === 'locked' && m.index === index;
			const allLocked = kind === 'teacher' || clients.every((c) => arrival(c, isLocked));
			if (!allLocked) startedAt = host.press('r');
			await until(() => clients.every(isRevealed), `reveal ${index + 1}`);
			const last = Math.max(
				...clients.map((c) => arrival(c, (m) => m.type === 'reveal' && m.index === index)),
			);
			(allLocked && kind !== 'teacher' ? reveals.lastAnswer : reveals.teacher).push(
				last - startedAt,
			);
		}
		const peakRss = host.peakRss();
		for (const client of clients) client.socket.terminate();
		await host.stop();
		return { joinMs, acks, reveals, burstGap, peakRss };
	} catch (error) {
		await host.stop();
		throw error;
	}
}

/** One run's figures, as lines beside the baseline's. */
function report(title, run, base) {
	const echoP99 = percentile(base.rtt, 0.99);
	const broadcast = median(base.fanOut);
	const line = (label, value, extra = '') => console.log(`${label.padEnd(44)} ${value}${extra}`);
	console.log(`\n${title}`);
	line('all joined (welcome to the last)', ms(run.joinMs));
	const spreadP99 = percentile(run.acks.spread, 0.99);
	line(
		`answer ack (${run.acks.spread.length} answers)`,
		`p50 ${ms(percentile(run.acks.spread, 0.5))}  p99 ${ms(spreadP99)}`,
		`  p99 ratio to echo ${(spreadP99 / echoP99).toFixed(2)}`,
	);
	const burstP99 = percentile(run.acks.burst, 0.99);
	const echoBurstP99 = percentile(base.burst, 0.99);
	line(
		`answer ack, all ${count} at once`,
		`p50 ${ms(percentile(run.acks.burst, 0.5))}  p99 ${ms(burstP99)}`,
		`  target p99 < 50 ms; p99 ratio to echo at once ${(burstP99 / echoBurstP99).toFixed(2)}`,
	);
	const teacher = Math.max(...run.reveals.teacher);
	line(
		'reveal reaches every client (teacher key)',
		`${run.reveals.teacher.map(ms).join(', ')}`,
		`  target < 100 ms; worst ratio to broadcast ${(teacher / broadcast).toFixed(2)}`,
	);
	line('reveal reaches every client (last answer in)', run.reveals.lastAnswer.map(ms).join(', '));
	if (run.burstGap !== undefined) {
		line(
			'host screen: longest gap between redraws',
			ms(run.burstGap),
			'  during the burst; target <= 250 ms',
		);
	}
	line(
		'peak memory (RSS)',
		mib(run.peakRss),
		`  baseline echo ${mib(base.memory.peakRss)}; ratio ${(run.peakRss / base.memory.peakRss).toFixed(2)}${run.peakHeap ? `; peak heap ${mib(run.peakHeap)}` : ''}`,
	);
}

export default async function live() {
	const base = await baseline();
	const onHost = await hostQuiz();
	const bare = await quiz();
	const echoP50 = percentile(base.rtt, 0.5);
	const echoP99 = percentile(base.rtt, 0.99);
	console.log(`${count} clients on ${host}; answers spread over ${spreadMs} ms unless "at once"`);
	console.log(
		`baseline: bare ws echo round trip            p50 ${ms(echoP50)}  p99 ${ms(echoP99)}`,
	);
	const burst = `p50 ${ms(percentile(base.burst, 0.5))}  p99 ${ms(percentile(base.burst, 0.99))}`;
	console.log(`baseline: the same, all ${count} at once         ${burst}`);
	console.log(
		`baseline: bare ws broadcast to all           ${ms(median(base.fanOut))} (median of 5)`,
	);
	report('quizline host, its Ink screen in a pseudo-terminal:', onHost, base);
	report(
		'the session server alone, in its own process:',
		{ ...bare, peakRss: bare.memory.peakRss, peakHeap: bare.memory.peakHeap },
		base,
	);
	console.log(
		`frames dropped by the server (malformed / oversized)  ${bare.counts.malformed} / ${bare.counts.oversized}`,
	);
}
