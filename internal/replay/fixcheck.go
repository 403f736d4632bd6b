package replay

import (
	"maps"
	"slices"
	"testing"
)

// CheckFix runs the same logout on an app with the unfixed handler and on
// one with the handler as a suggested fix left it, and fails t where the
// fix is wrong: the cookies copied before the logout still load a
// signed-in session; the response differs (status, redirect target,
// body); or a value the unfixed handler kept for the next request (a
// flash message: any value the probe reports with the browser's cookies
// after the logout) is lost or different.
func CheckFix(t testing.TB, unfixed, fixed App) {
	t.Helper()
	before, after := Run(t, unfixed), Run(t, fixed)
	if after.Replay.Authenticated() {
		t.Errorf("%s as fixed: the cookies from before the logout still sign in %q", fixed.Logout, after.Replay.User)
	}
	if after.Browser.Authenticated() {
		t.Errorf("%s as fixed: the next request is still signed in as %q", fixed.Logout, after.Browser.User)
	}
	type answer struct {
		status         int
		location, body string
	}
	b := answer{before.LogoutStatus, before.LogoutLocation, before.LogoutBody}
	a := answer{after.LogoutStatus, after.LogoutLocation, after.LogoutBody}
	if a != b {
		t.Errorf("%s: the fix changes the response from %+v to %+v", fixed.Logout, b, a)
	}
	for _, k := range slices.Sorted(maps.Keys(before.Browser.Values)) {
		if bv, av := before.Browser.Values[k], after.Browser.Values[k]; bv != av {
			t.Errorf("%s: the fix changes %s for the next request from %q to %q", fixed.Logout, k, bv, av)
		}
	}
}
