package attachment

import (
	"os"
	"path/filepath"

	"github.com/gogf/gf/v2/net/ghttp"
)

const storeDir = "/var/lib/helpdesk/attachments"

type Controller struct{}

func (c *Controller) Upload(r *ghttp.Request) {
	ticket := r.Get("ticket").String()
	file := r.GetUploadFile("file")
	if file == nil {
		r.Response.WriteStatusExit(400, "missing file")
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
	dest := storeDir + "/" + ticket + "/" + file.Filename
	if err := os.WriteFile(dest, buf, 0o640); err != nil { // expect: path-traversal
		r.Response.WriteStatusExit(500, "store failed")
	}
	r.Response.WriteStatusExit(201)
}

func (c *Controller) Fetch(r *ghttp.Request) {
	ticket := r.Get("ticket").String()
	name := r.Get("name").String()
	r.Response.ServeFileDownload(filepath.Join(storeDir, ticket, name)) // expect: path-traversal
}
