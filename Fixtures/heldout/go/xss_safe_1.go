// Command greeter is the "hello world" of web apps, with a search box.
package main

import (
	"html/template"
	"log"
	"net/http"
	"time"
)

var helloTmpl = template.Must(template.New("hello").Parse(
	`<html><body><h1>Hello, {{.}}!</h1></body></html>`))

var searchTmpl = template.Must(template.New("search").Parse(`<html><body>
<form action="/search"><input name="q" value="{{.Query}}"></form>
{{if .Query}}<p>No results found for <b>{{.Query}}</b>.</p>{{end}}
<a href="/search?q={{.Query}}">permalink</a>
</body></html>`))

func helloHandler(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	if name == "" {
		name = "stranger"
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := helloTmpl.Execute(w, name); err != nil {
		log.Printf("render: %v", err)
	}
}

func searchHandler(w http.ResponseWriter, r *http.Request) {
	data := struct{ Query string }{Query: r.FormValue("q")}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := searchTmpl.Execute(w, data); err != nil {
		log.Printf("render: %v", err)
	}
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/hello", helloHandler)
	mux.HandleFunc("/search", searchHandler)

	srv := &http.Server{Addr: ":8080", Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	log.Fatal(srv.ListenAndServe())
}
