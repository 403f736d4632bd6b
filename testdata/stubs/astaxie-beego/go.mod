module github.com/astaxie/beego

go 1.21
