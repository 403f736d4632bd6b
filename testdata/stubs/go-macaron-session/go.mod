module github.com/go-macaron/session

go 1.21

require gopkg.in/macaron.v1 v1.4.0
