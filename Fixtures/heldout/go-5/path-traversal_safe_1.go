package handler

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/cloudwego/hertz/pkg/app"
	"github.com/cloudwego/hertz/pkg/protocol/consts"
)

var tenantRe = regexp.MustCompile(`^[a-z0-9-]{1,40}$`)

var reportExts = map[string]bool{".pdf": true, ".csv": true, ".xlsx": true}

type ReportHandler struct {
	Root string // /var/lib/reports
}

func (h *ReportHandler) reportPath(tenant, name string) (string, bool) {
	if !tenantRe.MatchString(tenant) {
		return "", false
	}
	base := filepath.Base(name)
	if base != name || !reportExts[strings.ToLower(filepath.Ext(base))] {
		return "", false
	}
	return filepath.Join(h.Root, tenant, base), true
}

// GET /reports/:tenant/:name
func (h *ReportHandler) Download(ctx context.Context, c *app.RequestContext) {
	p, ok := h.reportPath(c.Param("tenant"), c.Param("name"))
	if !ok {
		c.String(consts.StatusBadRequest, "bad report name")
		return
	}
	c.File(p)
}

// DELETE /reports/:tenant?name=...
func (h *ReportHandler) Delete(ctx context.Context, c *app.RequestContext) {
	p, ok := h.reportPath(c.Param("tenant"), c.Query("name"))
	if !ok {
		c.String(consts.StatusBadRequest, "bad report name")
		return
	}
	if err := os.Remove(p); err != nil {
		c.String(consts.StatusNotFound, "no such report")
		return
	}
	c.Status(consts.StatusNoContent)
}
