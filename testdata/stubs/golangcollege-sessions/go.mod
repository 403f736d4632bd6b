module github.com/golangcollege/sessions

go 1.13

require golang.org/x/crypto v0.54.0
