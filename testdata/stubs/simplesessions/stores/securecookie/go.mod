module github.com/zerodha/simplesessions/stores/securecookie/v3

go 1.21
