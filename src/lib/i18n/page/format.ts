/**
 * A message's text with its {parameters} filled in, as Paraglide's compiled functions do it (a missing one reads
 * "undefined", as in theirs): the page's messages arrive as text (src/lib/i18n/page/messages.ts), and this is the
 * one place that fills them. The pattern is the message files' (src/lib/i18n/message-format.js).
 */
export const format = (text: string, inputs: Record<string, unknown> = {}): string =>
	text.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => String(inputs[name]));
