package pages

import (
	"net/http"
	"text/template"
)

// text/template escapes nothing: a query value becomes markup in the page.
var greeting = template.Must(template.New("greet").Parse(`<h1>Hello, {{.Name}}</h1>`))

func Greet(w http.ResponseWriter, r *http.Request) {
	data := struct{ Name string }{Name: r.URL.Query().Get("name")}
	greeting.Execute(w, data) // expect: xss
}
