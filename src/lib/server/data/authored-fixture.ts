import { readFileSync } from 'node:fs';
import { moduleFiles } from '../content';
import type { WorkingCopy } from './authored-modules';

/*
 * Test fixture (only specs import it): the small test module tests/modules/library-closure as a
 * teacher's working copy, its key as JSON data and its prose as Markdown, as the editor stores it.
 */
export function libraryClosureCopy(): WorkingCopy {
	const folder = '/tests/modules/library-closure';
	const files = moduleFiles(folder);
	const markdown = (name: string) => readFileSync(`.${folder}/${name}.svx`, 'utf8');
	return {
		key: JSON.parse(JSON.stringify(files.key)),
		documents: { ...files.documents },
		prose: { intro: markdown('intro'), debrief: markdown('debrief'), teacherNotes: markdown('teacher-notes') }
	};
}
