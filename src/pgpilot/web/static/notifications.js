// The signed-in user's notifications (reminders that arrived) in the bar of every page:
// an unread count, and a list whose items can be marked read. Refreshed every minute.
import { $, api, el, flash, when } from "/static/api.js";

const EVERY_MS = 60_000;
const SHOWN = 20;
let base = "";

function item(note) {
  const read = note.read_at !== null;
  return el("li", { class: read ? "note read" : "note", dataset: { id: String(note.id) } },
    el("strong", {}, note.title),
    el("span", { class: "muted" }, when(note.created_at)),
    el("p", {}, note.body),
    read
      ? el("span", { class: "muted" }, "Read")
      : el("button", { type: "button", class: "link", onclick: () => markRead(note.id) }, "Mark read"));
}

async function refresh() {
  const [recent, unread] = await Promise.all([
    api("GET", `${base}?limit=${SHOWN}`),
    api("GET", `${base}?unread=true&limit=100`),
  ]);
  if (!recent.ok || !unread.ok) return;
  const count = unread.data.length;
  const badge = $("notes-count");
  badge.textContent = count >= 100 ? "99+" : String(count);
  badge.hidden = count === 0;
  $("notes-toggle").title = count ? `${count} unread` : "Nothing unread";
  $("notes-list").replaceChildren(...recent.data.map(item));
  $("notes-empty").hidden = recent.data.length > 0;
}

async function markRead(id) {
  const { ok, data } = await api("POST", `${base}/${id}/read`);
  if (!ok) flash(data.message, "bad");
  await refresh();
}

function toggle() {
  const panel = $("notes-panel");
  panel.hidden = !panel.hidden;
  $("notes-toggle").setAttribute("aria-expanded", String(!panel.hidden));
}

export function start(me) {
  base = `/api/${me.user_id}/notifications`;
  $("notes-toggle").addEventListener("click", toggle);
  $("notes-panel").addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    toggle();
    $("notes-toggle").focus();
  });
  $("notes").hidden = false;
  refresh();
  setInterval(refresh, EVERY_MS);
}
