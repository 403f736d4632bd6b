package knowledge

// goframe's sessions, github.com/gogf/gf/v2 v2.10.2 os/gsession (commit
// 9a91bd2, read from upstream source), r.Session on a ghttp.Request, kept
// server-side by default (a StorageFile; memory and redis storages too).
// There is no destroy: RemoveAll deletes the storage's record (the file,
// the cache entry, the redis key) but marks the session dirty, and the
// server's Close after the handler writes the now empty session back under
// the same ID, as it does after Remove; the ID survives, anonymous.
// RegenerateId(true) copies the data to a new ID and deletes the old
// record; with false the old record is left to expire, and the old ID
// keeps working.
var goframeSession = register(&Profile{
	Name: "goframe session",
	Library: &Library{
		Name: "goframe session",
		Hint: "remove the values with RemoveAll and rotate the ID away with RegenerateId(true)",
	},
	Sessions: []API{
		{Name: "(*github.com/gogf/gf/v2/os/gsession.Session).RegenerateId", Effect: KillUnlessFalse},
		{Name: "(*github.com/gogf/gf/v2/os/gsession.Session).MustRegenerateId", Effect: KillUnlessFalse},
		{Name: "(*github.com/gogf/gf/v2/os/gsession.Session).RemoveAll", Effect: Clear},
		{Name: "(*github.com/gogf/gf/v2/os/gsession.Session).Remove", Effect: Clear},
		{Name: "(*github.com/gogf/gf/v2/os/gsession.Session).MustRemove", Effect: Clear},
	},
	// every ghttp.Request carries its session; strict handlers reach it
	// through frame/g's RequestFromCtx
	SessionPackages: []string{"github.com/gogf/gf/v2/net/ghttp", "github.com/gogf/gf/v2/frame/g"},
	SessionValues:   []TypeName{{"github.com/gogf/gf/v2/os/gsession", "Session"}},
	SessionTests: []Test{
		{Name: "(*github.com/gogf/gf/v2/os/gsession.Session).Contains", Present: true},
		{Name: "(*github.com/gogf/gf/v2/os/gsession.Session).MustContains", Present: true},
	},
	CredentialCalls: []string{
		"(*github.com/gogf/gf/v2/os/gsession.Session).Id",
		"(*github.com/gogf/gf/v2/os/gsession.Session).MustId",
	},
})
