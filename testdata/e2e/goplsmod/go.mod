module example.com/goplsmod

go 1.25.0

require github.com/alexedwards/scs/v2 v2.9.0
