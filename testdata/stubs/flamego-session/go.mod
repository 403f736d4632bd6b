module github.com/flamego/session

go 1.21

require github.com/flamego/flamego v1.13.0
