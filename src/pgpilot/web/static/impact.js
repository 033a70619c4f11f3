// How a write's impact reads everywhere: its sentence, risk in words, and counts per table.
import { el } from "/static/api.js";

export const riskBadge = (risk) =>
  el("span", { class: `risk risk-${risk}` }, `${risk} risk`);

const STATUS_WORDS = {
  PENDING_APPROVAL: "Waiting for approval",
  APPROVED: "Approved, not run yet",
  REJECTED: "Rejected, will never run",
  EXPIRED: "Expired, will never run",
  EXECUTED: "Executed",
  FAILED: "Failed, nothing changed",
};

export const statusBadge = (status) =>
  el("span", { class: `status status-${status}` }, STATUS_WORDS[status] || status);

export function summaryOf(impact) {
  if (impact.summary) return impact.summary;
  const parts = Object.entries(impact.tables || {}).map(([name, c]) =>
    `${name}: +${c.inserted} ~${c.updated} -${c.deleted}`);
  return parts.length ? `Changes ${impact.rows} rows (${parts.join(", ")}).` : "Changes no rows.";
}

export function countsTable(tables) {
  const rows = Object.keys(tables).sort().map((name) => {
    const change = tables[name];
    return el("tr", {}, el("th", { scope: "row" }, name),
      ...["inserted", "updated", "deleted"].map((k) => el("td", { class: "num" }, String(change[k]))));
  });
  return el("div", { class: "scroll" }, el("table", { class: "counts" },
    el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "table"),
      el("th", { scope: "col", class: "num" }, "inserted"),
      el("th", { scope: "col", class: "num" }, "updated"),
      el("th", { scope: "col", class: "num" }, "deleted"))),
    el("tbody", {}, rows)));
}

export function impactView(impact, { undoable } = {}) {
  const method = impact.method === "dry_run" ? "measured by a dry run that was rolled back"
    : "estimated by the planner";
  const undo = undoable === undefined ? null
    : el("p", {}, undoable ? "Can be undone from its before-images." : "Cannot be undone.");
  return el("section", { class: "impact" },
    el("p", { class: "summary" }, riskBadge(impact.risk), " ", summaryOf(impact)),
    el("p", { class: "muted" }, `${impact.rows} rows in all, ${method}.`),
    countsTable(impact.tables || {}),
    (impact.reasons || []).length
      ? el("ul", { class: "reasons" }, impact.reasons.map((r) => el("li", {}, r))) : null,
    undo);
}
