package knowledge

// fiber's session middleware.
//
// github.com/gofiber/fiber/v2/middleware/session v2.52.15: no automatic
// save. github.com/gofiber/fiber/v3/middleware/session v3.1.0: the
// middleware-managed session is saved after the handler.
var fiberSession = register(&Profile{
	Name: "fiber session",
	Library: &Library{
		Name: "fiber session",
		Hint: "call Destroy on the session",
		Values: []Param{
			Ptr("github.com/gofiber/fiber/v2/middleware/session", "Session"),
			Ptr("github.com/gofiber/fiber/v3/middleware/session", "Session"),
			Ptr("github.com/gofiber/fiber/v3/middleware/session", "Middleware"),
		},
		Repair: RepairDestroy,
	},
	Sessions: []API{
		{Name: "(*github.com/gofiber/fiber/v2/middleware/session.Session).Destroy", Effect: Kill},
		{Name: "(*github.com/gofiber/fiber/v2/middleware/session.Session).Reset", Effect: Kill},
		{Name: "(*github.com/gofiber/fiber/v2/middleware/session.Session).Regenerate", Effect: Kill},
		{Name: "(*github.com/gofiber/fiber/v2/middleware/session.Store).Delete", Effect: Kill},
		{Name: "(*github.com/gofiber/fiber/v2/middleware/session.Store).Reset", Effect: Kill},
		{Name: "(*github.com/gofiber/fiber/v2/middleware/session.Session).Delete", Effect: ClearPending},
		{Name: "(*github.com/gofiber/fiber/v2/middleware/session.Session).Save", Effect: Save},

		{Name: "(*github.com/gofiber/fiber/v3/middleware/session.Session).Destroy", Effect: Kill},
		{Name: "(*github.com/gofiber/fiber/v3/middleware/session.Session).Reset", Effect: Kill},
		{Name: "(*github.com/gofiber/fiber/v3/middleware/session.Session).Regenerate", Effect: Kill},
		{Name: "(*github.com/gofiber/fiber/v3/middleware/session.Middleware).Destroy", Effect: Kill},
		{Name: "(*github.com/gofiber/fiber/v3/middleware/session.Middleware).Reset", Effect: Kill},
		{Name: "(*github.com/gofiber/fiber/v3/middleware/session.Middleware).Regenerate", Effect: Kill},
		{Name: "(*github.com/gofiber/fiber/v3/middleware/session.Store).Delete", Effect: Kill},
		{Name: "(*github.com/gofiber/fiber/v3/middleware/session.Store).Reset", Effect: Kill},
		{Name: "(*github.com/gofiber/fiber/v3/middleware/session.Session).Delete", Effect: ClearPending},
		{Name: "(*github.com/gofiber/fiber/v3/middleware/session.Middleware).Delete", Effect: Clear},
		{Name: "(*github.com/gofiber/fiber/v3/middleware/session.Session).Save", Effect: Save},
	},
	SessionValues: []TypeName{
		{"github.com/gofiber/fiber/v2/middleware/session", "Session"},
		{"github.com/gofiber/fiber/v3/middleware/session", "Session"},
		{"github.com/gofiber/fiber/v3/middleware/session", "Middleware"},
	},
	// Fresh: the session was created by this request
	SessionTests: []Test{
		{Name: "(*github.com/gofiber/fiber/v2/middleware/session.Session).Fresh", Present: false},
		{Name: "(*github.com/gofiber/fiber/v3/middleware/session.Session).Fresh", Present: false},
	},
	// the store's Storage holds the sessions by ID
	SessionStorage: []Field{
		{Type: TypeName{"github.com/gofiber/fiber/v2/middleware/session", "Store"}, Name: "Storage"},
		{Type: TypeName{"github.com/gofiber/fiber/v3/middleware/session", "Store"}, Name: "Storage"},
	},
	StorageDeletes: []string{
		"(github.com/gofiber/fiber/v2.Storage).Delete",
		"(github.com/gofiber/fiber/v2.Storage).Reset",
		"(github.com/gofiber/fiber/v3.Storage).Delete",
		"(github.com/gofiber/fiber/v3.Storage).DeleteWithContext",
		"(github.com/gofiber/fiber/v3.Storage).Reset",
		"(github.com/gofiber/fiber/v3.Storage).ResetWithContext",
	},
	CredentialCalls: []string{
		"(*github.com/gofiber/fiber/v2/middleware/session.Session).ID",
		"(*github.com/gofiber/fiber/v3/middleware/session.Session).ID",
	},
})
