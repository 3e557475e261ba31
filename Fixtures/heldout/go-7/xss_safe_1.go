package controllers

import (
	"html"
	"html/template"
	"strings"

	"github.com/revel/revel"

	"example.com/forum/app/models"
)

type Threads struct {
	*revel.Controller
}

func resultsBanner(q string, n int) string {
	var b strings.Builder
	b.WriteString(`<div class="banner">`)
	b.WriteString("Results for <em>" + html.EscapeString(q) + "</em>: ")
	b.WriteString(revel.Sprintf("%d threads", n))
	b.WriteString("</div>")
	return b.String()
}

// Search renders Threads/Search.html with a banner built here.
func (c Threads) Search(q string) revel.Result {
	threads, err := models.SearchThreads(q)
	if err != nil {
		return c.RenderError(err)
	}
	c.ViewArgs["banner"] = template.HTML(resultsBanner(q, len(threads)))
	c.ViewArgs["threads"] = threads
	return c.Render()
}

// Signature returns the member's saved signature as text; the editor inserts it with textContent.
func (c Threads) Signature(member int) revel.Result {
	sig, err := models.SignatureOf(member)
	if err != nil {
		return c.NotFound("no signature")
	}
	return c.RenderText(sig.Body)
}
