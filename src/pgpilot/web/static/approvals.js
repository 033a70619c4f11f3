// The approvals inbox: tickets newest first; approvers see everyone's, others their own.
import { $, api, el, flash, mayApprove, signedIn, timeLeft, when } from "/static/api.js";
import { riskBadge, statusBadge, summaryOf } from "/static/impact.js";

let me;

const line = (ticket) => el("li", { class: "ticket-line", dataset: { id: ticket.id } },
  el("div", { class: "actions" }, riskBadge(ticket.impact.risk), statusBadge(ticket.status),
    el("a", { href: `/approval/${encodeURIComponent(ticket.id)}` }, `Ticket ${ticket.id.slice(0, 8)}`)),
  el("p", { class: "summary" }, summaryOf(ticket.impact)),
  el("pre", {}, ticket.sql),
  el("p", { class: "muted" }, `Requested by ${ticket.requester} on target ${ticket.target}, `,
    when(ticket.created_at),
    ticket.status === "PENDING_APPROVAL" ? ` · ${timeLeft(ticket.expires_at)}` : ""));

async function load() {
  const status = $("status").value;
  const { ok, data } = await api("GET", `/api/approvals${status ? `?status=${status}` : ""}`);
  if (!ok) { flash(data.message, "bad"); return; }
  $("tickets").replaceChildren(...(data.length ? data.map(line)
    : [el("li", { class: "muted" }, "Nothing here.")]));
}

document.addEventListener("DOMContentLoaded", async () => {
  me = await signedIn();
  if (!mayApprove(me)) {
    $("heading").textContent = "My requests";
    $("intro").textContent = "Writes you asked for that wait for, or had, a human's decision.";
  } else {
    $("intro").textContent = "Writes waiting for a human, newest first. Open one to read its impact and decide.";
  }
  $("status").addEventListener("change", load);
  $("refresh").addEventListener("click", load);
  await load();
});
