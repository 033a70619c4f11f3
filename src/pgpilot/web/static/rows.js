// Query results and row images as tables: values by their JSON type, NULL shown as NULL,
// numbers exactly as the server sent them.
import { el } from "/static/api.js";

export function cell(value) {
  if (value === null || value === undefined) return el("td", { class: "null" }, "NULL");
  if (typeof value === "number" || typeof value === "bigint") return el("td", { class: "num" }, String(value));
  if (typeof value === "boolean") return el("td", {}, value ? "true" : "false");
  if (typeof value === "object") return el("td", {}, el("code", {}, JSON.stringify(value)));
  return el("td", {}, value);
}

export function rowsTable(columns, rows, caption) {
  return el("div", { class: "scroll" }, el("table", { class: "rows" },
    caption ? el("caption", { class: "muted" }, caption) : null,
    el("thead", {}, el("tr", {}, columns.map((c) => el("th", { scope: "col" }, c)))),
    el("tbody", {}, rows.map((row) => el("tr", {}, row.map(cell))))));
}

// Row images ({column: value} objects) as a table of their columns.
export function imagesTable(images, caption) {
  if (!images.length) return el("p", { class: "muted" }, `${caption}: none`);
  const columns = Object.keys(images[0]);
  return rowsTable(columns, images.map((image) => columns.map((c) => image[c])), caption);
}

const MAX_SHOWN = 50;
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

// One table's before/after images: updated rows show their key and only the columns that
// changed (before → after); inserted and deleted rows show whole.
export function changesView(table) {
  const keyOf = (row) => JSON.stringify(table.key.map((k) => row[k]));
  const after = new Map(table.after.map((row) => [keyOf(row), row]));
  const before = new Map(table.before.map((row) => [keyOf(row), row]));
  const updated = table.before.filter((row) => after.has(keyOf(row)));
  const deleted = table.before.filter((row) => !after.has(keyOf(row)));
  const inserted = table.after.filter((row) => !before.has(keyOf(row)));
  const parts = [];
  if (updated.length) {
    const changed = Object.keys(updated[0]).filter((c) => !table.key.includes(c)
      && updated.some((row) => !same(row[c], after.get(keyOf(row))[c])));
    const columns = [...table.key, ...changed.flatMap((c) => [`${c} before`, `${c} after`])];
    const rows = updated.slice(0, MAX_SHOWN).map((row) => [...table.key.map((k) => row[k]),
      ...changed.flatMap((c) => [row[c], after.get(keyOf(row))[c]])]);
    parts.push(rowsTable(columns, rows, shown("updated", updated.length)));
  }
  if (deleted.length) parts.push(imagesTable(deleted.slice(0, MAX_SHOWN), shown("deleted", deleted.length)));
  if (inserted.length) parts.push(imagesTable(inserted.slice(0, MAX_SHOWN), shown("inserted", inserted.length)));
  return parts.length ? parts : [el("p", { class: "muted" }, "No row images.")];
}

const shown = (what, count) => (count > MAX_SHOWN ? `${what}: the first ${MAX_SHOWN} of ${count} rows`
  : `${what}: ${count} row${count === 1 ? "" : "s"}`);
