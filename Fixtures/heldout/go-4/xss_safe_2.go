package guestbook

import (
	"html/template"
	"net/http"
	"strings"

	"github.com/gorilla/mux"
)

var page = template.Must(template.New("preview").Parse(`<!doctype html>
<html><body>
<h2>Preview</h2>
<div class="entry">{{range .Parts}}{{if .Bold}}<b>{{.Text}}</b>{{else}}{{.Text}}{{end}}{{end}}</div>
<p class="sig">{{.Dash}} {{.Name}}</p>
</body></html>`))

type part struct {
	Text string
	Bold bool
}

type preview struct {
	Parts []part
	Dash  template.HTML
	Name  string
}

func split(text string) []part {
	var out []part
	for i, s := range strings.Split(text, "*") {
		out = append(out, part{Text: s, Bold: i%2 == 1})
	}
	return out
}

func Preview(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	data := preview{
		Parts: split(r.PostForm.Get("body")),
		Dash:  template.HTML("&mdash;"),
		Name:  r.PostForm.Get("name"),
	}
	if err := page.Execute(w, data); err != nil {
		http.Error(w, "render failed", http.StatusInternalServerError)
	}
}

func Register(r *mux.Router) {
	r.HandleFunc("/guestbook/preview", Preview).Methods(http.MethodPost)
}
