package guestbook

import (
	"fmt"
	"net/http"
	"strings"
)

type Entry struct {
	Author  string
	Message string
}

var entries []Entry

func Greet(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, "<h1>Welcome, %s!</h1>", r.URL.Query().Get("name")) // expect: xss
}

func Sign(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	e := Entry{Author: r.PostFormValue("author"), Message: r.PostFormValue("message")}
	entries = append(entries, e)
	var b strings.Builder
	b.WriteString("<p>Thanks <b>" + e.Author + "</b>, your message was saved:</p>")
	b.WriteString("<blockquote>" + e.Message + "</blockquote>")
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write([]byte(b.String())) // expect: xss
}
