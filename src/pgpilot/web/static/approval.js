// The approval page: nothing about the ticket is shown until a person signs in. The token
// lives in this tab only (sessionStorage), never in a URL; an agent never sees it.
"use strict";
const KEY = "pgpilot_token";
const $ = (id) => document.getElementById(id);
const ticketId = decodeURIComponent(location.pathname.split("/").pop());
const show = (text) => { $("result").textContent = text; };

const call = async (method, path, body) => {
  const token = sessionStorage.getItem(KEY);
  const headers = { "content-type": "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(path, { method, headers,
    body: body === undefined ? undefined : JSON.stringify(body) });
  const data = await response.json().catch(() => ({ message: response.statusText }));
  return { response, data };
};

const signedOut = (message) => {
  sessionStorage.removeItem(KEY);
  sessionStorage.removeItem(`${KEY}_email`);
  $("ticket").hidden = true;
  $("signin").hidden = false;
  show(message || "");
};

const render = (ticket) => {
  $("ticket-id").textContent = ticket.id;
  $("status").textContent = ticket.status;
  $("me").textContent = sessionStorage.getItem(`${KEY}_email`) || "";
  $("requester").textContent = ticket.requester;
  $("target").textContent = ticket.target;
  $("expires").textContent = ticket.expires_at.slice(0, 16).replace("T", " ");
  $("reason").textContent = ticket.reason || "";
  $("sql").textContent = ticket.sql;
  const impact = ticket.impact;
  $("risk").textContent = impact.risk;
  $("risk").className = `risk ${impact.risk}`;
  $("rows").textContent = String(impact.rows);
  $("method").textContent = String(impact.method).replaceAll("_", " ");
  $("tables").replaceChildren(...Object.keys(impact.tables).sort().map((name) => {
    const row = document.createElement("tr");
    const change = impact.tables[name];
    for (const text of [name, change.inserted, change.updated, change.deleted]) {
      const cell = document.createElement("td");
      cell.textContent = String(text);
      row.append(cell);
    }
    return row;
  }));
  $("reasons").replaceChildren(...(impact.reasons || []).map((text) => {
    const item = document.createElement("li");
    item.textContent = String(text);
    return item;
  }));
  $("decide").hidden = ticket.status !== "PENDING_APPROVAL";
  $("signin").hidden = true;
  $("ticket").hidden = false;
};

const load = async () => {
  if (!sessionStorage.getItem(KEY)) { signedOut(); return; }
  const { response, data } = await call("GET", `/status/${encodeURIComponent(ticketId)}`);
  if (response.status === 401) { signedOut(`Sign in again: ${data.message}`); return; }
  if (!response.ok) { $("ticket").hidden = true; $("signin").hidden = true;
    show(`${data.message} `); addSignOut(); return; }
  render(data);
};

const addSignOut = () => {
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = "Sign in as someone else";
  button.addEventListener("click", () => signedOut());
  $("result").append(button);
};

const signIn = async (event) => {
  event.preventDefault();
  const email = $("email").value.trim();
  const password = $("password").value;
  if (!email || !password) { show("Sign in first: your email and password."); return; }
  const { response, data } = await call("POST", "/api/auth/login", { email, password });
  if (!response.ok) { show(`Refused: ${data.message}`); return; }
  sessionStorage.setItem(KEY, data.access_token);
  sessionStorage.setItem(`${KEY}_email`, email);
  $("password").value = "";
  show("");
  await load();
};

const decide = async (verb) => {
  const { response, data } = await call("POST", `/${verb}/${encodeURIComponent(ticketId)}`,
    { comment: $("comment").value || null });
  if (response.status === 401) { signedOut(`Sign in again: ${data.message}`); return; }
  show(response.ok ? `Ticket is now ${data.status}.` : `Refused: ${data.message}`);
  if (response.ok) render(data);
};

document.addEventListener("DOMContentLoaded", () => {
  $("signin").addEventListener("submit", signIn);
  $("signout").addEventListener("click", () => signedOut("Signed out."));
  $("approve").addEventListener("click", () => decide("approve"));
  $("reject").addEventListener("click", () => decide("reject"));
  load();
});
