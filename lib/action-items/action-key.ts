// Action items are matched across versions by their text, trimmed and in any case: the editor
// keeps no ids, and reordering the list is not a change. Pure.
export const actionKey = (a: { action: string }) => a.action.trim().toLowerCase();
