// One ticket: nothing shows until its visitor signs in; then its SQL, impact, history, what
// happens next, and Approve/Reject for an approver or Run for its requester.
import { $, api, el, flash, signedIn, timeLeft, when } from "/static/api.js";
import { impactView, riskBadge, statusBadge } from "/static/impact.js";

const ticketId = decodeURIComponent(location.pathname.split("/").pop());
let me;

function nextStep(ticket, mine) {
  const who = mine ? "you" : ticket.requester;
  switch (ticket.status) {
    case "PENDING_APPROVAL":
      return "Nothing has run. If an approver approves, the write still does not run by itself: "
        + `it runs once, when ${who} (or an admin) runs it, or at once if ${who} is waiting in `
        + "the console or an agent run. Rejecting it means it never runs.";
    case "APPROVED":
      return "Approved but NOT run yet: nothing has changed in the database. It runs once, when "
        + `${who} (or an admin) runs it — automatically if their console or agent is still `
        + `waiting — and only if it touches no more rows than approved. It expires ${when(ticket.expires_at)}.`;
    case "EXECUTED":
      return `It ran: the rows changed. Operation ${ticket.operation_id} in Activity can undo it.`;
    case "FAILED":
      return "It was run but failed and was rolled back: nothing changed.";
    case "REJECTED":
      return "Rejected: it will never run.";
    case "EXPIRED":
      return "Expired before it ran: it will never run; ask again if it is still needed.";
    default:
      return "";
  }
}

function failureReason(ticket) {
  const failed = [...ticket.history].reverse().find((h) => h.status === "FAILED");
  return failed ? `Why it failed: ${failed.comment || failed.reason || "see the audit log"}` : "";
}

function render(ticket) {
  const mine = ticket.requester_id === me.user_id;
  $("ticket-id").textContent = ticket.id;
  $("status").replaceChildren(statusBadge(ticket.status));
  $("risk").replaceChildren(riskBadge(ticket.impact.risk));
  $("requester").textContent = ticket.requester;
  $("target").textContent = ticket.target;
  $("created").textContent = when(ticket.created_at);
  $("expires").textContent = ticket.status === "PENDING_APPROVAL" || ticket.status === "APPROVED"
    ? `expires ${when(ticket.expires_at)} (${timeLeft(ticket.expires_at)})` : `ticket closed`;
  $("reason").textContent = ticket.reason ? `Why it waits: ${ticket.reason}` : "";
  $("sql").textContent = ticket.sql;
  $("impact").replaceChildren(impactView(ticket.impact));
  $("next").textContent = nextStep(ticket, mine);
  $("failure").textContent = ticket.status === "FAILED" ? failureReason(ticket) : "";
  $("failure").hidden = ticket.status !== "FAILED";
  $("history").replaceChildren(...ticket.history.map((h) => el("li", {},
    el("b", {}, h.status), ` by ${h.by}, ${when(h.at)}`, h.comment ? ` — “${h.comment}”` : "")));
  $("decide").hidden = ticket.status !== "PENDING_APPROVAL" || !(me.can_approve || me.is_admin);
  $("run-box").hidden = ticket.status !== "APPROVED" || !(mine || me.is_admin);
  $("ticket").hidden = false;
}

async function load() {
  const { ok, data } = await api("GET", `/status/${encodeURIComponent(ticketId)}`);
  if (!ok) { flash(data.message, "bad"); $("ticket").hidden = true; return; }
  render(data);
}

async function decide(verb) {
  const { ok, data } = await api("POST", `/${verb}/${encodeURIComponent(ticketId)}`,
    { comment: $("comment").value || null });
  flash(ok ? `Ticket is now ${data.status}.` : `Refused: ${data.message}`, ok ? "ok" : "bad");
  if (ok) render(data);
}

async function run() {
  const { ok, data } = await api("POST", `/api/approvals/${encodeURIComponent(ticketId)}/execute`);
  flash(ok ? `Executed: ${data.rows_affected} rows changed (operation ${data.operation_id}).`
    : `Not run: ${data.message}`, ok ? "ok" : "bad");
  await load();
}

document.addEventListener("DOMContentLoaded", async () => {
  me = await signedIn();
  $("approve").addEventListener("click", () => decide("approve"));
  $("reject").addEventListener("click", () => decide("reject"));
  $("run").addEventListener("click", run);
  await load();
});
