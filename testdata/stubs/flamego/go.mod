module github.com/flamego/flamego

go 1.21
