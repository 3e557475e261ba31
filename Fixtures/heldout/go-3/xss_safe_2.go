package profiles

import (
	"html/template"
	"net/http"

	"github.com/labstack/echo/v4"
)

var safePage = template.Must(template.New("profile").Parse(`<h1>{{.Name}}</h1><section>{{.Bio}}</section>{{.Footer}}`))

type safeView struct {
	Name   string
	Bio    string
	Footer template.HTML
}

const footer = `<footer><a href="/privacy">Privacy</a></footer>`

func SafePreview(w http.ResponseWriter, r *http.Request) {
	view := safeView{Name: r.FormValue("name"), Bio: r.FormValue("bio"), Footer: template.HTML(footer)}
	if err := safePage.Execute(w, view); err != nil {
		http.Error(w, "render failed", http.StatusInternalServerError)
	}
}

func SafeGreeting(c echo.Context) error {
	return c.HTML(http.StatusOK, "<p>Welcome back, "+template.HTMLEscapeString(c.QueryParam("name"))+"</p>")
}
