package status

import (
	"fmt"
	"io"
	"net/http"
	"strings"
)

type incident struct {
	Title    string
	Services []string
}

var current = []incident{{Title: "Degraded search", Services: []string{"search", "api"}}}

// Page serves the public status page.
//
//encore:api public raw path=/status
func Page(w http.ResponseWriter, req *http.Request) {
	team := req.URL.Query().Get("team")
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, "<html><body><h1>Status for %s</h1><ul>", team) // expect: xss
	for _, inc := range current {
		writeIncident(w, inc, req.URL.Query().Get("highlight"))
	}
	io.WriteString(w, "</ul></body></html>")
}

func writeIncident(w io.Writer, inc incident, highlight string) {
	line := "<li><b>" + inc.Title + "</b> (" + strings.Join(inc.Services, ", ") + ")"
	if highlight != "" {
		line += " <mark>" + highlight + "</mark>"
	}
	io.WriteString(w, line+"</li>") // expect: xss
}
