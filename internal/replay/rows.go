package replay

import (
	"encoding/json"
	"fmt"
	"os"
)

// A Claim is what the knowledge table says a call, assignment or store
// does to the session; the library tests check it by running the library.
type Claim string

const (
	// Kill: the server-side record of the cookie's session is deleted; the
	// replayed cookie loads no session.
	Kill Claim = "kill"
	// Clear: values are removed and the library persists that itself; the
	// replayed cookie still loads the (now anonymous) session.
	Clear Claim = "clear"
	// ClearPending: values are removed in memory only: without a save the
	// replayed cookie still authenticates; with one, it loads an anonymous
	// session.
	ClearPending Claim = "clear-pending"
	// Mark: the session is marked for deletion (negative MaxAge): without
	// a save nothing changes; with one, a server store deletes the record.
	Mark Claim = "mark"
	// Save: pending changes are written: without the save, a marked
	// session stays signed in, in the browser too; with it, the browser's
	// cookie is anonymous.
	Save Claim = "save"
	// Delete: marked and saved at once.
	Delete Claim = "delete"
	// Client: only the browser cookie changes; the replayed cookie still
	// authenticates.
	Client Claim = "client"
	// Fresh: a new, empty session, not the request's: without a save
	// nothing changes; saved, it replaces the browser's cookie, and the
	// replayed cookie still authenticates (whatever the store).
	Fresh Claim = "fresh"
	// ServerStore: the store keeps sessions on the server: MaxAge = -1 and
	// a save delete the record.
	ServerStore Claim = "server-store"
	// CookieStore: the session is the cookie: after MaxAge = -1 and a
	// save, the replayed cookie still authenticates.
	CookieStore Claim = "cookie-store"
)

// A Row is one row of the knowledge table, as the library tests receive it.
type Row struct {
	Table string `json:"table"` // the table's name
	Name  string `json:"name"`  // canonical API name, or package.Type for a type
	Claim Claim  `json:"claim"`
}

func (r Row) String() string { return r.Table + " " + r.Name }

// RowsEnv names the environment variable that holds the path of the rows
// file (WriteRows) the library tests check.
const RowsEnv = "LOGOUTCHECK_REPLAY_ROWS"

// WriteRows writes rows to the file at path.
func WriteRows(path string, rows []Row) error {
	b, err := json.MarshalIndent(rows, "", "\t")
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}

// ReadRows reads the rows file at path.
func ReadRows(path string) ([]Row, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var rows []Row
	if err := json.Unmarshal(b, &rows); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return rows, nil
}
