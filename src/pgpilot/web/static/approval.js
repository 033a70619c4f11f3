// The approval page's script (a file, because the CSP allows no inline script).
"use strict";
const ticket = document.body.dataset.ticket;
const show = (text) => { document.getElementById("result").textContent = text; };
const post = (path, body, token) => fetch(path, { method: "POST", body: JSON.stringify(body),
  headers: { "content-type": "application/json",
             ...(token ? { authorization: `Bearer ${token}` } : {}) } });
// The token lives in this tab only; a human signs in, the agent never sees it.
const signIn = async () => {
  const saved = sessionStorage.getItem("pgpilot_token");
  if (saved) return saved;
  const email = document.getElementById("email").value.trim();
  const password = document.getElementById("password").value;
  if (!email || !password) { show("Sign in first: your email and password."); return null; }
  const response = await post("/api/auth/login", { email, password });
  const data = await response.json();
  if (!response.ok) { show(`Refused: ${data.message}`); return null; }
  sessionStorage.setItem("pgpilot_token", data.access_token);
  return data.access_token;
};
const decide = async (verb) => {
  const token = await signIn();
  if (!token) return;
  const response = await post(`/${verb}/${encodeURIComponent(ticket)}`,
    { comment: document.getElementById("comment").value || null }, token);
  const data = await response.json();
  if (response.status === 401 || response.status === 403) {
    sessionStorage.removeItem("pgpilot_token");  // sign in again, perhaps as someone else
  }
  show(response.ok ? `Ticket is now ${data.status}.` : `Refused: ${data.message}`);
  if (response.ok) { document.getElementById("status").textContent = data.status;
    document.getElementById("decide").hidden = true; }
};
document.getElementById("approve").onclick = () => decide("approve");
document.getElementById("reject").onclick = () => decide("reject");
