// The audit log you may see (your own; an admin's all): each write with its SQL, actor, time,
// counts, before/after rows, and Undo.
import { $, api, confirmAction, el, flash, signedIn, when } from "/static/api.js";
import { countsTable } from "/static/impact.js";
import { changesView } from "/static/rows.js";

const WORDS = {
  "sql.execute": "Write", "sql.undo": "Undo", "approval.decide": "Decision",
  "DELETE_TASK": "Deleted task", "RESTORE_TASK": "Restored task",
};

async function showRows(event, box, button) {
  const { ok, data } = await api("GET", `/api/audit/${event.id}`);
  if (!ok) { flash(data.message, "bad"); return; }
  button.hidden = true;
  const images = (data.details.images || []).filter((t) => t.before.length || t.after.length);
  box.replaceChildren(...(images.length ? images.map((t) => el("div", { class: "images" },
    el("h3", {}, `${t.schema}.${t.name}`), ...changesView(t)))
    : [el("p", { class: "muted" }, "No row images were kept for this write.")]));
}

async function undo(event) {
  const question = `Undo write ${event.id}? Its rows go back to how they were before it ran `
    + "(refused if someone changed them since).";
  if (!await confirmAction(question, "Undo")) return;
  const { ok, data } = await api("POST", `/api/operations/${event.id}/undo`);
  if (ok) flash(`Undone: ${data.rows_restored} rows restored.`, "ok");
  else if (data.error_code === "CONFLICT") flash(`Not undone: ${data.message}. A row changed `
    + "after this write, and undo never overwrites a newer change.", "bad");
  else flash(`Not undone: ${data.message}`, "bad");
  await load();
}

function writeDetails(event) {
  const d = event.details;
  const rows = el("div", {});
  const show = el("button", { type: "button", onclick: () => showRows(event, rows, show) },
    "Show before/after rows");
  const undone = d.undone_by ? el("p", { class: "muted" }, `Undone (audit event ${d.undone_by}).`) : null;
  const canUndo = d.undoable && !d.undone_by;
  return [
    el("pre", {}, d.sql),
    el("p", { class: "muted" }, `Target ${d.target} · ${d.rows_affected} rows changed`
      + (d.undoable ? "" : ` · cannot be undone${d.undo_note ? `: ${d.undo_note}` : ""}`)),
    countsTable(d.tables || {}),
    undone,
    el("div", { class: "actions" }, show,
      canUndo ? el("button", { type: "button", class: "danger", onclick: () => undo(event) }, "Undo") : null),
    rows,
  ];
}

function line(event) {
  const d = event.details || {};
  let body = [];
  if (event.action === "sql.execute") body = writeDetails(event);
  else if (event.action === "sql.undo") body = [el("p", {}, `Restored ${d.rows_restored} rows of write ${d.operation_id}.`)];
  else if (event.action === "approval.decide") body = [el("p", {}, `${d.status} a request by ${d.requester}`,
    d.comment ? ` — “${d.comment}”` : ""), el("pre", {}, event.resource_title || "")];
  else body = [el("p", {}, event.resource_title || "")];
  return el("li", { class: "ticket-line", dataset: { id: event.id, action: event.action } },
    el("div", { class: "actions" }, el("b", {}, WORDS[event.action] || event.action),
      el("span", { class: "muted" }, `#${event.id} by ${event.actor}, ${when(event.created_at)}`)),
    ...body);
}

async function load() {
  const action = $("action").value;
  const { ok, data } = await api("GET", `/api/audit?limit=100${action ? `&action=${action}` : ""}`);
  if (!ok) { flash(data.message, "bad"); return; }
  $("events").replaceChildren(...(data.length ? data.map(line)
    : [el("li", { class: "muted" }, "Nothing yet.")]));
}

document.addEventListener("DOMContentLoaded", async () => {
  const me = await signedIn();
  $("intro").textContent = me.is_admin ? "Everything everyone did, newest first (you are an admin)."
    : "What you did, newest first.";
  $("action").addEventListener("change", load);
  $("refresh").addEventListener("click", load);
  await load();
});
