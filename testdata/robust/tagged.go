//go:build never

package robust

import "net/http"

// Excluded by its build tag: not analysed.
func TaggedLogout(w http.ResponseWriter, r *http.Request) {}
