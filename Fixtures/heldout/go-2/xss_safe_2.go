package blog

import (
	"html/template"
	"net/http"
)

type Comment struct {
	Author string
	Body   string
}

const footer = template.HTML(`<footer>&copy; 2026 Example Blog &middot; <a href="/rss">RSS</a></footer>`)

var page = template.Must(template.New("post").Parse(`<article>{{.Title}}</article>
{{range .Comments}}<div class="c"><b>{{.Author}}</b> {{.Body}}</div>{{end}}{{.Footer}}`))

var searchPage = template.Must(template.New("search").Parse(`<html><body><h2>Results for {{.}}</h2></body></html>`))

func ShowPost(w http.ResponseWriter, r *http.Request, title string, comments []Comment) error {
	return page.Execute(w, map[string]any{"Title": title, "Comments": comments, "Footer": footer})
}

func Search(w http.ResponseWriter, r *http.Request) error {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	return searchPage.Execute(w, r.URL.Query().Get("q"))
}
