package main

import (
	"encoding/json"
	"fmt"
	"html"
	"html/template"
	"net/http"
)

var page = template.Must(template.New("page").Parse(`<h1>Hello, {{.}}!</h1>`))

func greet(w http.ResponseWriter, r *http.Request) {
	page.Execute(w, r.URL.Query().Get("name"))
}

func greetPlain(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	fmt.Fprintf(w, "<h1>Hello, %s!</h1>", html.EscapeString(name))
}

func api(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]string{"q": r.URL.Query().Get("q")})
}

func banner(w http.ResponseWriter, r *http.Request) {
	notice := template.HTML("<strong>Maintenance tonight</strong>")
	page.Execute(w, notice)
	fmt.Fprintf(w, "<p>%d visitors</p>", len(r.URL.Query()))
}

func main() {
	http.HandleFunc("/greet", greet)
	http.HandleFunc("/plain", greetPlain)
	http.HandleFunc("/api", api)
	http.HandleFunc("/banner", banner)
	http.ListenAndServe(":8080", nil)
}
