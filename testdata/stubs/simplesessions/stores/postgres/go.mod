module github.com/zerodha/simplesessions/stores/postgres/v3

go 1.21
