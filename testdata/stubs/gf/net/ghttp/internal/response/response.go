// Package response is a stub of ghttp's internal response writer.
package response

import (
	"bytes"
	"net/http"
)

// Writer wraps an http.ResponseWriter.
type Writer struct {
	http.ResponseWriter
	wroteHeader bool
}

// WriteHeader writes the status once.
func (w *Writer) WriteHeader(status int) {
	if w.wroteHeader {
		return
	}
	w.wroteHeader = true
	w.ResponseWriter.WriteHeader(status)
}

// BufferWriter buffers the body.
type BufferWriter struct {
	*Writer
	Status int
	buffer *bytes.Buffer
}

// Write buffers data.
func (w *BufferWriter) Write(data []byte) (int, error) { return w.buffer.Write(data) }
