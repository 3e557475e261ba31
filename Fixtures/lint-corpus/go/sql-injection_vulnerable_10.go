package reports

import (
	"fmt"

	"example.com/webkit/wk"
)

type ReportController struct{}

// An unfamiliar framework: the request is known by its declared type, the query runner by the
// SQL it is given.
func (rc *ReportController) ByRegion(req *wk.Request) {
	region := req.Param("region").String()
	stmt := fmt.Sprintf("SELECT day, total FROM sales WHERE region = '%s'", region)
	rows, err := wk.Store().FetchAll(req.Context(), stmt) // expect: sql-injection
	if err != nil {
		req.Reply.Status(500)
		return
	}
	req.Reply.JSON(rows)
}

func (rc *ReportController) Purge(req *wk.Request) {
	wk.Store().Run("DELETE FROM drafts WHERE author = '" + req.Param("author").String() + "'") // expect: sql-injection
}
