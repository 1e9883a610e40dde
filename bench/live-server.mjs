// The server side of the live benchmark, in its own process (forked by live.bench.mjs) so its
// memory and event loop are its own. Listens on 127.0.0.1 only. Modes:
//   quiz: a class session over the bundled bank (the real server);
//   echo: a bare ws server that answers each frame and can broadcast (the baseline).
// Commands arrive over IPC; the process ends when its parent says `stop` or goes away.
import { WebSocketServer } from 'ws';
import { loadSources } from './measure.mjs';

const mode = process.argv[2] ?? 'quiz';

let peakRss = 0;
let peakHeap = 0;
const sample = () => {
	const usage = process.memoryUsage();
	peakRss = Math.max(peakRss, usage.rss);
	peakHeap = Math.max(peakHeap, usage.heapUsed);
};
const sampler = setInterval(sample, 10);

function memory() {
	sample();
	// maxRSS (KiB) is the kernel's own peak, sampled or not.
	return { peakRss: Math.max(peakRss, process.resourceUsage().maxRSS * 1024), peakHeap };
}

async function startQuiz() {
	// One bundle, so the modules share one copy of what they import.
	const [
		{ loadBank, bundledBankPath },
		{ selectQuestions },
		{ createClassState },
		{ ClassSession },
		{ LiveServer },
	] = await loadSources([
		'src/files/load-bank.ts',
		'src/core/select.ts',
		'src/live/class-state.ts',
		'src/live/class-session.ts',
		'src/live/server.ts',
	]);
	const loaded = loadBank(bundledBankPath);
	// Choice and true/false questions only, so every scripted answer is one of the options.
	const questions = loaded.bank.questions.filter(
		(question) => question.type !== 'short' && question.type !== 'numeric',
	);
	const items = selectQuestions(questions, { seed: 'bench', count: 8 });
	const settings = { code: 'BENCH', timeLimitMs: 600_000, speedBonus: false, isLocal: false };
	const session = new ClassSession(createClassState(items, settings, Date.now()));
	const server = await LiveServer.start({
		session,
		host: '127.0.0.1',
		port: 0,
		joinTimeoutMs: 60_000,
	});
	const options = items.map((item) => item.options);
	const handle = (command) => {
		const at = session.now();
		if (command.type === 'start') session.dispatch({ type: 'start', at });
		else if (command.type === 'reveal') session.dispatch({ type: 'reveal', at });
		else if (command.type === 'next') {
			session.dispatch({ type: 'next', at });
			session.dispatch({ type: 'next', at });
		}
		return { phase: session.getState().phase, counts: server.counts };
	};
	return { port: server.port, options, handle, close: () => server.close() };
}

async function startEcho() {
	const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, maxPayload: 64 * 1024 });
	await new Promise((resolve) => wss.once('listening', resolve));
	wss.on('connection', (socket) => {
		socket.on('message', (data) => socket.send(String(data)));
	});
	const handle = (command) => {
		if (command.type === 'broadcast') {
			const text = JSON.stringify({ type: 'broadcast', padding: 'x'.repeat(300) });
			for (const socket of wss.clients) socket.send(text);
		}
		return {};
	};
	const close = () =>
		new Promise((resolve) => {
			for (const socket of wss.clients) socket.terminate();
			wss.close(resolve);
		});
	return { port: wss.address().port, options: [], handle, close };
}

const server = mode === 'echo' ? await startEcho() : await startQuiz();
process.on('disconnect', () => process.exit(0));
process.on('message', async (command) => {
	if (command.type === 'stop') {
		clearInterval(sampler);
		const last = memory();
		await server.close();
		process.send({ type: 'stopped', ...last }, () => process.exit(0));
		return;
	}
	const reply = server.handle(command);
	process.send({
		type: 'done',
		id: command.id,
		...reply,
		...(command.type === 'memory' ? memory() : {}),
	});
});
process.send({ type: 'ready', port: server.port, options: server.options });
