module github.com/gin-gonic/contrib

go 1.21

require (
	github.com/boj/redistore v1.4.1
	github.com/gin-gonic/gin v1.12.0
	github.com/gorilla/sessions v1.4.0
)
