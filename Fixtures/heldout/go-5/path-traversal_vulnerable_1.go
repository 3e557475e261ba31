package handler

import (
	"context"
	"os"
	"path/filepath"

	"github.com/cloudwego/hertz/pkg/app"
	"github.com/cloudwego/hertz/pkg/protocol/consts"
)

type ReportHandler struct {
	Root string // /var/lib/reports
}

func (h *ReportHandler) reportPath(tenant, name string) string {
	return filepath.Join(h.Root, tenant, name)
}

// GET /reports/:tenant/:name
func (h *ReportHandler) Download(ctx context.Context, c *app.RequestContext) {
	p := h.reportPath(c.Param("tenant"), c.Param("name"))
	c.File(p) // expect: path-traversal
}

// DELETE /reports/:tenant?name=...
func (h *ReportHandler) Delete(ctx context.Context, c *app.RequestContext) {
	name := c.Query("name")
	if name == "" {
		c.String(consts.StatusBadRequest, "name required")
		return
	}
	if err := os.Remove(filepath.Join(h.Root, c.Param("tenant"), name)); err != nil { // expect: path-traversal
		c.String(consts.StatusNotFound, "no such report")
		return
	}
	c.Status(consts.StatusNoContent)
}
