// Package defaults pins down the non-English logout words of the default
// vocabulary: each counts as a whole word, and the words left out of it
// (they also name things other than a logout) do not count.
package defaults

import "net/http"

func page(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/", http.StatusFound) }

// French

func handleDeconnexion(w http.ResponseWriter, r *http.Request) { // want `logout handler handleDeconnexion \(name matches "deconnexion"\) leaves the session valid on the server`
	page(w, r)
}

func déconnexion(w http.ResponseWriter, r *http.Request) { // want `name matches "déconnexion"`
	page(w, r)
}

func seDeconnecter(w http.ResponseWriter, r *http.Request) { // want `name matches "deconnecter"`
	page(w, r)
}

// German

func abmelden(w http.ResponseWriter, r *http.Request) { // want `name matches "abmelden"`
	page(w, r)
}

func benutzerAusloggen(w http.ResponseWriter, r *http.Request) { // want `name matches "ausloggen"`
	page(w, r)
}

// Spanish

func cerrarSesion(w http.ResponseWriter, r *http.Request) { // want `name matches "cerrar sesion"`
	page(w, r)
}

func cerrar_sesión(w http.ResponseWriter, r *http.Request) { // want `name matches "cerrar sesión"`
	page(w, r)
}

// Portuguese

func deslogar(w http.ResponseWriter, r *http.Request) { // want `name matches "deslogar"`
	page(w, r)
}

func encerrarSessao(w http.ResponseWriter, r *http.Request) { // want `name matches "encerrar sessao"`
	page(w, r)
}

// Italian and Dutch

func esci(w http.ResponseWriter, r *http.Request) { // want `name matches "esci"`
	page(w, r)
}

func uitloggen(w http.ResponseWriter, r *http.Request) { // want `name matches "uitloggen"`
	page(w, r)
}

// Chinese pinyin

func dengchu(w http.ResponseWriter, r *http.Request) { // want `name matches "dengchu"`
	page(w, r)
}

func tuichuDenglu(w http.ResponseWriter, r *http.Request) { // want `name matches "tuichu denglu"`
	page(w, r)
}

// Routes

func routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /compte/deconnexion", func(w http.ResponseWriter, r *http.Request) { // want `logout handler func literal \(registered on route "POST /compte/deconnexion"\)`
		page(w, r)
	})
	mux.HandleFunc("GET /conta/sair", func(w http.ResponseWriter, r *http.Request) { // "sair" also means leaving a group
		page(w, r)
	})
	mux.HandleFunc("POST /gruppo/escidoc", func(w http.ResponseWriter, r *http.Request) { // not the whole word "esci"
		page(w, r)
	})
}

// Words left out of the defaults, and near misses: not logout-like.

func sair(w http.ResponseWriter, r *http.Request)                   { page(w, r) } // Portuguese "leave"
func sairDoGrupo(w http.ResponseWriter, r *http.Request)            { page(w, r) }
func desconectar(w http.ResponseWriter, r *http.Request)            { page(w, r) } // a device or socket
func disconnettiDispositivo(w http.ResponseWriter, r *http.Request) { page(w, r) }
func afmelden(w http.ResponseWriter, r *http.Request)               { page(w, r) } // also cancelling a registration
func tuichu(w http.ResponseWriter, r *http.Request)                 { page(w, r) } // "exit"
func zhuxiaoZhanghao(w http.ResponseWriter, r *http.Request)        { page(w, r) } // deleting an account
func necessaire(w http.ResponseWriter, r *http.Request)             { page(w, r) }
func escidoc(w http.ResponseWriter, r *http.Request)                { page(w, r) }
func deconnexionURL(w http.ResponseWriter, r *http.Request)         { page(w, r) } // a URL, not a handler name
