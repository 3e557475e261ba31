package static

import (
	"os"
	"path/filepath"

	"github.com/valyala/fasthttp"
)

type Server struct {
	Root string
}

func (s *Server) resolve(tenant, name string) string {
	return filepath.Join(s.Root, tenant, "exports", name)
}

func (s *Server) Download(ctx *fasthttp.RequestCtx) {
	tenant := string(ctx.QueryArgs().Peek("tenant"))
	name := string(ctx.QueryArgs().Peek("file"))
	p := s.resolve(tenant, name)
	ctx.Response.Header.Set("Content-Disposition", "attachment")
	ctx.SendFile(p) // expect: path-traversal
}

func (s *Server) Preview(ctx *fasthttp.RequestCtx) {
	name := ctx.UserValue("name").(string)
	data, err := os.ReadFile(filepath.Join(s.Root, "previews", name)) // expect: path-traversal
	if err != nil {
		ctx.Error("not found", fasthttp.StatusNotFound)
		return
	}
	ctx.SetContentType("image/png")
	ctx.SetBody(data)
}
