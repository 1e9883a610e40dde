// An esbuild plugin that leaves out what conf loads but quizline never uses: its JSON Schema
// validator (ajv and ajv-formats, used only when conf is given a schema) and semver (used only
// for migrations). quizline validates the score store with its own schema and gives conf
// neither, yet conf imports them whenever it loads: about half of the score store's load time.
const unused = /^(ajv\/dist\/2020\.js|ajv-formats|semver)$/;

export const leanConf = {
	name: 'lean-conf',
	setup(stage) {
		stage.onResolve({ filter: unused }, (args) =>
			/[\\/]node_modules[\\/]conf[\\/]/.test(args.importer)
				? { path: args.path, namespace: 'lean-conf' }
				: undefined,
		);
		stage.onLoad({ filter: /.*/, namespace: 'lean-conf' }, (args) => ({
			contents: `const unused = () => {
	throw new Error(${JSON.stringify(`quizline gives conf no schema or migration (${args.path} is left out)`)});
};
export class Ajv2020 { constructor() { unused(); } }
export default new Proxy(unused, { get: () => unused });`,
			loader: 'js',
		}));
	},
};
