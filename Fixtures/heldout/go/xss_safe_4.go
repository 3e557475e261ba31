// Package wiki renders user-edited wiki pages.
package wiki

import (
	"html/template"
	"net/http"
	"net/url"
	"regexp"
	"strings"
)

type Page struct {
	Title string
	Body  string
	Tags  []string
}

var wikiLinkRE = regexp.MustCompile(`\[\[([^\]]+)\]\]`)

var funcs = template.FuncMap{
	// linkify turns [[Other Page]] into links. Every piece of user text is
	// escaped before it is wrapped in template.HTML.
	"linkify": func(s string) template.HTML {
		var b strings.Builder
		last := 0
		for _, m := range wikiLinkRE.FindAllStringSubmatchIndex(s, -1) {
			b.WriteString(template.HTMLEscapeString(s[last:m[0]]))
			name := s[m[2]:m[3]]
			b.WriteString(`<a href="/wiki/`)
			b.WriteString(template.HTMLEscapeString(url.PathEscape(name)))
			b.WriteString(`">`)
			b.WriteString(template.HTMLEscapeString(name))
			b.WriteString(`</a>`)
			last = m[1]
		}
		b.WriteString(template.HTMLEscapeString(s[last:]))
		return template.HTML(b.String())
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
		Title: r.PostFormValue("title"),
		Body:  r.PostFormValue("body"),
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := pageTmpl.Execute(w, p); err != nil {
		http.Error(w, "render error", http.StatusInternalServerError)
	}
}
