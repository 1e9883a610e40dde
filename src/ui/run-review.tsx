import { type RunOptions, runApp } from './render-until-exit.js';
import { ReviewApp, type ReviewAppProps } from './review/review-app.js';
import type { ReviewExit } from './review/review-runner.js';

/** Renders the review screen until it closes; resolves with why and where the review was. */
export const runReview = (options: RunOptions<ReviewAppProps>): Promise<ReviewExit> =>
	runApp(ReviewApp, options, { kind: 'interrupt', state: options.initial });
