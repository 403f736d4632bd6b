module github.com/golangcollege/sessions

go 1.21
