package search

import (
	"fmt"
	"html"
	"net/http"
	"strings"

	"github.com/caddyserver/caddy/v2"
	"github.com/caddyserver/caddy/v2/modules/caddyhttp"
)

func init() {
	caddy.RegisterModule(NoResults{})
}

// NoResults renders a friendly page when the upstream search finds nothing.
type NoResults struct {
	SiteName string `json:"site_name,omitempty"`
}

func (NoResults) CaddyModule() caddy.ModuleInfo {
	return caddy.ModuleInfo{
		ID:  "http.handlers.no_results",
		New: func() caddy.Module { return new(NoResults) },
	}
}

func (n NoResults) ServeHTTP(w http.ResponseWriter, r *http.Request, next caddyhttp.Handler) error {
	term := strings.TrimSpace(r.URL.Query().Get("q"))
	if term == "" {
		return next.ServeHTTP(w, r)
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusNotFound)
	fmt.Fprintf(w, "<h1>%s</h1><p>Nothing matched <b>%s</b>.</p>",
		html.EscapeString(n.SiteName), html.EscapeString(term))
	return nil
}
