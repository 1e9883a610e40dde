/**
 * Lets a signal that came while the main thread was busy reach its handler before the process
 * ends. Node runs a JavaScript signal handler only when the event loop turns; a command that
 * ends without another turn would exit with its own code, as if the signal never came
 * (issue 10). A zero timeout gives the loop that turn; a handler that ends the process then
 * does so with the signal's code.
 */
export function deliverPendingSignals(): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, 0));
}
