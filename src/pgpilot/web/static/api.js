// Shared by every page: the tab's sign-in, calls to the REST API, and small DOM helpers.
// Data is only ever put on the page as text (textContent / createElement), never as HTML.
const KEY = "pgpilot_token";
const USER = "pgpilot_user";
const EMAIL = "pgpilot_token_email";

export const token = () => sessionStorage.getItem(KEY);

export const remember = (login, email) => {
  sessionStorage.setItem(KEY, login.access_token);
  sessionStorage.setItem(USER, String(login.user_id));
  sessionStorage.setItem(EMAIL, email);
};

export const forget = () => {
  for (const key of [KEY, USER, EMAIL]) sessionStorage.removeItem(key);
};

const here = () => location.pathname + location.search;

export const toSignIn = (reason) => {
  forget();
  const query = new URLSearchParams({ next: here() });
  if (reason) query.set("reason", reason);
  location.assign(`/signin?${query}`);
};

export async function api(method, path, body) {
  const headers = { accept: "application/json" };
  if (body !== undefined) headers["content-type"] = "application/json";
  const bearer = token();
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  let response;
  try {
    response = await fetch(path, { method, headers,
      body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    return { ok: false, status: 0, data: { message: "The server cannot be reached." } };
  }
  const data = await response.json().catch(() => ({ message: response.statusText }));
  if (response.status === 401 && bearer) toSignIn(data.message);
  return { ok: response.ok, status: response.status, data };
}

// The signed-in account with its rights; a visitor who is not signed in goes to sign in.
export async function signedIn() {
  if (!token()) {
    toSignIn();
    return new Promise(() => {});
  }
  const { ok, data } = await api("GET", "/api/auth/me");
  if (!ok) {
    toSignIn(data.message);
    return new Promise(() => {});
  }
  showNav(data);
  // Every signed-in page shows the notifications; loaded here so no page needs a second tag.
  import("/static/notifications.js").then((notes) => notes.start(data));
  return data;
}

export const mayUseSql = (me) => me.is_admin || Object.keys(me.grants).length > 0;
export const mayWrite = (me) => me.is_admin || Object.values(me.grants).includes("write");
export const mayApprove = (me) => me.can_approve || me.is_admin;

function showNav(me) {
  const rights = { grants: mayUseSql(me), tickets: mayApprove(me) || mayWrite(me) };
  const current = document.body.dataset.page;
  for (const link of document.querySelectorAll("#nav a")) {
    const needs = link.dataset.needs;
    link.hidden = needs ? !rights[needs] : false;
    if (link.dataset.page === current) link.setAttribute("aria-current", "page");
  }
  if (mayApprove(me)) document.querySelector('#nav a[data-page="approvals"]').textContent = "Approvals";
  else document.querySelector('#nav a[data-page="approvals"]').textContent = "My requests";
  document.getElementById("nav").hidden = false;
  document.getElementById("me-email").textContent = me.email;
  document.getElementById("who").hidden = false;
}

// el("p", { class: "x", onclick: fn }, "text", child): an element; strings become text.
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === "class") node.className = value;
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else if (name === "dataset") Object.assign(node.dataset, value);
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

export const $ = (id) => document.getElementById(id);

export function flash(message, kind = "info", ...extra) {
  const box = $("flash");
  box.className = `flash ${kind}`;
  box.replaceChildren(message, ...extra);
}

// A yes/no question in the page's <dialog>; resolves true only on the confirm button.
export function confirmAction(question, confirmLabel = "Confirm") {
  const dialog = $("confirm");
  $("confirm-text").textContent = question;
  $("confirm-ok").textContent = confirmLabel;
  return new Promise((resolve) => {
    dialog.addEventListener("close", () => resolve(dialog.returnValue === "ok"), { once: true });
    dialog.returnValue = "cancel";
    dialog.showModal();
    $("confirm-cancel").focus();
  });
}

export const when = (iso) => (iso ? new Date(iso).toLocaleString([], {
  dateStyle: "medium", timeStyle: "short" }) : "");

export function timeLeft(iso) {
  const minutes = Math.round((new Date(iso) - Date.now()) / 60000);
  if (minutes <= 0) return "expired";
  if (minutes < 60) return `${minutes} min left`;
  const hours = Math.floor(minutes / 60);
  return `${hours} h ${minutes % 60} min left`;
}

document.addEventListener("DOMContentLoaded", () => {
  $("signout")?.addEventListener("click", () => {
    forget();
    location.assign("/signin?reason=" + encodeURIComponent("You are signed out."));
  });
});
