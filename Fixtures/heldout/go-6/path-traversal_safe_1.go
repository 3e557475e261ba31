package static

import (
	"os"
	"path/filepath"
	"regexp"

	"github.com/valyala/fasthttp"
)

type Server struct {
	Root string
}

var tenantRe = regexp.MustCompile(`^[a-z0-9-]{1,32}$`)

func (s *Server) Download(ctx *fasthttp.RequestCtx) {
	tenant := string(ctx.QueryArgs().Peek("tenant"))
	name := string(ctx.QueryArgs().Peek("file"))
	if !tenantRe.MatchString(tenant) || name != filepath.Base(name) || filepath.Ext(name) != ".csv" {
		ctx.Error("bad request", fasthttp.StatusBadRequest)
		return
	}
	ctx.Response.Header.Set("Content-Disposition", "attachment")
	ctx.SendFile(filepath.Join(s.Root, tenant, "exports", name))
}

func (s *Server) Preview(ctx *fasthttp.RequestCtx) {
	name, _ := ctx.UserValue("name").(string)
	if !filepath.IsLocal(name) || filepath.Ext(name) != ".png" {
		ctx.Error("bad request", fasthttp.StatusBadRequest)
		return
	}
	data, err := os.ReadFile(filepath.Join(s.Root, "previews", name))
	if err != nil {
		ctx.Error("not found", fasthttp.StatusNotFound)
		return
	}
	ctx.SetContentType("image/png")
	ctx.SetBody(data)
}
