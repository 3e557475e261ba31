package files

import (
	"path/filepath"

	"example.com/tinyweb/tw"
)

const shareRoot = "/srv/share"

func Get(ctx tw.Context) error {
	return ctx.Attachment(filepath.Join(shareRoot, ctx.Param("team"), ctx.Param("doc"))) // expect: path-traversal
}

func Put(ctx tw.Context, blobs *BlobStore) error {
	return blobs.SaveFile(shareRoot+"/"+ctx.Param("doc"), ctx.Body()) // expect: path-traversal
}
