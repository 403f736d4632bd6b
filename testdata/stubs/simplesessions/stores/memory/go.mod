module github.com/zerodha/simplesessions/stores/memory/v3

go 1.21
