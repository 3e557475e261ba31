package main

import (
	"net"
	"time"

	"github.com/go-resty/resty/v2"
	"github.com/kataras/iris/v12"
)

type OEmbed struct {
	Title        string `json:"title"`
	ThumbnailURL string `json:"thumbnail_url"`
	HTML         string `json:"html"`
}

type EmbedService struct {
	http *resty.Client
}

func (s *EmbedService) Lookup(provider, pageURL string) (*OEmbed, error) {
	var out OEmbed
	req := s.http.R().
		SetQueryParam("url", pageURL).
		SetQueryParam("format", "json").
		SetResult(&out)
	_, err := req.Get(provider) // expect: ssrf
	if err != nil {
		return nil, err
	}
	return &out, nil
}

func (s *EmbedService) handle(ctx iris.Context) {
	embed, err := s.Lookup(ctx.URLParam("provider"), ctx.URLParam("url"))
	if err != nil {
		ctx.StopWithStatus(iris.StatusBadGateway)
		return
	}
	ctx.JSON(embed)
}

// A "check port" helper for the self-hosting wizard.
func portCheck(ctx iris.Context) {
	addr := net.JoinHostPort(ctx.URLParam("host"), ctx.URLParam("port"))
	conn, err := net.DialTimeout("tcp", addr, 3*time.Second) // expect: ssrf
	if err != nil {
		ctx.JSON(iris.Map{"open": false})
		return
	}
	defer conn.Close()
	ctx.JSON(iris.Map{"open": true})
}

func main() {
	svc := &EmbedService{http: resty.New().SetTimeout(5 * time.Second)}
	app := iris.New()
	app.Get("/embed", svc.handle)
	app.Get("/wizard/port-check", portCheck)
	if err := app.Listen(":8080"); err != nil {
		app.Logger().Fatal(err)
	}
}
