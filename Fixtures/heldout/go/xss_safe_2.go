package main

import (
	"fmt"
	"html"
	"html/template"
	"log"
	"net/http"
	"sync"
	"time"
)

type Comment struct {
	Author string
	Body   string
	At     time.Time
}

// footer is trusted markup written by us, not by users.
const footer = template.HTML(`<footer><a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a></footer>`)

var pageTmpl = template.Must(template.New("page").Parse(`<!doctype html>
<html><body>
<h1>Guestbook</h1>
{{range .Comments}}<div class="comment"><b>{{.Author}}</b> <small>{{.At.Format "2006-01-02"}}</small><p>{{.Body}}</p></div>{{end}}
<form method="post"><input name="author"><textarea name="body"></textarea><button>Sign</button></form>
{{.Footer}}
</body></html>`))

type guestbook struct {
	mu       sync.Mutex
	comments []Comment
}

func (g *guestbook) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodPost {
		c := Comment{
			Author: r.PostFormValue("author"),
			Body:   r.PostFormValue("body"),
			At:     time.Now(),
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
	data := struct {
		Comments []Comment
		Footer   template.HTML
	}{snapshot, footer}
	if err := pageTmpl.Execute(w, data); err != nil {
		log.Printf("render: %v", err)
	}
}

// notFound echoes the requested path, escaped.
func notFound(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusNotFound)
	fmt.Fprintf(w, "<p>Nothing at <code>%s</code>.</p>", html.EscapeString(r.URL.Path))
}

func main() {
	mux := http.NewServeMux()
	mux.Handle("/", &guestbook{})
	mux.HandleFunc("/missing", notFound)
	srv := &http.Server{Addr: ":8080", Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	log.Fatal(srv.ListenAndServe())
}
