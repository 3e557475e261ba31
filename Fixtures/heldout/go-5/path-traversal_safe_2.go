package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/google/uuid"
	"github.com/kataras/iris/v12"
)

const mediaRoot = "/srv/media"

// within reports whether p stays inside root once both are cleaned.
func within(root, p string) bool {
	rel, err := filepath.Rel(root, p)
	if err != nil {
		return false
	}
	return rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

func saveUpload(ctx iris.Context) {
	album := ctx.FormValue("album")
	file, _, err := ctx.FormFile("photo")
	if err != nil {
		ctx.StopWithStatus(iris.StatusBadRequest)
		return
	}
	defer file.Close()

	dir := filepath.Join(mediaRoot, album)
	if !within(mediaRoot, dir) {
		ctx.StopWithStatus(iris.StatusBadRequest)
		return
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		ctx.StopWithError(iris.StatusInternalServerError, err)
		return
	}
	dst, err := os.Create(filepath.Join(dir, uuid.NewString()+".jpg"))
	if err != nil {
		ctx.StopWithError(iris.StatusInternalServerError, err)
		return
	}
	defer dst.Close()
	if _, err := io.Copy(dst, file); err != nil {
		ctx.StopWithError(iris.StatusInternalServerError, err)
		return
	}
	ctx.StatusCode(iris.StatusCreated)
}

func showPhoto(ctx iris.Context) {
	full := filepath.Join(mediaRoot, ctx.Params().Get("album"), ctx.URLParam("file"))
	if !within(mediaRoot, full) {
		ctx.StopWithStatus(iris.StatusNotFound)
		return
	}
	if err := ctx.SendFile(full, filepath.Base(full)); err != nil {
		ctx.StopWithStatus(iris.StatusNotFound)
	}
}

func main() {
	app := iris.New()
	app.Post("/upload", saveUpload)
	app.Get("/albums/{album}/photo", showPhoto)
	if err := app.Listen(":8080"); err != nil {
		app.Logger().Fatal(err)
	}
}
