module github.com/volatiletech/authboss/v3

go 1.21
