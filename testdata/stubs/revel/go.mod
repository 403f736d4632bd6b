module github.com/revel/revel

go 1.21
