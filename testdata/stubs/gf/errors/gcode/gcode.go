// Package gcode is a stub of gf's gcode package for the fixtures.
package gcode

// Code is an error code.
type Code interface {
	Code() int
	Message() string
	Detail() any
}

type localCode struct {
	code    int
	message string
}

func (c localCode) Code() int       { return c.code }
func (c localCode) Message() string { return c.message }
func (c localCode) Detail() any     { return nil }

// Codes of the fixtures.
var (
	CodeInternalError = localCode{50, "Internal Error"}
	CodeNotAuthorized = localCode{61, "Not Authorized"}
)
