package analyzer

import (
	"flag"
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// Config is logoutcheck's configuration. Its JSON keys are the command-line
// flag names and the golangci-lint settings keys.
type Config struct {
	// LogoutNames is the logout vocabulary: phrases that make a handler
	// logout-like when they appear as whole words in its name or route.
	LogoutNames []string `json:"logout-names"`

	// Invalidators are extra functions, in canonical form, that invalidate
	// the session on the server: "(*example.com/app/auth.Store).Flush".
	Invalidators []string `json:"invalidators"`

	// StoreMethods is a regular expression: a call to a function or method
	// whose name matches it is taken as deleting a session in a custom
	// store ("RevokeSession"). Empty turns this part of the rule off.
	StoreMethods string `json:"store-methods"`

	// StoreVerbs and StoreReceivers: a call to a method whose name matches
	// StoreVerbs, on a receiver whose type or package matches
	// StoreReceivers, is taken as deleting a session ("sessions.Destroy").
	// Either empty turns this part of the rule off.
	StoreVerbs     string `json:"store-verbs"`
	StoreReceivers string `json:"store-receivers"`

	// DenyLists is a regular expression: a write into a variable or field
	// whose name matches it (a call of Add, Set, Store, Put and the like
	// on it, or an element assignment) is taken as putting the credential
	// on a server-side deny-list ("invalidatedTokens.Add(tok, exp)"); so
	// is a write under a key built from a matching constant and a part
	// that is not constant (kv.Set("jwt_revoke_"+id, true, ttl)).
	// Empty turns the rule off.
	DenyLists string `json:"deny-lists"`

	// ServiceTypes is a regular expression on type names: a method of a
	// matching type that has a handler's parameters, and is not registered
	// on a route of its package, is a helper of the handlers that call it
	// ("(*AuthService).LogOut(c *gin.Context) error"), not a handler of
	// its own. Empty turns the rule off.
	ServiceTypes string `json:"service-types"`

	// Disable lists categories not to report.
	Disable []string `json:"disable"`
}

// DefaultConfig returns the configuration used when nothing is set.
func DefaultConfig() Config {
	return Config{
		LogoutNames:    slices.Clone(defaultLogoutNames),
		StoreMethods:   `^(Destroy|Revoke|Invalidate|Delete|Remove|Expire|Terminate|Kill|End|Purge)[A-Za-z]*(Session|Token|JWT|Jwt)|^(Log|Sign)[Oo]ut(User|All|Everywhere|Sessions?)?$|(Black|Block|Deny)[Ll]ist|^(Token|JWT|Jwt)(Black|Block|Deny)`,
		StoreVerbs:     `^(Destroy|Revoke|Invalidate|Delete|Expire|Terminate|Logout|LogOut|SignOut)$`,
		StoreReceivers: `(?i)session|token|auth`,
		DenyLists:      `(?i)invalidated|revoked?|revocation|black_?list|block_?list|deny_?list|banned|logged_?out`,
		ServiceTypes:   `(Service|Svc|Client|Repo|Repository|Store)$`,
	}
}

// defaultLogoutNames is the default logout vocabulary: the English phrases,
// then the common logout words of other languages found in public Go code.
// Words that also name something else in web apps are left out: "sair"
// (Portuguese "leave", as in leaving a group), "desconectar" and
// "disconnetti" (disconnecting a device or socket, like the English
// "disconnect"), "afmelden" (Dutch, also cancelling a registration),
// "tuichu" alone (Chinese pinyin "exit") and "zhuxiao" (also deleting an
// account).
var defaultLogoutNames = []string{
	"logout", "log out", "signout", "sign out", "logoff", "log off", "signoff", "sign off",
	"deconnexion", "déconnexion", "deconnecter", "déconnecter", // French
	"abmelden", "ausloggen", // German
	"cerrar sesion", "cerrar sesión", // Spanish
	"deslogar", "encerrar sessao", "encerrar sessão", // Portuguese
	"esci",                     // Italian
	"uitloggen",                // Dutch
	"dengchu", "tuichu denglu", // Chinese pinyin: 登出, 退出登录
}

// Validate reports the first setting that is malformed.
func (c *Config) Validate() error {
	_, err := c.compile()
	return err
}

// settings is a validated Config in the form the analysis uses.
type settings struct {
	vocabulary     [][]string // each phrase as lower-case words
	invalidators   funcIndex[bool]
	storeMethods   *regexp.Regexp // nil when off
	storeVerbs     *regexp.Regexp
	storeReceivers *regexp.Regexp
	denyLists      *regexp.Regexp
	serviceTypes   *regexp.Regexp
	disabled       map[category]bool
}

func (c *Config) compile() (*settings, error) {
	s := &settings{disabled: map[category]bool{}}
	if len(c.LogoutNames) == 0 {
		return nil, fmt.Errorf("logout-names: the logout vocabulary is empty")
	}
	for _, p := range c.LogoutNames {
		words := splitWords(p)
		if len(words) == 0 {
			return nil, fmt.Errorf("logout-names: %q has no words", p)
		}
		s.vocabulary = append(s.vocabulary, words)
	}
	for _, name := range c.Invalidators {
		if err := checkCanonical(name); err != nil {
			return nil, fmt.Errorf("invalidators: %v", err)
		}
	}
	s.invalidators = indexFuncs(setOf(c.Invalidators))
	var err error
	for _, re := range []struct {
		key string
		src string
		dst **regexp.Regexp
	}{
		{"store-methods", c.StoreMethods, &s.storeMethods},
		{"store-verbs", c.StoreVerbs, &s.storeVerbs},
		{"store-receivers", c.StoreReceivers, &s.storeReceivers},
		{"deny-lists", c.DenyLists, &s.denyLists},
		{"service-types", c.ServiceTypes, &s.serviceTypes},
	} {
		if re.src == "" {
			continue
		}
		if *re.dst, err = regexp.Compile(re.src); err != nil {
			return nil, fmt.Errorf("%s: invalid regular expression %q: %v", re.key, re.src, err)
		}
	}
	for _, name := range c.Disable {
		cat := category(name)
		if !slices.Contains(disableable, cat) {
			return nil, fmt.Errorf("disable: unknown category %q (known: %s)", name, categoryList())
		}
		s.disabled[cat] = true
	}
	return s, nil
}

// checkCanonical reports whether name is a function or method name in
// canonical form: "pkg/path.Func", "(pkg/path.Type).Method" or
// "(*pkg/path.Type).Method".
func checkCanonical(name string) error {
	bad := fmt.Errorf("%q is not a canonical function name such as example.com/pkg.Func or (*example.com/pkg.Type).Method", name)
	if strings.ContainsAny(name, " \t") {
		return bad
	}
	if strings.HasPrefix(name, "(") {
		end := strings.Index(name, ").")
		if end < 0 {
			return bad
		}
		recv, method := strings.TrimPrefix(name[1:end], "*"), name[end+2:]
		if !isIdent(method) {
			return bad
		}
		pkg, typ, ok := cutLastDot(recv)
		if !ok || !isPkgPath(pkg) || !isIdent(typ) {
			return bad
		}
		return nil
	}
	pkg, fn, ok := cutLastDot(name)
	if !ok || !isPkgPath(pkg) || !isIdent(fn) {
		return bad
	}
	return nil
}

// apiPackage returns the package path of a canonical name.
func apiPackage(name string) string {
	if strings.HasPrefix(name, "(") {
		if end := strings.Index(name, ")."); end > 0 {
			name = strings.TrimPrefix(name[1:end], "*")
		}
	}
	pkg, _, _ := cutLastDot(name)
	return pkg
}

// cutLastDot splits "a/b.c/d.X" into "a/b.c/d" and "X".
func cutLastDot(s string) (before, after string, ok bool) {
	slash := strings.LastIndex(s, "/")
	dot := strings.LastIndex(s[slash+1:], ".")
	if dot < 0 {
		return "", "", false
	}
	dot += slash + 1
	return s[:dot], s[dot+1:], true
}

// isPkgPath reports whether s looks like an import path.
func isPkgPath(s string) bool {
	if s == "" || strings.HasPrefix(s, "/") || strings.HasSuffix(s, "/") {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("/._-~+", r)) {
			return false
		}
	}
	return true
}

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || i > 0 && r >= '0' && r <= '9' || r > 127) {
			return false
		}
	}
	return true
}

// bindFlags registers one flag per Config field on fs, writing into c.
// Each flag validates its value when it is set.
func (c *Config) bindFlags(fs *flag.FlagSet) {
	fs.Var(listFlag{&c.LogoutNames, "logout-names", func(v []string) error {
		tmp := *c
		tmp.LogoutNames = v
		_, err := tmp.compile()
		return err
	}}, "logout-names", "comma-separated logout vocabulary: phrases that make a handler logout-like when they appear as whole words in its name or route")
	fs.Var(listFlag{&c.Invalidators, "invalidators", func(v []string) error {
		for _, n := range v {
			if err := checkCanonical(n); err != nil {
				return err
			}
		}
		return nil
	}}, "invalidators", "comma-separated extra functions that invalidate the session on the server, in canonical form, e.g. (*example.com/app/auth.Store).Flush")
	fs.Var(regexpFlag{&c.StoreMethods}, "store-methods", "regular expression on function and method names taken as deleting a session in a custom store (empty: off)")
	fs.Var(regexpFlag{&c.StoreVerbs}, "store-verbs", "regular expression on method names taken as deleting a session when the receiver matches -store-receivers (empty: off)")
	fs.Var(regexpFlag{&c.StoreReceivers}, "store-receivers", "regular expression on receiver type names and package paths for -store-verbs (empty: off)")
	fs.Var(regexpFlag{&c.DenyLists}, "deny-lists", "regular expression on variable and field names, and on constant key prefixes: a write into a matching one (Add, Set, Store, an element assignment), or under a key built from a matching constant, puts the credential on a server-side deny-list (empty: off)")
	fs.Var(regexpFlag{&c.ServiceTypes}, "service-types", "regular expression on type names: their methods with a handler's parameters, not registered on a route of their package, are helpers of the handlers that call them, not handlers (empty: off)")
	fs.Var(listFlag{&c.Disable, "disable", func(v []string) error {
		for _, n := range v {
			if !slices.Contains(disableable, category(n)) {
				return fmt.Errorf("unknown category %q (known: %s)", n, categoryList())
			}
		}
		return nil
	}}, "disable", "comma-separated categories not to report: "+categoryList())
}

// listFlag is a comma-separated list flag.
type listFlag struct {
	dst   *[]string
	name  string
	check func([]string) error
}

func (f listFlag) String() string {
	if f.dst == nil {
		return ""
	}
	return strings.Join(*f.dst, ",")
}

func (f listFlag) Set(s string) error {
	var v []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			v = append(v, p)
		}
	}
	if err := f.check(v); err != nil {
		return err
	}
	*f.dst = v
	return nil
}

// regexpFlag is a flag holding a regular expression.
type regexpFlag struct{ dst *string }

func (f regexpFlag) String() string {
	if f.dst == nil {
		return ""
	}
	return *f.dst
}

func (f regexpFlag) Set(s string) error {
	if _, err := regexp.Compile(s); err != nil {
		return fmt.Errorf("invalid regular expression: %v", err)
	}
	*f.dst = s
	return nil
}

// setOf returns the set of the strings.
func setOf(names []string) map[string]bool {
	m := map[string]bool{}
	for _, n := range names {
		m[n] = true
	}
	return m
}
