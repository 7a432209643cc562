import { invalidate } from '$app/navigation';

/** How often a teacher's live page asks for its data again. */
export const LIVE_EVERY_MS = 5000;

/**
 * Reloads the data that depends on `dependency` every few seconds, while the tab is visible and the device
 * online (no point in asking otherwise). For onMount: returns the function that stops it.
 */
export function refreshEvery(dependency: `app:${string}`, ms = LIVE_EVERY_MS): () => void {
	const timer = setInterval(() => {
		if (document.visibilityState === 'visible' && navigator.onLine) void invalidate(dependency);
	}, ms);
	return () => clearInterval(timer);
}
