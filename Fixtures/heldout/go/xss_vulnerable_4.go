// Package wiki renders user-edited wiki pages.
package wiki

import (
	"fmt"
	"html/template"
	"net/http"
	"strings"
)

type Page struct {
	Title string
	Body  string
	Tags  []string
}

var funcs = template.FuncMap{
	// linkify turns [[Other Page]] into links.
	"linkify": func(s string) template.HTML {
		out := s
		for {
			i := strings.Index(out, "[[")
			j := strings.Index(out, "]]")
			if i < 0 || j < i {
				break
			}
			name := out[i+2 : j]
			out = out[:i] + fmt.Sprintf(`<a href="/wiki/%s">%s</a>`, name, name) + out[j+2:]
		}
		return template.HTML(out) // expect: xss
	},
}

var pageTmpl = template.Must(template.New("page").Funcs(funcs).Parse(`<!doctype html>
<title>{{.Title}}</title>
<h1>{{.Title}}</h1>
<article>{{linkify .Body}}</article>
<ul>{{range .Tags}}<li>{{.}}</li>{{end}}</ul>`))

type Store interface {
	Get(title string) (*Page, error)
}

type Handler struct {
	Store Store
}

func (h *Handler) View(w http.ResponseWriter, r *http.Request) {
	p, err := h.Store.Get(strings.TrimPrefix(r.URL.Path, "/wiki/"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := pageTmpl.Execute(w, p); err != nil {
		http.Error(w, "render error", http.StatusInternalServerError)
	}
}

// Preview renders the editor's draft before saving.
func (h *Handler) Preview(w http.ResponseWriter, r *http.Request) {
	p := &Page{
		Title: template.HTMLEscapeString(r.PostFormValue("title")),
		Body:  r.PostFormValue("body"),
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, "<h1>%s</h1><div class=\"preview\">%s</div>", p.Title, p.Body) // expect: xss
}
