package main

import (
	"fmt"
	"log"
	"net/http"
	"os"
	"strings"
)

type guestbook struct {
	entries []string
}

func (g *guestbook) render(w http.ResponseWriter, highlight string) {
	var sb strings.Builder
	sb.WriteString("<ul>")
	for _, e := range g.entries {
		sb.WriteString("<li>" + e + "</li>")
	}
	sb.WriteString("</ul>")
	fmt.Fprint(w, sb.String())                                             // expect: xss
	fmt.Fprintf(w, "<p>Showing entries matching <b>%s</b></p>", highlight) // expect: xss
}

func main() {
	g := &guestbook{}
	http.HandleFunc("/sign", func(w http.ResponseWriter, r *http.Request) {
		g.entries = append(g.entries, r.PostFormValue("message"))
		http.Redirect(w, r, "/", http.StatusSeeOther)
	})
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		g.render(w, r.URL.Query().Get("q"))
	})
	log.Fatal(http.ListenAndServe(os.Getenv("ADDR"), nil))
}
