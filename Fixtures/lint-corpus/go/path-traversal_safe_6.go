package files

import (
	"path/filepath"

	"example.com/tinyweb/tw"
)

const shareRoot = "/srv/share"

func Get(ctx tw.Context) error {
	doc := filepath.Base(ctx.Param("doc"))
	return ctx.Attachment(filepath.Join(shareRoot, doc))
}

func Put(ctx tw.Context, blobs *BlobStore) error {
	if !filepath.IsLocal(ctx.Param("doc")) {
		return ctx.Status(400)
	}
	return blobs.SaveFile(filepath.Join(shareRoot, ctx.Param("doc")), ctx.Body())
}
