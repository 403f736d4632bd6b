// Package replay runs logout handlers against the real session libraries
// the way a browser and an attacker would: sign in, keep the session
// cookie, log out, then send the old cookie again.
//
// A [Browser] keeps cookies as a browser does; [CheckFix] compares a
// handler before and after a suggested fix: the old cookie must be
// anonymous afterwards, the response must be unchanged, and the values the
// handler keeps for the next request (a flash message) must still be
// there. The handlers are served in-process through httptest.
//
// The session libraries are not requirements of the logoutcheck module, so
// code that uses them runs in a [Module]: a temporary module with the
// fixtures module's requirements, into which this package's own files are
// copied, so that code there can import it as
// example.com/fixtures/replay.
package replay
