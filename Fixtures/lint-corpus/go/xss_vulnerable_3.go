package forum

import (
	"html/template"
	"net/http"
)

type Post struct {
	Author string
	Body   string
}

var thread = template.Must(template.New("thread").Parse(`{{range .}}<p><b>{{.Author}}</b> {{.Body}}</p>{{end}}`))

type postView struct {
	Author string
	Body   template.HTML
}

func ShowThread(w http.ResponseWriter, posts []Post) error {
	views := make([]postView, 0, len(posts))
	for _, p := range posts {
		views = append(views, postView{Author: p.Author, Body: template.HTML(p.Body)}) // expect: xss
	}
	return thread.Execute(w, views)
}
