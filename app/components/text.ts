/**
 * Small helpers for putting words into sentences: a label in the middle of a sentence, and user
 * text isolated from the words around it.
 */

/** Words written with a capital wherever they stand in a sentence. */
const PROPER_WORDS = new Set(['Calais', 'Home', 'Office', 'British', 'English', 'Dublin', 'Europe', 'European', 'France', 'French', 'Immigration', 'Rules', 'Appendix', 'Part']);

/**
 * A label or title as it reads in the middle of a sentence ("Enter the date of birth", "Change
 * NHS debt"): only the first word's capital is lowered, and only when it is an ordinary word. An
 * acronym ("NHS", "UK"), a paragraph number ("SUI 5.1", "9.4.1"), a word with capitals or digits
 * inside it, and a name that keeps its capital ("Calais", "Home Office") are left as they are, as
 * is every later word (labels are written in sentence case already).
 */
export function midSentence(text: string): string {
  const match = /^(\p{Lu})(\p{Ll}*)(?=$|[^\p{L}\p{N}])/u.exec(text);
  if (!match) return text;
  const [word, first, rest] = match as unknown as [string, string, string];
  if (PROPER_WORDS.has(word) || rest.length === 0) return text;
  return `${first.toLowerCase()}${rest}${text.slice(word.length)}`;
}

/** Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms) and bidi controls. */
const BIDI_SENSITIVE = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]|\uD802[\uDC00-\uDFFF]|\uD803[\uDC00-\uDFFF]|\uD83A[\uDC00-\uDFFF]|\uD83B[\uDC00-\uDFFF]/;

/**
 * Text typed by a person, fenced with Unicode isolates (FIRST STRONG ISOLATE … POP DIRECTIONAL
 * ISOLATE) for use inside a sentence, as `<bdi>` does in markup: a name in Arabic keeps its own
 * order, and a name ending in a right-to-left override cannot reverse the words after it. Text
 * with no right-to-left letters and no direction controls is returned as it is (isolates change
 * nothing there), so that plain names read and match exactly as typed.
 */
export function isolate(text: string): string {
  return BIDI_SENSITIVE.test(text) ? `\u2068${text}\u2069` : text;
}
