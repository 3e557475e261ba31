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
<div class="entry">{{.Body}}</div>
<p class="sig">{{.Signature}}</p>
</body></html>`))

type preview struct {
	Body      template.HTML
	Signature template.HTML
}

// render turns the tiny markup the guestbook supports (*bold*) into HTML.
func render(text string) string {
	parts := strings.Split(text, "*")
	for i := 1; i < len(parts); i += 2 {
		parts[i] = "<b>" + parts[i] + "</b>"
	}
	return strings.Join(parts, "")
}

func Preview(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	data := preview{
		Body:      template.HTML(render(r.PostForm.Get("body"))),      // expect: xss
		Signature: template.HTML("&mdash; " + r.PostForm.Get("name")), // expect: xss
	}
	if err := page.Execute(w, data); err != nil {
		http.Error(w, "render failed", http.StatusInternalServerError)
	}
}

func Register(r *mux.Router) {
	r.HandleFunc("/guestbook/preview", Preview).Methods(http.MethodPost)
}
