module github.com/zerodha/simplesessions/stores/redis/v3

go 1.21

require github.com/redis/go-redis/v9 v9.5.5
