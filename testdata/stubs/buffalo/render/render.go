// Package render is a stub of buffalo's render package for the fixtures.
package render

import (
	"encoding/json"
	"fmt"
	"io"
)

// Renderer writes a response body.
type Renderer interface {
	ContentType() string
	Render(io.Writer, Data) error
}

// Data is what a template is given.
type Data map[string]any

type text struct{ s string }

func (t text) ContentType() string { return "text/plain; charset=utf-8" }

func (t text) Render(w io.Writer, _ Data) error {
	_, err := io.WriteString(w, t.s)
	return err
}

// String renders a formatted string.
func String(s string, args ...any) Renderer { return text{fmt.Sprintf(s, args...)} }

type jsonBody struct{ v any }

func (j jsonBody) ContentType() string { return "application/json; charset=utf-8" }

func (j jsonBody) Render(w io.Writer, _ Data) error { return json.NewEncoder(w).Encode(j.v) }

// JSON renders v as JSON.
func JSON(v any) Renderer { return jsonBody{v} }
