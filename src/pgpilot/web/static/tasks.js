// Tasks and the assistant: the list (filters, sort, add, edit, complete, delete, restore),
// the chat beside it, and the conversations it came from.
import { $, api, confirmAction, el, flash, signedIn, when } from "/static/api.js";

let me;
let conversationId = null;
let startNew = false;  // "New conversation" was clicked: the next message starts one
const base = () => `/api/${me.user_id}`;

// ---- the list
const filters = () => {
  const query = new URLSearchParams({ status: $("f-status").value, sort_by: $("f-sort").value, limit: "100" });
  if ($("f-priority").value) query.set("priority", $("f-priority").value);
  if ($("f-due").value) query.set("due", $("f-due").value);
  if ($("f-tag").value.trim()) query.set("tag", $("f-tag").value.trim());
  return query;
};

const tagsOf = (text) => text.split(",").map((t) => t.trim()).filter(Boolean);

async function loadTasks() {
  const { ok, data } = await api("GET", `${base()}/tasks?${filters()}`);
  if (!ok) { flash(data.message, "bad"); return; }
  const d = data.data;
  $("counts").textContent = `${d.returned_count} shown · ${d.pending_count} pending · ${d.completed_count} completed`;
  $("task-list").replaceChildren(...(d.tasks.length ? d.tasks.map(taskItem)
    : [el("li", { class: "muted" }, "No tasks match.")]));
}

function taskItem(task) {
  const meta = el("div", { class: "meta" },
    task.due_date ? el("span", { class: "due" }, `due ${task.due_date}`) : el("span", {}, "no due date"),
    el("span", { class: `prio prio-${task.priority}` }, `${task.priority} priority`),
    task.tags.map((t) => el("span", { class: "tag" }, `#${t}`)),
    task.completed ? el("span", {}, `done ${when(task.completed_date)}`) : null);
  const item = el("li", { class: `task${task.completed ? " done" : ""}`, dataset: { id: task.id } },
    el("button", { type: "button", class: "check", "aria-label": `Complete “${task.title}”`,
      disabled: task.completed, onclick: () => complete(task) }, task.completed ? "✓ Done" : "Complete"),
    el("span", { class: "title" }, task.title),
    el("div", { class: "buttons" },
      el("button", { type: "button", onclick: () => edit(item, task), "aria-label": `Edit “${task.title}”` }, "Edit"),
      el("button", { type: "button", onclick: () => remove(task), "aria-label": `Delete “${task.title}”` }, "Delete")),
    meta,
    task.description ? el("p", { class: "muted" }, task.description) : null);
  return item;
}

async function complete(task) {
  const { ok, data } = await api("POST", `${base()}/tasks/${task.id}/complete`);
  flash(data.message, ok ? "ok" : "bad");
  await loadTasks();
}

function edit(item, task) {
  const field = (label, input) => el("label", {}, label, input);
  const title = el("input", { value: task.title, maxlength: 200, required: true });
  const due = el("input", { type: "date", value: task.due_date || "" });
  const priority = el("select", {}, ["low", "medium", "high"].map((p) =>
    el("option", { selected: p === task.priority }, p)));
  const tags = el("input", { value: task.tags.join(", ") });
  const description = el("input", { value: task.description || "", maxlength: 1000 });
  const form = el("form", { class: "row", "aria-label": `Edit “${task.title}”` },
    field("Title", title), field("Due", due), field("Priority", priority), field("Tags", tags),
    field("Notes", description),
    el("div", { class: "actions" }, el("button", { class: "primary", type: "submit" }, "Save"),
      el("button", { type: "button", onclick: () => loadTasks() }, "Cancel")));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const body = { title: title.value, priority: priority.value, tags: tagsOf(tags.value),
      description: description.value };
    if (due.value && due.value !== task.due_date) body.due_date = due.value;
    const { ok, data } = await api("PATCH", `${base()}/tasks/${task.id}`, body);
    flash(data.message, ok || data.error_code === "NO_CHANGES" ? "ok" : "bad");
    if (ok || data.error_code === "NO_CHANGES") await loadTasks();
  });
  item.replaceChildren(el("div", { class: "title" }, form));
  title.focus();
}

async function remove(task) {
  if (!await confirmAction(`Delete “${task.title}”? You can restore it afterwards.`, "Delete")) return;
  const { ok, data } = await api("DELETE", `${base()}/tasks/${task.id}?confirmed=true`);
  if (!ok) { flash(data.message, "bad"); return; }
  flash(data.message, "ok", el("button", { type: "button", id: "undo-delete",
    onclick: () => restore(data.data.audit_id) }, "Restore"));
  await Promise.all([loadTasks(), loadDeleted()]);
}

async function restore(auditId) {
  const { ok, data } = await api("POST", `${base()}/tasks/restore/${auditId}`);
  flash(data.message, ok ? "ok" : "bad");
  await Promise.all([loadTasks(), loadDeleted()]);
}

async function loadDeleted() {
  const [deleted, restored] = await Promise.all([
    api("GET", "/api/audit?action=DELETE_TASK&limit=10"),
    api("GET", "/api/audit?action=RESTORE_TASK&limit=100")]);
  if (!deleted.ok || !restored.ok) return;
  const back = new Set(restored.data.map((e) => String(e.details.restored_from)));
  const open = deleted.data.filter((e) => !back.has(String(e.id)));
  $("deleted").replaceChildren(...(open.length ? open.map((e) => el("li", { class: "actions" },
    el("span", {}, e.resource_title), el("span", { class: "muted" }, when(e.created_at)),
    el("button", { type: "button", onclick: () => restore(e.id) }, "Restore")))
    : [el("li", { class: "muted" }, "Nothing deleted lately.")]));
}

async function add(event) {
  event.preventDefault();
  const body = { title: $("add-title").value, priority: $("add-priority").value,
    tags: tagsOf($("add-tags").value) };
  if ($("add-due").value) body.due_date = $("add-due").value;
  const { ok, data } = await api("POST", `${base()}/tasks`, body);
  flash(data.message, ok ? "ok" : "bad");
  if (ok) { $("add-form").reset(); await loadTasks(); }
}

// ---- the assistant
function callsView(calls) {
  if (!calls || !calls.length) return null;
  return el("details", { class: "calls" },
    el("summary", {}, `Tools: ${calls.map((c) => c.tool).join(", ")}`),
    calls.map((c) => el("pre", {}, `${c.tool}(${JSON.stringify(c.arguments)})\n→ ${
      c.result ? `${c.result.status}: ${c.result.message}` : "no result"}`)));
}

const message = (role, content, calls) => el("div", { class: `msg ${role}` },
  el("span", { class: "who" }, role === "user" ? "You" : "Assistant"), content, callsView(calls));

async function send(event) {
  event.preventDefault();
  const text = $("chat-input").value.trim();
  if (!text) return;
  $("chat-send").disabled = true;
  $("chat-log").append(message("user", text));
  $("chat-input").value = "";
  const body = { message: text };
  if (conversationId) body.conversation_id = conversationId;
  else if (startNew) body.new_conversation = true;
  const { ok, data } = await api("POST", `${base()}/chat`, body);
  $("chat-send").disabled = false;
  if (!ok) { $("chat-log").append(message("assistant", `Refused: ${data.message}`)); return; }
  conversationId = data.conversation_id;
  startNew = false;
  $("chat-log").append(message("assistant", data.message, data.tool_calls));
  $("chat-log").scrollTop = $("chat-log").scrollHeight;
  await Promise.all([loadTasks(), loadConversations(), loadDeleted()]);
}

async function loadConversations() {
  const { ok, data } = await api("GET", `${base()}/conversations?limit=30`);
  if (!ok) return;
  $("conversations").replaceChildren(...(data.length ? data.map((c) => el("li", {},
    el("a", { href: `#${c.id}`, "aria-current": c.id === conversationId ? "true" : "false",
      onclick: (event) => { event.preventDefault(); open(c.id); } },
    c.title, el("small", {}, `${when(c.updated_at)} · ${c.message_count} messages`))))
    : [el("li", { class: "muted" }, "None yet: say something to the assistant.")]));
}

async function open(id) {
  const { ok, data } = await api("GET", `${base()}/conversations/${encodeURIComponent(id)}/messages?limit=100`);
  if (!ok) { flash(data.message, "bad"); return; }
  conversationId = id;
  $("chat-log").replaceChildren(
    data.has_more ? el("p", { class: "muted" }, "Older messages are not shown.") : "",
    ...data.messages.map((m) => message(m.role, m.content, m.tool_calls)));
  $("chat-log").scrollTop = $("chat-log").scrollHeight;
  await loadConversations();
}

document.addEventListener("DOMContentLoaded", async () => {
  me = await signedIn();
  $("add-form").addEventListener("submit", add);
  $("filters").addEventListener("change", loadTasks);
  $("filters").addEventListener("submit", (event) => { event.preventDefault(); loadTasks(); });
  $("chat-form").addEventListener("submit", send);
  $("chat-input").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey) { event.preventDefault(); $("chat-form").requestSubmit(); }
  });
  $("new-conversation").addEventListener("click", () => {
    conversationId = null;
    startNew = true;
    $("chat-log").replaceChildren();
    loadConversations();
    $("chat-input").focus();
  });
  $("add").disabled = false;  // ready: the forms are wired to the API
  $("chat-send").disabled = false;
  await Promise.all([loadTasks(), loadConversations(), loadDeleted()]);
});
