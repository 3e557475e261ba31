package main

import (
	"errors"
	"net/url"
	"time"

	"github.com/go-resty/resty/v2"
	"github.com/kataras/iris/v12"
)

type OEmbed struct {
	Title        string `json:"title"`
	ThumbnailURL string `json:"thumbnail_url"`
	HTML         string `json:"html"`
}

// The provider is a name from this table; the page URL only travels as a query value.
var providers = map[string]string{
	"youtube": "https://www.youtube.com/oembed",
	"vimeo":   "https://vimeo.com/api/oembed.json",
	"flickr":  "https://www.flickr.com/services/oembed/",
}

type EmbedService struct {
	http *resty.Client
}

func (s *EmbedService) Lookup(provider, pageURL string) (*OEmbed, error) {
	endpoint, ok := providers[provider]
	if !ok {
		return nil, errors.New("unknown provider")
	}
	var out OEmbed
	_, err := s.http.R().
		SetQueryParam("url", pageURL).
		SetQueryParam("format", "json").
		SetResult(&out).
		Get(endpoint)
	if err != nil {
		return nil, err
	}
	return &out, nil
}

func (s *EmbedService) video(ctx iris.Context) {
	id := ctx.Params().Get("id")
	page := "https://vimeo.com/" + url.PathEscape(id)
	embed, err := s.Lookup("vimeo", page)
	if err != nil {
		ctx.StopWithStatus(iris.StatusBadGateway)
		return
	}
	ctx.JSON(embed)
}

func (s *EmbedService) handle(ctx iris.Context) {
	embed, err := s.Lookup(ctx.URLParam("provider"), ctx.URLParam("url"))
	if err != nil {
		ctx.StopWithStatus(iris.StatusBadRequest)
		return
	}
	ctx.JSON(embed)
}

func main() {
	svc := &EmbedService{http: resty.New().SetTimeout(5 * time.Second)}
	app := iris.New()
	app.Get("/embed", svc.handle)
	app.Get("/videos/{id}/embed", svc.video)
	if err := app.Listen(":8080"); err != nil {
		app.Logger().Fatal(err)
	}
}
