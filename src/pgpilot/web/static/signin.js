// Sign in or register; the token is kept for this tab only, never in a URL.
import { $, api, remember, token } from "/static/api.js";

const params = new URLSearchParams(location.search);
let registering = false;

const next = () => {
  const wanted = params.get("next") || "/tasks";
  return wanted.startsWith("/") && !wanted.startsWith("//") ? wanted : "/tasks";
};

const setMode = (register) => {
  registering = register;
  $("heading").textContent = register ? "Create an account" : "Sign in";
  $("submit").textContent = register ? "Create account" : "Sign in";
  $("password").autocomplete = register ? "new-password" : "current-password";
  $("tz-label").hidden = !register;
  $("switch-text").firstChild.textContent = register ? "Have an account? " : "No account yet? ";
  $("switch").textContent = register ? "Sign in" : "Create one";
  $("form-error").textContent = "";
};

const explain = (status, data) => {
  if (status === 0) return data.message;
  if (status === 429) return `Too many attempts: ${data.message}`;
  return data.message || "Something went wrong.";
};

const submit = async (event) => {
  event.preventDefault();
  const email = $("email").value.trim();
  const password = $("password").value;
  if (!email || !password) {
    $("form-error").textContent = "Enter your email and your password.";
    return;
  }
  if (registering) {
    if (password.length < 8) {
      $("form-error").textContent = "Choose a password of 8 characters or more.";
      return;
    }
    const timezone = $("timezone").value.trim() || "UTC";
    const made = await api("POST", "/api/auth/register", { email, password, timezone });
    if (!made.ok) { $("form-error").textContent = explain(made.status, made.data); return; }
  }
  const { ok, status, data } = await api("POST", "/api/auth/login", { email, password });
  if (!ok) { $("form-error").textContent = explain(status, data); return; }
  remember(data, email);
  location.assign(next());
};

document.addEventListener("DOMContentLoaded", () => {
  if (token()) { location.replace(next()); return; }
  $("timezone").value = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  if (params.get("reason")) $("form-error").textContent = params.get("reason");
  $("signin-form").addEventListener("submit", submit);
  $("switch").addEventListener("click", () => setMode(!registering));
  if (params.get("register")) setMode(true);
  $("email").focus();
});
