// Starts the vendored Swagger UI on this app's schema; a static file, so the CSP holds.
"use strict";
window.addEventListener("DOMContentLoaded", () => {
  window.ui = window.SwaggerUIBundle({
    url: "/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    // The app's sign-in for this tab, unless the Authorize dialog set a token.
    requestInterceptor: (request) => {
      const token = sessionStorage.getItem("pgpilot_token");
      if (token && !request.headers.Authorization) request.headers.Authorization = `Bearer ${token}`;
      return request;
    },
  });
});
