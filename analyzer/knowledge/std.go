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
	// a sync.Map as the app's own session table: s.sessions.Delete(id)
	Storage: []StorageAPI{
		{Name: "(*sync.Map).Delete", Kind: StorageNamed},
		{Name: "(*sync.Map).LoadAndDelete", Kind: StorageNamed},
	},
	ExitFuncs: []string{
		"log.Fatal", "log.Fatalf", "log.Fatalln",
		"log.Panic", "log.Panicf", "log.Panicln",
		"os.Exit",
	},
})
