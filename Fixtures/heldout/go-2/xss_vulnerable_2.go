package blog

import (
	"html/template"
	"net/http"
	ttemplate "text/template"
)

type Comment struct {
	Author string
	Body   string
}

var page = template.Must(template.New("post").Parse(`<article>{{.Title}}</article>
{{range .Comments}}<div class="c"><b>{{.Author}}</b> {{.Body}}</div>{{end}}`))

var searchPage = ttemplate.Must(ttemplate.New("search").Parse(`<html><body><h2>Results for {{.}}</h2></body></html>`))

func ShowPost(w http.ResponseWriter, r *http.Request, title string, comments []Comment) error {
	type view struct {
		Author string
		Body   template.HTML
	}
	views := make([]view, 0, len(comments))
	for _, c := range comments {
		views = append(views, view{Author: c.Author, Body: template.HTML(c.Body)}) // expect: xss
	}
	return page.Execute(w, map[string]any{"Title": title, "Comments": views})
}

func Search(w http.ResponseWriter, r *http.Request) error {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	return searchPage.Execute(w, r.URL.Query().Get("q")) // expect: xss
}
