package main

import (
	"io"
	"log"
	"net/http"
	"strings"
	"text/template"
	"time"

	"github.com/gorilla/mux"
)

var profileTmpl = template.Must(template.New("profile").Parse(`<html>
<head><title>{{.Name}}'s profile</title></head>
<body><h2>{{.Name}}</h2><div class="bio">{{.Bio}}</div></body>
</html>`))

type profile struct {
	Name string
	Bio  string
}

func profileHandler(w http.ResponseWriter, r *http.Request) {
	p := profile{
		Name: mux.Vars(r)["user"],
		Bio:  r.URL.Query().Get("bio"),
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := profileTmpl.Execute(w, p); err != nil { // expect: xss
		log.Printf("render profile: %v", err)
	}
}

func errorPage(w http.ResponseWriter, r *http.Request) {
	msg := r.URL.Query().Get("msg")
	if strings.Contains(strings.ToLower(msg), "<script") {
		log.Printf("possible XSS attempt from %s", r.RemoteAddr)
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusBadRequest)
	if _, err := io.WriteString(w, "<div class=\"error\">"+msg+"</div>"); err != nil { // expect: xss
		log.Printf("write: %v", err)
	}
}

func main() {
	r := mux.NewRouter()
	r.HandleFunc("/u/{user}", profileHandler).Methods(http.MethodGet)
	r.HandleFunc("/error", errorPage)

	srv := &http.Server{Addr: ":8080", Handler: r, ReadHeaderTimeout: 5 * time.Second}
	log.Fatal(srv.ListenAndServe())
}
