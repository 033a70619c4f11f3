// The SQL console: a question or SQL for a granted target, streamed over /ws/query (the
// token goes in the first message, never the URL); reads as tables, writes as their impact,
// and a waiting write's ticket followed live until a human decides.
import { $, api, el, flash, signedIn, token, when } from "/static/api.js";
import { impactView, statusBadge } from "/static/impact.js";
import { rowsTable } from "/static/rows.js";

const STEPS = {
  extract_intent: "Read the question", fetch_schema_context: "Looked up the schema",
  build_sql_query: "Wrote the SQL", validate_query: "Checked it with the guard",
  execute_select_query: "Ran it read-only", analyze_query_impact: "Measured the impact (dry run, rolled back)",
  check_approval_required: "Checked the policy: run now or ask a human",
  create_approval_request: "Asked a human for approval (ticket)",
  execute_approved_query: "Ran the approved write", respond: "Answered",
};
let grants = {};

const step = (text, detail) => $("steps").append(el("li", {}, text, detail ? el("pre", {}, detail) : null));

function showSql(sql) {
  if (!sql) return;
  $("sql").textContent = sql;
  $("sql-box").hidden = false;
}

function ticketBox(ticketId, status, words) {
  const box = $("ticket-box");
  box.replaceChildren(el("p", {}, statusBadge(status), " ",
    el("a", { href: `/approval/${encodeURIComponent(ticketId)}`, target: "_blank" }, `Ticket ${ticketId}`)),
  el("p", {}, words));
  box.hidden = false;
}

function answer(event) {
  showSql(event.sql);
  $("answer-message").textContent = event.message || "";
  $("answer-message").className = event.type === "error" ? "error" : "";
  if (event.columns) {
    const note = event.truncated
      ? `${event.row_count} rows shown: the result was truncated at the row limit, more rows exist; narrow the query to see them.`
      : `${event.row_count} row${event.row_count === 1 ? "" : "s"}.`;
    $("result").replaceChildren(el("p", { class: "muted" }, note), rowsTable(event.columns, event.rows));
  }
  if (event.impact) $("impact").replaceChildren(impactView(event.impact, { undoable: event.undoable }));
  if (event.status === "executed") {
    $("result").replaceChildren(el("p", {}, `Executed: ${event.row_count} rows changed. `,
      el("a", { href: "/activity" }, `Operation ${event.operation_id}`), " can be undone from Activity."));
    if (event.ticket_id) ticketBox(event.ticket_id, "EXECUTED", "Approved and run.");
  }
}

function handle(event) {
  switch (event.type) {
    case "step":
      step(STEPS[event.node] || event.node.replaceAll("_", " "), event.data?.sql || null);
      if (event.data?.sql) showSql(event.data.sql);
      break;
    case "result": case "error":
      answer(event);
      break;
    case "approval_required":
      answer(event);
      ticketBox(event.ticket_id, "PENDING_APPROVAL", "This write waits for a human. Nothing has run. "
        + "Keep this page open: when an approver approves, it runs here at once and you see the outcome; "
        + `if it is rejected or expires (${when(event.expires_at)}), it never runs.`);
      break;
    case "approved":
      ticketBox(event.ticket_id, "APPROVED", "Approved: running it now…");
      step("A human approved it");
      break;
    case "rejected": case "expired":
      ticketBox(event.ticket_id, event.type.toUpperCase(), `${event.type === "rejected"
        ? "Rejected by an approver" : "Expired"}: it never ran; nothing changed.`);
      step(`The ticket was ${event.type}`);
      break;
    default:
      break;
  }
}

function ask(event) {
  event.preventDefault();
  const query = $("query").value.trim();
  if (!query) return;
  for (const id of ["steps", "impact", "result", "ticket-box"]) $(id).replaceChildren();
  $("ticket-box").hidden = true;
  $("sql-box").hidden = true;
  $("answer-message").className = "muted";
  $("answer-message").textContent = "Working…";
  $("ask").disabled = true;
  const scheme = location.protocol === "https:" ? "wss" : "ws";
  const socket = new WebSocket(`${scheme}://${location.host}/ws/query`);
  socket.addEventListener("open", () => socket.send(JSON.stringify({
    token: token(), query, target: $("target").value })));
  socket.addEventListener("message", (message) => handle(JSON.parse(message.data)));
  socket.addEventListener("close", () => { $("ask").disabled = false; });
  socket.addEventListener("error", () => flash("The connection to the server was lost.", "bad"));
}

function describeAccess() {
  const access = grants[$("target").value];
  $("access").textContent = access === "write"
    ? "You may read, and request writes (they run by policy or wait for approval)."
    : "You may read this target; writes are refused.";
}

document.addEventListener("DOMContentLoaded", async () => {
  await signedIn();
  const { ok, data } = await api("GET", "/api/targets");
  if (!ok) { flash(data.message, "bad"); return; }
  grants = data;
  const names = Object.keys(grants);
  if (!names.length) flash("No SQL target is granted to you; an operator grants one.", "bad");
  $("target").replaceChildren(...names.map((n) => el("option", { value: n }, `${n} (${grants[n]})`)));
  describeAccess();
  $("target").addEventListener("change", describeAccess);
  $("ask-form").addEventListener("submit", ask);
  $("ask").disabled = names.length === 0;  // ready: the form is wired to the socket
  $("query").addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) $("ask-form").requestSubmit();
  });
});
