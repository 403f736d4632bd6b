// Command gen writes a Go module of n packages of web handlers, for
// measuring how logoutcheck's cost grows with code size.
//
//	go run ./bench/gen -n 100 -o /tmp/gen100
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
)

func main() {
	n := flag.Int("n", 10, "number of packages")
	out := flag.String("o", "", "output directory (required)")
	flag.Parse()
	if *out == "" || *n < 1 {
		log.Fatal("gen: -o is required and -n must be at least 1")
	}
	if err := generate(*out, *n); err != nil {
		log.Fatal(err)
	}
}

// generate writes the module of n packages into dir.
func generate(dir string, n int) error {
	write := func(name, text string) error {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		return os.WriteFile(path, []byte(text), 0o644)
	}
	if err := write("go.mod", "module example.com/gen\n\ngo 1.25.0\n\nrequire github.com/alexedwards/scs/v2 v2.9.0\n"); err != nil {
		return err
	}
	if err := write("go.sum", goSum); err != nil {
		return err
	}
	for i := range n {
		dep := ""
		if i > 0 {
			dep = fmt.Sprintf("p%d", i-1)
		}
		if err := write(fmt.Sprintf("p%d/p.go", i), pkg(i, dep)); err != nil {
			return err
		}
	}
	return nil
}

const goSum = `github.com/alexedwards/scs/v2 v2.9.0 h1:xa05mVpwTBm1iLeTMNFfAWpKUm4fXAW7CeAViqBVS90=
github.com/alexedwards/scs/v2 v2.9.0/go.mod h1:ToaROZxyKukJKT/xLcVQAChi5k6+Pn1Gvmdl7h3RRj8=
`

// pkg returns a package with handlers (leaky and clean), helpers, and a
// call into the previous package's helper, so facts cross packages.
func pkg(i int, dep string) string {
	imp, call := "", ""
	if dep != "" {
		imp = fmt.Sprintf("\t%q\n", "example.com/gen/"+dep)
		call = fmt.Sprintf("\t_ = %s.End(r.Context())\n", dep)
	}
	return fmt.Sprintf(`package p%[1]d

import (
	"context"
	"fmt"
	"net/http"
	"strings"

	"github.com/alexedwards/scs/v2"
%[2]s)

var sm = scs.New()

// End destroys the session.
func End(ctx context.Context) error { return sm.Destroy(ctx) }

func Logout(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
%[3]s	if err := End(r.Context()); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func SignOut(w http.ResponseWriter, r *http.Request) {
	sm.Remove(r.Context(), "user")
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func Home(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimSpace(r.URL.Query().Get("name"))
	for i := 0; i < 3; i++ {
		if i == len(name) {
			break
		}
	}
	fmt.Fprintf(w, "hello %%s", name)
}

func Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /{$}", Home)
	mux.HandleFunc("POST /logout", Logout)
	mux.HandleFunc("POST /account/sign-out", SignOut)
	mux.HandleFunc("POST /auth/logout", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("bye"))
	})
}
`, i, imp, call)
}
