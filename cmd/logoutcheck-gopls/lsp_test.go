package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net/textproto"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// An lspClient is the least of a language client that can open files in
// a gopls process with given settings and read the diagnostics that gopls
// publishes for them, as an editor would. gopls check cannot do this: it
// has no way to pass settings such as "analyses".
type lspClient struct {
	t        *testing.T
	cmd      *exec.Cmd
	stdin    io.WriteCloser
	msgs     chan lspMessage
	settings map[string]any
	lastID   int
	diags    map[string][]lspDiagnostic // by URI, as last published
}

// An lspMessage is a JSON-RPC 2.0 request, notification or response.
type lspMessage struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id,omitempty"`
	Method  string          `json:"method,omitempty"`
	Params  json.RawMessage `json:"params,omitempty"`
	Result  json.RawMessage `json:"result,omitempty"`
	Error   *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error,omitempty"`
}

// An lspDiagnostic holds the fields of an LSP Diagnostic that the tests
// look at.
type lspDiagnostic struct {
	Severity        int    `json:"severity"` // 1 error, 2 warning, 3 information, 4 hint
	Source          string `json:"source"`
	Message         string `json:"message"`
	CodeDescription struct {
		Href string `json:"href"`
	} `json:"codeDescription"`
}

// startGopls starts the gopls binary at bin in dir and initializes it
// with settings, which it receives both as initialization options and as
// the "gopls" section of workspace/configuration.
func startGopls(t *testing.T, bin, dir string, settings map[string]any) *lspClient {
	cmd := exec.Command(bin, "serve")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off")
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	c := &lspClient{
		t:        t,
		cmd:      cmd,
		stdin:    stdin,
		msgs:     make(chan lspMessage),
		settings: settings,
		diags:    map[string][]lspDiagnostic{},
	}
	t.Cleanup(c.close)
	go c.read(bufio.NewReader(stdout))

	root := fileURI(dir)
	c.call("initialize", map[string]any{
		"processId":             os.Getpid(),
		"rootUri":               root,
		"workspaceFolders":      []map[string]string{{"uri": root, "name": filepath.Base(dir)}},
		"capabilities":          map[string]any{"workspace": map[string]any{"configuration": true}},
		"initializationOptions": settings,
	})
	c.notify("initialized", map[string]any{})
	return c
}

// read decodes the server's messages into c.msgs until its output ends.
func (c *lspClient) read(r *bufio.Reader) {
	defer close(c.msgs)
	tp := textproto.NewReader(r)
	for {
		h, err := tp.ReadMIMEHeader()
		if err != nil {
			return
		}
		n, err := strconv.Atoi(h.Get("Content-Length"))
		if err != nil {
			return
		}
		body := make([]byte, n)
		if _, err := io.ReadFull(r, body); err != nil {
			return
		}
		var m lspMessage
		if err := json.Unmarshal(body, &m); err != nil {
			return
		}
		c.msgs <- m
	}
}

func (c *lspClient) send(m map[string]any) {
	if err := c.write(m); err != nil {
		c.t.Fatalf("writing to gopls: %v", err)
	}
}

func (c *lspClient) write(m map[string]any) error {
	m["jsonrpc"] = "2.0"
	body, err := json.Marshal(m)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(c.stdin, "Content-Length: %d\r\n\r\n%s", len(body), body)
	return err
}

func (c *lspClient) notify(method string, params any) {
	c.send(map[string]any{"method": method, "params": params})
}

// call sends a request and returns its result. While it waits it answers
// the server's own requests and records published diagnostics; gopls
// publishes a file's diagnostics before it answers the request that
// computed them.
func (c *lspClient) call(method string, params any) json.RawMessage {
	c.lastID++
	id := c.lastID
	c.send(map[string]any{"id": id, "method": method, "params": params})
	timeout := time.After(2 * time.Minute)
	for {
		select {
		case m, ok := <-c.msgs:
			if !ok {
				c.t.Fatalf("gopls exited while waiting for %s", method)
			}
			switch {
			case m.Method != "" && m.ID != nil:
				c.answer(m)
			case m.Method == "textDocument/publishDiagnostics":
				var p struct {
					URI         string          `json:"uri"`
					Diagnostics []lspDiagnostic `json:"diagnostics"`
				}
				if err := json.Unmarshal(m.Params, &p); err != nil {
					c.t.Fatal(err)
				}
				c.diags[p.URI] = p.Diagnostics
			case m.Method == "" && string(m.ID) == strconv.Itoa(id):
				if m.Error != nil {
					c.t.Fatalf("%s: %s", method, m.Error.Message)
				}
				return m.Result
			}
		case <-timeout:
			c.t.Fatalf("no answer from gopls to %s", method)
		}
	}
}

// answer replies to a request from the server: with the settings for
// workspace/configuration, and with null otherwise.
func (c *lspClient) answer(m lspMessage) {
	var result any
	if m.Method == "workspace/configuration" {
		var p struct {
			Items []struct {
				Section string `json:"section"`
			} `json:"items"`
		}
		if err := json.Unmarshal(m.Params, &p); err != nil {
			c.t.Fatal(err)
		}
		items := make([]any, len(p.Items))
		for i, item := range p.Items {
			if item.Section == "gopls" {
				items[i] = c.settings
			}
		}
		result = items
	}
	c.send(map[string]any{"id": m.ID, "result": result})
}

// diagnose opens the files and returns the diagnostics that gopls
// publishes for them, by file.
func (c *lspClient) diagnose(files ...string) map[string][]lspDiagnostic {
	var uris []string
	for _, file := range files {
		text, err := os.ReadFile(file)
		if err != nil {
			c.t.Fatal(err)
		}
		uri := fileURI(file)
		uris = append(uris, uri)
		c.notify("textDocument/didOpen", map[string]any{
			"textDocument": map[string]any{"uri": uri, "languageId": "go", "version": 1, "text": string(text)},
		})
	}
	c.call("workspace/executeCommand", map[string]any{
		"command":   "gopls.diagnose_files",
		"arguments": []any{map[string]any{"Files": uris}},
	})
	res := map[string][]lspDiagnostic{}
	for i, uri := range uris {
		res[files[i]] = c.diags[uri]
	}
	return res
}

// close shuts the server down and waits for it to exit.
func (c *lspClient) close() {
	done := make(chan struct{})
	go func() {
		defer close(done)
		for range c.msgs { // drain until gopls exits
		}
	}()
	// Errors are of no interest here: a gopls that has already exited
	// is what close waits for.
	c.write(map[string]any{"id": c.lastID + 1, "method": "shutdown"})
	c.write(map[string]any{"method": "exit"})
	c.stdin.Close()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		c.cmd.Process.Kill()
	}
	c.cmd.Wait()
}

// fileURI returns the file URI of an absolute path.
func fileURI(path string) string {
	path = filepath.ToSlash(path)
	if !strings.HasPrefix(path, "/") {
		path = "/" + path // a Windows drive letter
	}
	return "file://" + path
}
