// Package analyzer defines logoutcheck, an analyzer that reports logout
// handlers which leave the session valid on the server.
//
// # Analyzer logoutcheck
//
// logoutcheck: report logout handlers that do not invalidate the session on the server
//
// A logout handler that only redirects, deletes a session value or expires
// the cookie in the browser leaves the session record valid on the server:
// anyone holding the old session token (a stolen cookie, a shared machine,
// a proxy log) can keep acting as the user after logout (CWE-613, OWASP
// ASVS 3.3.1). logoutcheck finds logout-like HTTP handlers (by name and by
// the route they are registered on) for net/http, chi, gorilla/mux, gin,
// echo, fiber, iris, hertz, beego, revel, buffalo, goframe, macaron,
// flamego, fasthttp, huma and connect or gRPC services, and checks that
// every normal path through them destroys or rotates the session with the
// session libraries of the supported frameworks (scs, gorilla/sessions,
// gin-contrib/sessions, echo-contrib, fiber, iris, hertz-contrib, beego,
// simplesessions, authboss, gothic and others: see the README), or in
// the application's own storage: its helpers, SQL and key-value deletes,
// deny-lists. Logouts that use golangcollege/sessions, whose sessions live
// only in the cookie, are reported as cookie-store.
//
// Findings come in six categories: no-invalidation, client-only,
// unsaved, cookie-store, values-only and remember-me (the session ends,
// but a remember-me cookie the app issues and accepts stays valid on the
// server); a logoutcheck:ignore directive
// that suppresses nothing is reported as directive. See
// https://github.com/logoutcheck/logoutcheck for each, with examples and
// settings.
package analyzer
