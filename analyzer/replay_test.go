package analyzer

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/logoutcheck/logoutcheck/internal/replay"
)

// replayModule is the module whose tests run the session libraries.
var replayModule = filepath.Join("..", "internal", "replay", "libraries")

// replayClaims says what each effect of the table claims at run time.
var replayClaims = map[effect]replay.Claim{
	effKill:             replay.Kill,
	effClear:            replay.Clear,
	effClearPending:     replay.ClearPending,
	effMark:             replay.Mark,
	effMarkIfNegative:   replay.Mark, // the proofs pass a negative MaxAge
	effKillUnlessFalse:  replay.Kill, // the proofs pass true
	effSave:             replay.Save,
	effDelete:           replay.Delete,
	effClient:           replay.Client,
	effDeleteUnlessKept: replay.Delete, // the proofs keep no keys
	effFresh:            replay.Fresh,
}

var replayStoreClaims = map[storeKind]replay.Claim{
	storeServer: replay.ServerStore,
	storeCookie: replay.CookieStore,
}

// knowledgeRows returns the rows of the knowledge table that say what a
// call, an assignment or a store does to the session at run time.
func knowledgeRows(t *testing.T) []replay.Row {
	var rows []replay.Row
	for _, a := range sessionAPIs {
		claim, ok := replayClaims[a.Effect]
		if !ok {
			t.Fatalf("sessionAPIs %s: effect %d has no replay claim", a.Name, a.Effect)
		}
		rows = append(rows, replay.Row{Table: "sessionAPIs", Name: a.Name, Claim: claim})
	}
	for name, kind := range storeConstructors {
		claim, ok := replayStoreClaims[kind]
		if !ok {
			t.Fatalf("storeConstructors %s: store kind %d has no replay claim", name, kind)
		}
		rows = append(rows, replay.Row{Table: "storeConstructors", Name: name, Claim: claim})
	}
	for tn, kind := range storeTypes {
		claim, ok := replayStoreClaims[kind]
		if !ok {
			t.Fatalf("storeTypes %s.%s: store kind %d has no replay claim", tn.Pkg, tn.Name, kind)
		}
		rows = append(rows, replay.Row{Table: "storeTypes", Name: tn.Pkg + "." + tn.Name, Claim: claim})
	}
	// Assignments: a negative MaxAge marks the session (maxAgeFields, and
	// an Options value with one, optionsFields); removing values from the
	// Values map changes memory only (valuesFields).
	for _, tn := range maxAgeFields {
		rows = append(rows, replay.Row{Table: "maxAgeFields", Name: tn.Pkg + "." + tn.Name, Claim: replay.Mark})
	}
	for _, tn := range optionsFields {
		rows = append(rows, replay.Row{Table: "optionsFields", Name: tn.Pkg + "." + tn.Name, Claim: replay.Mark})
	}
	for _, tn := range valuesFields {
		rows = append(rows, replay.Row{Table: "valuesFields", Name: tn.Pkg + "." + tn.Name, Claim: replay.ClearPending})
	}
	// Removing values from a session map is written back by the library.
	for _, tn := range sessionMaps {
		rows = append(rows, replay.Row{Table: "sessionMaps", Name: tn.Pkg + "." + tn.Name, Claim: replay.Clear})
	}
	// A delete from the storage of a session store deletes the record.
	for name := range storageDeletes {
		rows = append(rows, replay.Row{Table: "storageDeletes", Name: name, Claim: replay.Kill})
	}
	return rows
}

// TestReplay checks every effect row of the knowledge table against the
// real library: it hands the rows to the tests of internal/replay/libraries,
// a module of its own that requires the session libraries, and runs them.
// Those tests fail for a row without a replay scenario, and for a row the
// library contradicts.
func TestReplay(t *testing.T) {
	t.Parallel()
	rowsFile := filepath.Join(t.TempDir(), "rows.json")
	if err := replay.WriteRows(rowsFile, knowledgeRows(t)); err != nil {
		t.Fatal(err)
	}
	// Read the module's files, so that go test's cache of this test's
	// result is invalidated when they change.
	for _, dir := range []string{replayModule, filepath.Dir(replayModule)} {
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				if d != nil && d.IsDir() && path != dir {
					return filepath.SkipDir
				}
				return err
			}
			_, err = os.ReadFile(path)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}

	args := []string{"test"}
	if testing.Verbose() {
		args = append(args, "-v")
	}
	cmd := exec.Command("go", append(args, "./...")...)
	cmd.Dir = replayModule
	cmd.Env = append(os.Environ(),
		replay.RowsEnv+"="+rowsFile,
		"GOWORK=off",
		"GOFLAGS="+strings.TrimSpace(os.Getenv("GOFLAGS")+" -mod=readonly"),
	)
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &out
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s in %s: %v\n%s", cmd, replayModule, err, out.String())
	}
	fmt.Fprint(testWriter{t}, out.String())
}

// testWriter writes to the test log.
type testWriter struct{ t *testing.T }

func (w testWriter) Write(b []byte) (int, error) {
	w.t.Log(string(b))
	return len(b), nil
}
