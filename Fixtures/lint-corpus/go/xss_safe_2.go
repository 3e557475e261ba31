package forum

import (
	"bytes"
	"html/template"
	"net/http"
)

type Post struct {
	Author string
	Body   string
}

var thread = template.Must(template.New("thread").Parse(`{{.Header}}{{range .Posts}}<p><b>{{.Author}}</b> {{.Body}}</p>{{end}}`))

func ShowThread(w http.ResponseWriter, posts []Post) error {
	var header bytes.Buffer
	header.WriteString("<h1>Thread</h1>")
	return thread.Execute(w, map[string]any{"Header": template.HTML(header.String()), "Posts": posts})
}
