import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ScoreStore } from '../../src/store/score-store.js';
import { eventually, spawnCli } from './live-pty.js';

type Cli = ReturnType<typeof spawnCli>;
const running: Cli[] = [];
afterEach(() => {
	for (const child of running.splice(0)) child.kill();
});

function setUp() {
	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'quizline-live-e2e-'));
	const env = { QUIZLINE_STORE_DIR: path.join(work, 'store') };
	const start = (args: string[], size?: { cols: number; rows: number }) => {
		const child = spawnCli(args, work, env, size);
		running.push(child);
		return child;
	};
	return { work, env, start };
}

/** Presses `key` on the host and waits until its screen shows `text` (`what`, for the failure). */
async function press(host: Cli, key: string, text: string, what: string) {
	host.write(key);
	await eventually(
		() => host.output.includes(text),
		what,
		() => host.output,
	);
}

async function hostAndStudent(start: (args: string[]) => Cli, count: number, tags?: string) {
	const host = start([
		'host',
		'--bind',
		'127.0.0.1',
		'--port',
		'0',
		'--count',
		String(count),
		'--seed',
		'e2e',
		...(tags ? ['--tags', tags] : []),
		'--out',
		'class.csv',
	]);
	const join = await eventually(
		() =>
			host.output.match(/quizline join (127\.0\.0\.1:\d+) --code ([A-Z0-9]{4}-[A-Z0-9]{4})/) ??
			undefined,
		'join command on the host screen',
		() => host.output,
	);
	const student = start([
		'join',
		join[1] as string,
		'--code',
		(join[2] as string).toLowerCase(),
		'--name',
		'Ann',
	]);
	await eventually(
		() => student.output.includes('Waiting for the teacher'),
		'the waiting room',
		() => student.output,
	);
	await eventually(
		() => host.output.includes('Joined: 1'),
		'Ann in the lobby',
		() => host.output,
	);
	return { host, student, address: join[1] as string };
}

describe('a live session in real terminals over 127.0.0.1', () => {
	it('host and student run a question to the podium; the CSV and the store hold the results', {
		timeout: 60_000,
	}, async () => {
		const { work, env, start } = setUp();
		// "Who said" questions are all choices: the student answers with a number key.
		const { host, student, address } = await hostAndStudent(start, 1, 'ukraine');
		// A wrong code is refused with a reason, and the host sees the count.
		const guesser = start(['join', address, '--code', 'WRONG-CODE', '--name', 'Eve']);
		await eventually(
			() => guesser.exitCode !== undefined,
			'the wrong code',
			() => guesser.output,
		);
		expect(guesser.exitCode).toBe(2);
		expect(guesser.output).toContain(
			"cannot join: wrong join code: check the code on the teacher's screen",
		);
		await eventually(
			() => host.output.includes('1 wrong code refused'),
			'the count on the host screen',
			() => host.output,
		);
		host.write('\r');
		await eventually(
			() => student.output.includes('s left'),
			'the question',
			() => student.output,
		);
		const firstOption = await eventually(
			() => student.output.match(/❯ 1\. ([^\r\n]+?)\s*[\r\n]/)?.[1],
			'the first option',
			() => student.output,
		);
		// Keys written as the first frame appears can come before the screen listens: wait for a
		// later frame (the countdown redraws), then answer.
		const mark = student.output.length;
		await eventually(
			() => student.output.slice(mark).includes('s left'),
			'a redrawn question',
			() => student.output,
		);
		// The only student answering closes the question at once: the lock goes straight to the reveal.
		student.write('1');
		await eventually(
			() => /Score \d · rank 1 of 1/.test(student.output),
			'the reveal',
			() => student.output,
		);
		await eventually(
			() => host.output.includes('Enter leaderboard'),
			'the host reveal',
			() => host.output,
		);
		await press(host, '\r', 'Enter podium', 'the leaderboard');
		await press(host, '\r', 'Results saved: class.csv', 'the podium');
		await eventually(
			() => student.output.includes('The quiz is over'),
			'the end on the student screen',
			() => student.output,
		);
		host.write('\r');
		await eventually(
			() => host.exitCode !== undefined,
			'the host to exit',
			() => host.output,
		);
		expect(host.exitCode).toBe(0);
		expect(host.output).toContain('Class report: 1 student, 1 question');
		expect(host.output).toContain('Join guard: 1 wrong code refused');
		const csv = fs.readFileSync(path.join(work, 'class.csv'), 'utf8').trim().split('\n');
		expect(csv[0]).toBe('name,question_id,answer,result,seconds,prompt,part_b,credit');
		const row = csv[1]?.match(
			new RegExp(
				`^Ann,([a-z0-9-]+),${firstOption.replace(/[$()]/g, '\\$&')},(right|wrong),\\d+\\.\\d,(.+),,[01]$`,
			),
		);
		expect(row).not.toBeNull();
		// The printed report names the question by its prompt, cut to 40 characters, beside its id.
		const prompt = (row?.[3] ?? '').replace(/^"|"$/g, '').replace(/""/g, '"');
		const cut = prompt.length <= 40 ? prompt : `${prompt.slice(0, 39)}…`;
		expect(host.output).toMatch(/question\s+prompt\s+right/);
		expect(host.output).toContain(`${row?.[1]}  ${cut}`);
		const [stored] = ScoreStore.open({ dir: env.QUIZLINE_STORE_DIR }).classSessions();
		expect(stored).toMatchObject({
			kind: 'live',
			endReason: 'completed',
			players: [{ name: 'Ann' }],
		});
		student.write('\r');
		await eventually(
			() => student.exitCode !== undefined,
			'the student to exit',
			() => student.output,
		);
		expect(student.exitCode).toBe(0);
	});

	it('Ctrl+C on the host ends the session cleanly: results saved, students told, exit 130', {
		timeout: 60_000,
	}, async () => {
		const { work, start } = setUp();
		const { host, student } = await hostAndStudent(start, 3);
		await press(host, '\r', '0 of 1 answered', 'question 1');
		await press(host, 'r', 'Enter leaderboard', 'the reveal');
		await press(host, '\r', 'Enter next question', 'the leaderboard');
		await press(host, '\r', 'Question 2 of 3', 'question 2');
		host.write('\u0003');
		await eventually(
			() => host.exitCode !== undefined,
			'the host to exit',
			() => host.output,
		);
		expect(host.exitCode).toBe(130);
		expect(host.output).toContain('Session ended early: 1 of 3 questions');
		expect(host.output).toContain('Class report: 1 student, 1 question');
		const csv = fs.readFileSync(path.join(work, 'class.csv'), 'utf8').trim().split('\n');
		expect(csv).toHaveLength(2);
		expect(csv[1]).toMatch(/^Ann,[a-z0-9-]+,,unanswered,,.+$/);
		await eventually(
			() => student.output.includes('The teacher ended the quiz'),
			'the student told',
			() => student.output,
		);
	});

	for (const signal of ['SIGHUP', 'SIGTERM', 'SIGINT'] as const) {
		it(`${signal} to the host ends the session as Ctrl+C does: results saved, exit 130`, {
			timeout: 60_000,
		}, async () => {
			const { work, start } = setUp();
			const { host, student } = await hostAndStudent(start, 2);
			await press(host, '\r', '0 of 1 answered', 'question 1');
			await press(host, 'r', 'Enter leaderboard', 'the reveal');
			const sentAt = Date.now();
			host.signal(signal);
			await eventually(
				() => host.exitCode !== undefined,
				'the host to exit',
				() => host.output,
				3_000,
			);
			expect(Date.now() - sentAt).toBeLessThan(3_000);
			expect(host.exitCode).toBe(130);
			const csv = fs.readFileSync(path.join(work, 'class.csv'), 'utf8').trim().split('\n');
			expect(csv).toHaveLength(2);
			expect(csv[1]).toMatch(/^Ann,[a-z0-9-]+,,unanswered,,.+$/);
			await eventually(
				() => student.output.includes('The teacher ended the quiz'),
				'the student told',
				() => student.output,
			);
		});
	}

	it('a student who leaves: the lobby count drops, the question is revealed once the others answered, and the last host frame offers no keys', {
		timeout: 60_000,
	}, async () => {
		const { start } = setUp();
		const args = ['host', '--bind', '127.0.0.1', '--port', '0', '-n', '2', '--timer', '60'];
		const host = start([...args, '--seed', 'e2e', '--tags', 'ukraine', '--out', 'class.csv']);
		const join = await eventually(
			() =>
				host.output.match(/quizline join (127\.0\.0\.1:\d+) --code ([A-Z0-9-]{9})/) ?? undefined,
			'join command on the host screen',
			() => host.output,
		);
		const student = (name: string, token?: string) =>
			start(
				[
					'join',
					join[1] as string,
					'--code',
					join[2] as string,
					'--name',
					name,
					...(token ? ['--token', token] : []),
				],
				{ cols: 40, rows: 20 },
			);
		const shows = (cli: Cli, text: string | RegExp, what: string) =>
			eventually(
				() => (typeof text === 'string' ? cli.screen().includes(text) : text.test(cli.screen())),
				what,
				() => cli.screen(),
			);
		const ann = student('Ann');
		const bob = student('Bob');
		await shows(host, 'Joined: 2', 'two in the lobby');
		await shows(bob, 'Waiting for the teacher', "Bob's waiting room");
		bob.write('q');
		const token = await eventually(
			() =>
				bob.output.replace(/\s+/g, '').match(/Tocomeback:quizlinejoin.*--token([0-9a-f]+)/)?.[1],
			'the rejoin command printed on leaving',
			() => bob.output,
		);
		await shows(host, /Joined: 1\b/, 'the lobby count dropping');
		const back = student('Bob', token);
		await shows(host, 'Joined: 2', 'Bob back in the lobby');
		host.write('\r');
		await shows(ann, /rejoin: --token [0-9a-f]+/, "the token on Ann's question screen");
		await shows(back, 's left', "Bob's question");
		// Keys written as the first frame appears can come before the screen listens.
		await new Promise((resolve) => setTimeout(resolve, 300));
		ann.write('1');
		await shows(host, '1 of 2 answered', "Ann's answer");
		back.write('q');
		// Ann was the only one left to answer: the reveal comes now, not after 60 s.
		await shows(host, 'Enter leaderboard', 'the reveal as Bob leaves');
		host.write('\u0003');
		await eventually(
			() => host.exitCode !== undefined,
			'the host to exit',
			() => host.output,
		);
		const last = host.screen();
		expect(last).toContain('Class report: 2 students, 1 question');
		expect(last).toContain('Session ended early: 1 of 2 questions');
		expect(last).not.toMatch(/Enter close|q quit|Ctrl\+C/);
	});

	it('refuses -o with an existing file, before the session starts', {
		timeout: 30_000,
	}, async () => {
		const { work, start } = setUp();
		fs.writeFileSync(path.join(work, 'class.csv'), 'name,question_id,answer,result,seconds\n');
		const host = start(['host', '--bind', '127.0.0.1', '--port', '0', '--out', 'class.csv']);
		await eventually(
			() => host.exitCode !== undefined,
			'the host to exit',
			() => host.output,
		);
		expect(host.exitCode).toBe(2);
		expect(host.output).toContain(
			'--out class.csv: the file exists: choose another name, or add --force to replace it',
		);
		expect(host.output).not.toContain('Students join with');
		expect(fs.readdirSync(work).filter((file) => file.endsWith('.csv'))).toEqual(['class.csv']);
	});
});
