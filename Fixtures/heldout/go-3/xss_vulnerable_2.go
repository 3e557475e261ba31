package profiles

import (
	"html/template"
	"net/http"

	"github.com/labstack/echo/v4"
)

var page = template.Must(template.New("profile").Parse(`<h1>{{.Name}}</h1><section>{{.Bio}}</section>`))

type profileView struct {
	Name string
	Bio  template.HTML
}

func Preview(w http.ResponseWriter, r *http.Request) {
	view := profileView{
		Name: r.FormValue("name"),
		Bio:  template.HTML(r.FormValue("bio")), // expect: xss
	}
	if err := page.Execute(w, view); err != nil {
		http.Error(w, "render failed", http.StatusInternalServerError)
	}
}

func Greeting(c echo.Context) error {
	return c.HTML(http.StatusOK, "<p>Welcome back, "+c.QueryParam("name")+"</p>") // expect: xss
}
