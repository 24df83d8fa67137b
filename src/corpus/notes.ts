// Footnote markers: digits glued to the end of a word or punctuation ("activities.1", "(S&ED),3",
// "cyberspace.”41"). Numbers that belong to the text ("PLA Unit 61398", "13 so-called root servers")
// stand after a space and are left alone; markers must also run 1, 2, 3… in reading order.

export interface RawMarker {
  note: number;
  /** Offset of the marker's first digit in the raw text. */
  index: number;
  length: number;
}

const GLUED_DIGITS = /(?<=[A-Za-z.,;:?!”’")\]…])(\d{1,2})(?=$|[\s.,;:”’")\]])/g;

/**
 * Finds footnote markers in raw paragraph texts, in reading order, accepting a candidate only when it
 * is the next expected note number. `next` is the first number expected; returns markers per text.
 */
export function findMarkers(texts: readonly string[], first = 1): RawMarker[][] {
  let expected = first;
  return texts.map((text) => {
    const found: RawMarker[] = [];
    for (const match of text.matchAll(GLUED_DIGITS)) {
      const note = Number(match[1]);
      if (note !== expected) continue;
      found.push({ note, index: match.index ?? 0, length: (match[1] ?? '').length });
      expected += 1;
    }
    return found;
  });
}

/** Removes markers from a raw text; returns the clean text and each marker's offset in it. */
export function stripMarkers(
  raw: string,
  markers: readonly RawMarker[],
): { text: string; offsets: number[] } {
  let text = '';
  let cursor = 0;
  const offsets: number[] = [];
  for (const marker of markers) {
    text += raw.slice(cursor, marker.index);
    offsets.push(text.length);
    cursor = marker.index + marker.length;
  }
  text += raw.slice(cursor);
  return { text, offsets };
}
