module github.com/volatiletech/authboss-clientstate

go 1.21

require (
	github.com/gorilla/sessions v1.4.0
	github.com/volatiletech/authboss/v3 v3.5.0
)
