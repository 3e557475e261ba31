package attachment

import (
	"os"
	"path/filepath"
	"strconv"

	"github.com/gogf/gf/v2/net/ghttp"
	"github.com/google/uuid"
)

const storeDir = "/var/lib/helpdesk/attachments"

type Controller struct{}

func ticketDir(raw string) (string, bool) {
	id, err := strconv.ParseUint(raw, 10, 64)
	if err != nil {
		return "", false
	}
	return filepath.Join(storeDir, strconv.FormatUint(id, 10)), true
}

func (c *Controller) Upload(r *ghttp.Request) {
	dir, ok := ticketDir(r.Get("ticket").String())
	file := r.GetUploadFile("file")
	if !ok || file == nil {
		r.Response.WriteStatusExit(400, "bad request")
	}
	body, err := file.Open()
	if err != nil {
		r.Response.WriteStatusExit(400, "unreadable upload")
	}
	defer body.Close()
	buf := make([]byte, file.Size)
	if _, err := body.Read(buf); err != nil {
		r.Response.WriteStatusExit(400, "unreadable upload")
	}
	dest := filepath.Join(dir, uuid.NewString()+".bin")
	if err := os.WriteFile(dest, buf, 0o640); err != nil {
		r.Response.WriteStatusExit(500, "store failed")
	}
	r.Response.WriteJsonExit(map[string]string{"id": filepath.Base(dest)})
}

func (c *Controller) Fetch(r *ghttp.Request) {
	dir, ok := ticketDir(r.Get("ticket").String())
	id, err := uuid.Parse(r.Get("id").String())
	if !ok || err != nil {
		r.Response.WriteStatusExit(400, "bad request")
	}
	r.Response.ServeFileDownload(filepath.Join(dir, id.String()+".bin"))
}
