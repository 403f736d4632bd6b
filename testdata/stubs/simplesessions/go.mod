module github.com/zerodha/simplesessions/v3

go 1.21
