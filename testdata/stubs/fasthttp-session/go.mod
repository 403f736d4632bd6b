module github.com/fasthttp/session/v2

go 1.21

require github.com/valyala/fasthttp v1.69.0
