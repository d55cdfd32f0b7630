// How deeply a JSON text nests its objects and arrays, read without parsing it (brackets inside
// strings do not count). Requests deeper than any form of ours are refused before anything
// recursive (parsing, validation, walking fields) can run out of stack on them. Pure.

/** Whether the text nests objects and arrays more than `max` levels deep. */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // a backslash escapes the next character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > max) return true;
    } else if (c === 125 || c === 93) depth--;
  }
  return false;
}
