/** The item pages' skip link: to the question's pane, whose first control is the answer's (or a link to its place). */
export const QUESTION_SKIP = { href: '#question', to: 'question' } as const;
