package controllers

import (
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
	b.WriteString("Results for <em>" + q + "</em>: ")
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
	c.ViewArgs["banner"] = template.HTML(resultsBanner(q, len(threads))) // expect: xss
	c.ViewArgs["threads"] = threads
	return c.Render()
}

// Signature returns the member's saved signature as an HTML fragment for the editor preview.
func (c Threads) Signature(member int) revel.Result {
	sig, err := models.SignatureOf(member)
	if err != nil {
		return c.NotFound("no signature")
	}
	return c.RenderHTML("<div class=\"sig\">" + sig.Body + "</div>") // expect: xss
}
