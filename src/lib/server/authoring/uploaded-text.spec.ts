import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_UPLOAD_BYTES, uploadedText } from './uploaded-text';

/** A minimal Word document: the parts mammoth needs, with one paragraph per line of `lines`. */
function docx(lines: string[], extra: Record<string, Uint8Array> = {}): Uint8Array {
	const paragraphs = lines.map((line) => `<w:p><w:r><w:t xml:space="preserve">${line}</w:t></w:r></w:p>`).join('');
	return zipSync({
		'[Content_Types].xml': strToU8(
			'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
		),
		'_rels/.rels': strToU8(
			'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
		),
		'word/document.xml': strToU8(
			`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs}</w:body></w:document>`
		),
		...extra
	});
}

/** Rewrites every uncompressed-size field of a zip to 100 bytes, as a zip bomb would lie. */
function lyingSizes(zip: Uint8Array): Uint8Array {
	const copy = zip.slice();
	const view = new DataView(copy.buffer);
	for (let i = 0; i + 4 <= copy.length; i++) {
		const signature = view.getUint32(i, true);
		if (signature === 0x04034b50) view.setUint32(i + 22, 100, true);
		if (signature === 0x02014b50) view.setUint32(i + 24, 100, true);
	}
	return copy;
}

describe('uploadedText', () => {
	it('reads UTF-8 text as received, without a byte-order mark and with "\\n" line endings', async () => {
		const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8('Headline\r\n\r\n“Quoted,” she said.\r\n')]);
		expect(await uploadedText('report.TXT', bytes)).toEqual({
			ok: true,
			text: 'Headline\n\n“Quoted,” she said.\n'
		});
	});

	it('refuses text that is not UTF-8, an empty file, a file too large and other types, naming the file', async () => {
		const latin1 = new Uint8Array([0x43, 0x61, 0x66, 0xe9]);
		expect(await uploadedText('cafe.txt', latin1)).toEqual({
			ok: false,
			problem: expect.stringContaining('cafe.txt is not UTF-8')
		});
		expect(await uploadedText('a.txt', new Uint8Array())).toEqual({ ok: false, problem: 'a.txt is empty.' });
		expect(await uploadedText('blank.txt', strToU8(' \n\n '))).toEqual({
			ok: false,
			problem: 'blank.txt has no text.'
		});
		const large = await uploadedText('big.txt', new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(0x61));
		expect(large).toEqual({ ok: false, problem: expect.stringContaining('big.txt is larger than 2 MB') });
		expect(await uploadedText('scan.pdf', strToU8('%PDF-1.7'))).toEqual({
			ok: false,
			problem: 'scan.pdf is not a .txt or .docx file.'
		});
	});

	it('reads the paragraphs of a Word document', async () => {
		const result = await uploadedText('report.docx', docx(['Council votes', 'The mayor “regrets” it.']));
		expect(result).toEqual({ ok: true, text: 'Council votes\n\nThe mayor “regrets” it.\n\n' });
	});

	it('refuses a .docx that is not a zip, or not a Word document', async () => {
		expect(await uploadedText('fake.docx', strToU8('plain text'))).toEqual({
			ok: false,
			problem: 'fake.docx is not a Word document (.docx) that can be read.'
		});
		const notWord = zipSync({ 'readme.txt': strToU8('hello') });
		expect(await uploadedText('other.docx', notWord)).toEqual({
			ok: false,
			problem: 'other.docx is not a Word document (.docx) that can be read.'
		});
	});

	it('refuses a .docx that unpacks to more than 20 MB, even when its sizes lie', async () => {
		const bomb = docx(['Short'], { 'word/media/zeros.bin': new Uint8Array(21 * 1024 * 1024) });
		expect(bomb.byteLength).toBeLessThan(MAX_UPLOAD_BYTES);
		const refused = { ok: false, problem: 'bomb.docx unpacks to more than a document can hold.' };
		expect(await uploadedText('bomb.docx', bomb)).toEqual(refused);
		expect(await uploadedText('bomb.docx', lyingSizes(bomb))).toEqual(refused);
	});
});
