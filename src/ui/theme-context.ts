import { createContext, useContext } from 'react';
import { createTheme, type Theme } from './theme.js';

/** The theme of the running app; coloured unless the app is given another. */
export const ThemeContext = createContext<Theme>(createTheme(true));

/** The current theme. */
export function useTheme(): Theme {
	return useContext(ThemeContext);
}
