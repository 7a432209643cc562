import MarkdownIt from 'markdown-it';

/*
 * The prose of an authored module (intro, debrief, teacher notes) is Markdown that a teacher typed
 * in the browser: rendered on the server and shown with {@html}, so it must never carry markup of
 * its own. Raw HTML is off (it shows as text), links go only to http(s) and mailto addresses, and
 * images are off (they would load from other sites, which the Content Security Policy refuses).
 * The result still goes through proseProblems, as a file module's rendered .svx does.
 */
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });
markdown.disable('image');
markdown.validateLink = (url) => /^(https?:\/\/|mailto:)/i.test(url.trim());

/** Markdown to HTML, safely; '' for empty or white-space-only text. */
export const renderMarkdown = (source: string): string => (source.trim() ? markdown.render(source) : '');
