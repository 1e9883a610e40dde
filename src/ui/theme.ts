/** Colours and marks of the quiz screens; plain marks only when colour is off (NO_COLOR). */
export type Theme = {
	readonly color: boolean;
	readonly right: string | undefined;
	readonly wrong: string | undefined;
	readonly almost: string | undefined;
	readonly accent: string | undefined;
	readonly muted: string | undefined;
	/** Wraps the answer span when colour cannot mark it. */
	readonly spanOpen: string;
	readonly spanClose: string;
};

/** The theme for a terminal with or without colour. */
export function createTheme(color: boolean): Theme {
	return color
		? {
				color,
				right: 'green',
				wrong: 'red',
				almost: 'yellow',
				accent: 'cyan',
				muted: 'gray',
				spanOpen: '',
				spanClose: '',
			}
		: {
				color,
				right: undefined,
				wrong: undefined,
				almost: undefined,
				accent: undefined,
				muted: undefined,
				spanOpen: '«',
				spanClose: '»',
			};
}
