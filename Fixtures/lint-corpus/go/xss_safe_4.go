package pages

import (
	"html/template"
	"net/http"
)

// html/template escapes every value for where it lands.
var greeting = template.Must(template.New("greet").Parse(`<h1>Hello, {{.Name}}</h1>`))

func Greet(w http.ResponseWriter, r *http.Request) {
	data := struct{ Name string }{Name: r.URL.Query().Get("name")}
	greeting.Execute(w, data)
}
