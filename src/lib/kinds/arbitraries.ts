import fc from 'fast-check';

/**
 * Any value at all, with the odd kinds of object switched on: what a stored or
 * posted answer could be. For the kinds' property tests.
 */
export const anyValue = ({ withBigInt = true } = {}) =>
	fc.anything({
		maxDepth: 3,
		maxKeys: 6,
		withBigInt,
		withBoxedValues: true,
		withDate: true,
		withMap: true,
		withNullPrototype: true,
		withObjectString: true,
		withSet: true,
		withSparseArray: true,
		withTypedArray: true,
		withUnicodeString: true
	});
