module github.com/hertz-contrib/sessions

go 1.21

require (
	github.com/boj/redistore v1.4.1
	github.com/cloudwego/hertz v0.10.4
	github.com/gomodule/redigo v1.9.2
	github.com/gorilla/sessions v1.4.0
)
