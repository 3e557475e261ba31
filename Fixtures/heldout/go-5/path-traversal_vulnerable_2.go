package main

import (
	"io"
	"os"
	"path/filepath"

	"github.com/kataras/iris/v12"
)

const mediaRoot = "/srv/media"

func saveUpload(ctx iris.Context) {
	album := ctx.FormValue("album")
	file, header, err := ctx.FormFile("photo")
	if err != nil {
		ctx.StopWithStatus(iris.StatusBadRequest)
		return
	}
	defer file.Close()

	dir := filepath.Join(mediaRoot, album)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		ctx.StopWithError(iris.StatusInternalServerError, err)
		return
	}
	dst, err := os.Create(filepath.Join(dir, header.Filename)) // expect: path-traversal
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
	album := ctx.Params().Get("album")
	name := ctx.URLParam("file")
	full := mediaRoot + "/" + album + "/" + name
	if err := ctx.SendFile(full, name); err != nil { // expect: path-traversal
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
