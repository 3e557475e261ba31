package status

import (
	"html/template"
	"net/http"
)

type incident struct {
	Title    string
	Services []string
}

var current = []incident{{Title: "Degraded search", Services: []string{"search", "api"}}}

var page = template.Must(template.New("status").Parse(`<html><body><h1>Status for {{.Team}}</h1><ul>
{{range .Incidents}}<li><b>{{.Title}}</b> ({{range $i, $s := .Services}}{{if $i}}, {{end}}{{$s}}{{end}}){{if $.Highlight}} <mark>{{$.Highlight}}</mark>{{end}}</li>
{{end}}</ul></body></html>`))

// Page serves the public status page.
//
//encore:api public raw path=/status
func Page(w http.ResponseWriter, req *http.Request) {
	data := struct {
		Team      string
		Highlight string
		Incidents []incident
	}{
		Team:      req.URL.Query().Get("team"),
		Highlight: req.URL.Query().Get("highlight"),
		Incidents: current,
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := page.Execute(w, data); err != nil {
		http.Error(w, "render failed", http.StatusInternalServerError)
	}
}
