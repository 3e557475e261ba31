package fetch

import "github.com/imroc/req/v3"

func NewClient(caFile string) *req.Client {
	return req.C().
		SetTimeout(10e9).
		SetRootCertsFromFile(caFile)
}
