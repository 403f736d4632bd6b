package knowledge

// The standard library's error values and the calls that end the
// program (Go 1.26).
var std = register(&Profile{
	Name: "std",
	ErrorResponders: []string{
		"log.Fatal", "log.Fatalf", "log.Fatalln",
		"log.Panic", "log.Panicf",
		"os.Exit",
	},
	ErrorConstructors: []string{"errors.New", "fmt.Errorf", "errors.Join"},
	ExitFuncs: []string{
		"log.Fatal", "log.Fatalf", "log.Fatalln",
		"log.Panic", "log.Panicf", "log.Panicln",
		"os.Exit",
	},
})
