// The schema browser: a granted target's tables with row estimates, columns, keys, foreign
// keys both ways, indexes and comments, from schema intelligence.
import { $, api, el, flash, signedIn } from "/static/api.js";

let tables = [];

const qualified = (t) => `${t.schema}.${t.name}`;

function tableView(table, incoming) {
  const pk = new Set(table.primary_key);
  return el("details", { class: "ticket-line", dataset: { table: qualified(table) } },
    el("summary", {}, el("b", {}, qualified(table)), " ",
      el("span", { class: "muted" }, `${table.kind} · ~${table.row_estimate ?? "?"} rows`),
      table.comment ? el("span", { class: "muted" }, ` — ${table.comment}`) : null),
    el("div", { class: "scroll" }, el("table", {},
      el("thead", {}, el("tr", {}, ["column", "type", "null?", "default", "comment"].map((h) => el("th", { scope: "col" }, h)))),
      el("tbody", {}, table.columns.map((c) => el("tr", {},
        el("td", {}, c.name, pk.has(c.name) ? el("span", { class: "tag" }, "primary key") : null),
        el("td", {}, el("code", {}, c.type)), el("td", {}, c.nullable ? "null" : "not null"),
        el("td", {}, c.default ? el("code", {}, c.default) : ""), el("td", {}, c.comment || "")))))),
    el("h3", {}, "References"),
    table.foreign_keys.length ? el("ul", {}, table.foreign_keys.map((fk) => el("li", {},
      `(${fk.columns.join(", ")}) → ${fk.references} (${fk.referenced_columns.join(", ")}), on delete ${fk.on_delete}`)))
      : el("p", { class: "muted" }, "None."),
    el("h3", {}, "Referenced by"),
    incoming.length ? el("ul", {}, incoming.map(([from, fk]) => el("li", {},
      `${from} (${fk.columns.join(", ")}), on delete ${fk.on_delete}`)))
      : el("p", { class: "muted" }, "None."),
    el("h3", {}, "Indexes"),
    table.indexes.length ? el("ul", {}, table.indexes.map((i) => el("li", {}, el("code", {}, i.definition))))
      : el("p", { class: "muted" }, "None."));
}

function render() {
  const find = $("find").value.trim().toLowerCase();
  const shown = tables.filter((t) => !find || qualified(t).toLowerCase().includes(find)
    || (t.comment || "").toLowerCase().includes(find));
  const incoming = (t) => tables.flatMap((other) => other.foreign_keys
    .filter((fk) => fk.references === qualified(t) || fk.references === t.name)
    .map((fk) => [qualified(other), fk]));
  $("count").textContent = `${shown.length} of ${tables.length} tables and views`;
  $("tables").replaceChildren(...shown.map((t) => tableView(t, incoming(t))));
}

async function load() {
  $("tables").replaceChildren(el("p", { class: "muted" }, "Loading…"));
  const { ok, data } = await api("GET", `/api/targets/${encodeURIComponent($("target").value)}/schema`);
  if (!ok) { flash(data.message, "bad"); $("tables").replaceChildren(); return; }
  tables = data.tables;
  render();
}

document.addEventListener("DOMContentLoaded", async () => {
  await signedIn();
  const { ok, data } = await api("GET", "/api/targets");
  if (!ok) { flash(data.message, "bad"); return; }
  const names = Object.keys(data);
  if (!names.length) { flash("No SQL target is granted to you; an operator grants one.", "bad"); return; }
  $("target").replaceChildren(...names.map((n) => el("option", { value: n }, n)));
  $("target").addEventListener("change", load);
  $("find").addEventListener("input", render);
  $("schema-form").addEventListener("submit", (e) => e.preventDefault());
  await load();
});
