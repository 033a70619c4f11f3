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
