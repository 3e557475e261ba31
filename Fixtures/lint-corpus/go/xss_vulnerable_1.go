package main

import (
	"fmt"
	"html/template"
	"io"
	"net/http"
)

var page = template.Must(template.New("page").Parse(`<h1>{{.Title}}</h1><div>{{.Body}}</div>`))

func greet(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	w.Header().Set("Content-Type", "text/html")
	fmt.Fprintf(w, "<html><body><h1>Hello, %s!</h1></body></html>", name) // expect: xss
}

func comment(w http.ResponseWriter, r *http.Request) {
	body := r.FormValue("comment")
	data := map[string]any{
		"Title": "Your comment",
		"Body":  template.HTML(body), // expect: xss
	}
	page.Execute(w, data)
}

func search(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	io.WriteString(w, "<p>No results for <b>"+q+"</b></p>") // expect: xss
}

func main() {
	http.HandleFunc("/greet", greet)
	http.HandleFunc("/comment", comment)
	http.HandleFunc("/search", search)
	http.ListenAndServe(":8080", nil)
}
