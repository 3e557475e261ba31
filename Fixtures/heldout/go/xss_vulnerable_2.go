package main

import (
	"html/template"
	"log"
	"net/http"
	"sync"
	"time"
)

type Comment struct {
	Author string
	Body   template.HTML
	At     time.Time
}

var pageTmpl = template.Must(template.New("page").Parse(`<!doctype html>
<html><body>
<h1>Guestbook</h1>
{{range .}}<div class="comment"><b>{{.Author}}</b> <small>{{.At.Format "2006-01-02"}}</small><p>{{.Body}}</p></div>{{end}}
<form method="post"><input name="author"><textarea name="body"></textarea><button>Sign</button></form>
</body></html>`))

type guestbook struct {
	mu       sync.Mutex
	comments []Comment
}

func (g *guestbook) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodPost {
		c := Comment{
			Author: r.PostFormValue("author"),
			// Allow people to use <b> and <i> in their messages.
			Body: template.HTML(r.PostFormValue("body")), // expect: xss
			At:   time.Now(),
		}
		g.mu.Lock()
		g.comments = append(g.comments, c)
		g.mu.Unlock()
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}

	g.mu.Lock()
	snapshot := append([]Comment(nil), g.comments...)
	g.mu.Unlock()

	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := pageTmpl.Execute(w, snapshot); err != nil {
		log.Printf("render: %v", err)
	}
}

func main() {
	srv := &http.Server{Addr: ":8080", Handler: &guestbook{}, ReadHeaderTimeout: 5 * time.Second}
	log.Fatal(srv.ListenAndServe())
}
